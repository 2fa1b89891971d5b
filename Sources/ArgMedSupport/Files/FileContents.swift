#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading whole files, for every module of the package.
package enum FileContents {
  /// The whole content of a file of at most `limit` bytes.
  ///
  /// - Parameters:
  ///   - path: the file.
  ///   - limit: the most bytes accepted.
  ///   - regularFileOnly: refuse devices, pipes and sockets before reading
  ///     them (they are opened without blocking), so that a path such as a
  ///     FIFO cannot block the caller.
  /// - Returns: the bytes of the file.
  /// - Throws: `FileReadError`: missing, a directory, not a regular file, a
  ///   read error, or larger than `limit`.
  /// - Complexity: O(*b*) for *b* bytes, in reads of up to 1 MiB.
  package static func bytes(
    ofFile path: String, limit: Int, regularFileOnly: Bool = false
  ) throws(FileReadError) -> [UInt8] {
    // Without blocking, opening a FIFO returns at once, and fstat then
    // tells it apart from a regular file (no window between check and use).
    let descriptor = open(path, regularFileOnly ? O_RDONLY | O_NONBLOCK : O_RDONLY)
    guard descriptor >= 0 else { throw FileReadError(path: path, cause: .system(errno: errno)) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw FileReadError(path: path, cause: .system(errno: errno))
    }
    if (status.st_mode & S_IFMT) == S_IFDIR {
      throw FileReadError(path: path, cause: .isDirectory)
    }
    if regularFileOnly && (status.st_mode & S_IFMT) != S_IFREG {
      throw FileReadError(path: path, cause: .notRegularFile)
    }
    let size = Int(status.st_size)
    guard size <= limit else {
      throw FileReadError(path: path, cause: .tooLarge(size: size, limit: limit))
    }
    return try bytes(readingFrom: descriptor, path: path, limit: limit, expectedSize: size)
  }

  /// What is left to read of an open file, read to its end with one `read`
  /// loop; `path` names it in errors.
  ///
  /// The bytes are read straight into the array, sized for `expectedSize`
  /// and one more byte (to see the end without growing); nothing is zeroed
  /// first, so a small file costs a small read.
  ///
  /// - Throws: `FileReadError` for a failed read, or one that passes
  ///   `limit` bytes.
  /// - Complexity: O(*b*) for *b* bytes, in reads of up to 1 MiB.
  package static func bytes(
    readingFrom descriptor: Int32, path: String, limit: Int, expectedSize: Int = 0
  ) throws(FileReadError) -> [UInt8] {
    var bytes: [UInt8] = []
    var capacity = max(expectedSize + 1, 4096)
    while true {
      var failure: FileReadError?
      var finished = false
      let start = bytes.count
      let more = [UInt8](unsafeUninitializedCapacity: min(capacity - start, 1 << 20)) {
        buffer, initialized in
        initialized = 0
        while initialized < buffer.count {
          let count = read(
            descriptor, buffer.baseAddress.map { $0 + initialized }, buffer.count - initialized)
          if count < 0 {
            if errno == EINTR { continue }
            failure = FileReadError(path: path, cause: .system(errno: errno))
            return
          }
          if count == 0 {
            finished = true
            return
          }
          initialized += count
        }
      }
      if let failure { throw failure }
      if start == 0 { bytes = more } else { bytes.append(contentsOf: more) }
      guard bytes.count <= limit else {
        throw FileReadError(path: path, cause: .grewPastLimit(limit: limit))
      }
      if finished { return bytes }
      if bytes.count == capacity { capacity *= 2 }
    }
  }
}
