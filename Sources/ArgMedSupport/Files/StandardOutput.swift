#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Results that never reached standard output: the write that failed.
package struct OutputLost: Error, Equatable, Sendable, CustomStringConvertible {
  package let cause: WriteError

  package init(cause: WriteError) {
    self.cause = cause
  }

  package var description: String {
    "cannot write the results to standard output: \(cause.reason)"
  }
}

/// Buffered writing to stdout, so that streaming a million lines costs a
/// few hundred system calls.
///
/// Nothing is written until the buffer fills or `flush()` is called: a run
/// that fails before it flushes prints no half result. A standard output
/// that cannot be written (closed, a full disk) takes nothing more, and
/// `flush()` says so: the results are lost, and the run must fail.
package final class StandardOutput {
  private var buffer: [UInt8] = []
  /// The write that failed, once one has.
  private var failure: WriteError?

  /// Whether a write has failed: a search printing its results can stop.
  package var hasFailed: Bool { failure != nil }

  /// The descriptor the results go to.
  private let descriptor: Int32

  package init() {
    descriptor = STDOUT_FILENO
    buffer.reserveCapacity(1 << 16)
  }

  private init(descriptor: Int32) {
    self.descriptor = descriptor
    buffer.reserveCapacity(1 << 16)
  }

  /// A standard output that only the returned object writes to.
  ///
  /// Descriptor 1 is duplicated for it, and then pointed at standard error, so that
  /// what a linked C library prints on stdout (a SAT solver's `c` comment
  /// lines, say) becomes a diagnostic instead of corrupting the results.
  /// Falls back to plain standard output when the descriptors cannot be
  /// moved.
  package static func reservedForResults() -> StandardOutput {
    let results = dup(STDOUT_FILENO)
    guard results >= 0 else { return StandardOutput() }
    guard dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else {
      close(results)
      return StandardOutput()
    }
    return StandardOutput(descriptor: results)
  }

  package func write(_ text: String) {
    guard failure == nil else { return }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { drain() }
  }

  /// Writes a non-negative number in decimal without building a string.
  package func write(number: Int) {
    guard failure == nil else { return }
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var value = number
    withUnsafeMutableBytes(of: &digits) { storage in
      repeat {
        storage[count] = UInt8(48 + value % 10)
        value /= 10
        count += 1
      } while value > 0
      for position in stride(from: count - 1, through: 0, by: -1) {
        buffer.append(storage[position])
      }
    }
    if buffer.count >= 1 << 16 { drain() }
  }

  /// Writes what is buffered.
  ///
  /// - Throws: `OutputLost` when standard output could not be written,
  ///   now or earlier: the results are lost.
  package func flush() throws(OutputLost) {
    drain()
    if let failure { throw OutputLost(cause: failure) }
  }

  private func drain() {
    guard failure == nil else { return }
    do {
      try writeAll(buffer, to: descriptor)
    } catch {
      failure = error
    }
    buffer.removeAll(keepingCapacity: failure == nil)
  }
}
