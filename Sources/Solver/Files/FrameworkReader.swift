import ArgMedSupport

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

  /// The whole content of a framework file, within the size limit.
  static func readBytes(_ path: String) throws(SolverError) -> [UInt8] {
    do {
      return try FileContents.bytes(ofFile: path, limit: FrameworkFileLimits.maximumFileSize)
    } catch {
      throw SolverError(error)
    }
  }
}

extension SolverError {
  /// A file that could not be read: too large, or unreadable for the
  /// reason it gives.
  init(_ error: FileReadError) {
    self =
      error.isTooLarge
      ? .limitExceeded(path: error.path, what: error.reason)
      : .unreadableFile(path: error.path, reason: error.reason)
  }
}
