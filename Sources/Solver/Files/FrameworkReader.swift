#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ArgumentationFramework {
  /// Reads a framework file, in the format its extension implies unless
  /// `format` is given.
  ///
  /// - Throws: `SolverError.unreadableFile`, `SolverError.limitExceeded`,
  ///   or a `SolverError.malformedFile` naming the line and column.
  /// - Complexity: O(*s* + *n* + *m*) for a file of *s* bytes.
  public init(contentsOfFile path: String, format: FrameworkFormat? = nil) throws(SolverError) {
    guard let format = format ?? FrameworkFormat(pathExtensionOf: path) else {
      throw .unreadableFile(
        path: path,
        reason: "cannot tell the format from the extension; use .i23, .af, .apx or .tgf, "
          + "or name the format")
    }
    let bytes = try Self.readBytes(path)
    self = try Self(parsing: bytes, format: format, fileName: path)
  }

  /// Parses a framework from the bytes of a file.
  ///
  /// - Parameters:
  ///   - bytes: the content of the file.
  ///   - format: its format.
  ///   - fileName: the name used in error locations.
  /// - Throws: a `SolverError.malformedFile` naming the line and column.
  public init(
    parsing bytes: [UInt8], format: FrameworkFormat, fileName: String = "<input>"
  ) throws(SolverError) {
    switch format {
    case .i23:
      self = try bytes.withUnsafeBufferPointer { buffer throws(SolverError) in
        var parser = I23Parser(buffer, fileName: fileName)
        return try parser.parse()
      }
    case .apx:
      var parser = APXParser(bytes, fileName: fileName)
      self = try parser.parse()
    case .tgf:
      var parser = TGFParser(bytes, fileName: fileName)
      self = try parser.parse()
    }
  }

  /// The whole content of a file, read with one `read` loop.
  static func readBytes(_ path: String) throws(SolverError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
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
    let size = Int(status.st_size)
    guard size <= FrameworkFileLimits.maximumFileSize else {
      throw .limitExceeded(
        path: path,
        what: "the file has \(size) bytes, more than the limit of "
          + "\(FrameworkFileLimits.maximumFileSize)")
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
      guard bytes.count <= FrameworkFileLimits.maximumFileSize else {
        throw .limitExceeded(path: path, what: "the file grew past the size limit while read")
      }
    }
    return bytes
  }
}
