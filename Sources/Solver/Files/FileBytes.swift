#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading whole files, for every module of the package.
package enum FileBytes {
  /// The whole content of a file of at most `limit` bytes, read with one
  /// `read` loop.
  ///
  /// - Parameters:
  ///   - path: the file.
  ///   - limit: the most bytes accepted.
  ///   - regularFileOnly: refuse devices, pipes and sockets before reading
  ///     them (they are opened without blocking), so that a path such as a
  ///     FIFO cannot block the caller.
  /// - Returns: the bytes of the file.
  /// - Throws: `SolverError.unreadableFile` (missing, a directory, not a
  ///   regular file, a read error) or `SolverError.limitExceeded`.
  package static func contents(
    _ path: String, limit: Int, regularFileOnly: Bool = false
  ) throws(SolverError) -> [UInt8] {
    // Without blocking, opening a FIFO returns at once, and fstat then
    // tells it apart from a regular file (no window between check and use).
    let descriptor = open(path, regularFileOnly ? O_RDONLY | O_NONBLOCK : O_RDONLY)
    guard descriptor >= 0 else {
      throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
    }
    if (status.st_mode & S_IFMT) == S_IFDIR {
      throw .unreadableFile(path: path, reason: "it is a directory")
    }
    if regularFileOnly && (status.st_mode & S_IFMT) != S_IFREG {
      throw .unreadableFile(path: path, reason: "it is not a regular file")
    }
    let size = Int(status.st_size)
    guard size <= limit else {
      throw .limitExceeded(
        path: path,
        what: "the file has \(size) bytes, more than the limit of "
          + "\(limit)")
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    bytes.reserveCapacity(size)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      guard bytes.count <= limit else {
        throw .limitExceeded(path: path, what: "the file grew past the size limit while read")
      }
    }
    return bytes
  }
}
