#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `write` that failed: the `errno` it set.
package struct WriteError: Error, Equatable, Sendable {
  package let code: Int32

  package init(code: Int32) {
    self.code = code
  }

  /// The system's message for the error, such as "No space left on device".
  package var reason: String { String(cString: strerror(code)) }
}

/// Writes every byte of `bytes` to a file descriptor: the one POSIX write
/// loop of the package.
///
/// Short writes are continued and interrupted ones (`EINTR`) retried; a
/// descriptor that is non-blocking (a pipe its parent made so) and full
/// (`EAGAIN`) is waited on with `poll` until the reader makes room, rather
/// than spun on or given up.
///
/// - Throws: `WriteError` with the `errno` of a write that failed.
/// - Complexity: O(*b*) for *b* bytes.
package func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(WriteError) {
  var offset = 0
  while offset < bytes.count {
    let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    if written < 0 {
      let failure = errno
      if failure == EINTR { continue }
      if failure == EAGAIN || failure == EWOULDBLOCK {
        var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        _ = poll(&ready, 1, -1)
        continue
      }
      throw WriteError(code: failure)
    }
    offset += written
  }
}
