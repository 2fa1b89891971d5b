#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a whole file could not be read: the path and the cause, for each
/// module to turn into its own error.
package struct FileReadError: Error, Equatable, Sendable {
  /// What went wrong.
  package enum Cause: Equatable, Sendable {
    /// A system call failed with this `errno` (opening, `fstat`, reading).
    case system(errno: Int32)
    /// The path names a directory.
    case isDirectory
    /// The path names a device, a pipe or a socket, and only regular files
    /// were asked for.
    case notRegularFile
    /// The file has `size` bytes, more than `limit`.
    case tooLarge(size: Int, limit: Int)
    /// The file grew past `limit` bytes while it was read.
    case grewPastLimit(limit: Int)
  }

  /// The file, as it was named.
  package let path: String
  package let cause: Cause

  package init(path: String, cause: Cause) {
    self.path = path
    self.cause = cause
  }

  /// Whether the file is larger than the limit (as opposed to unreadable).
  package var isTooLarge: Bool {
    switch cause {
    case .tooLarge, .grewPastLimit: true
    case .system, .isDirectory, .notRegularFile: false
    }
  }

  /// The cause in words, without the path: the system's message for an
  /// `errno`, or what the file is.
  package var reason: String {
    switch cause {
    case .system(let code): String(cString: strerror(code))
    case .isDirectory: "it is a directory"
    case .notRegularFile: "it is not a regular file"
    case .tooLarge(let size, let limit):
      "the file has \(size) bytes, more than the limit of \(limit)"
    case .grewPastLimit: "the file grew past the size limit while read"
    }
  }
}
