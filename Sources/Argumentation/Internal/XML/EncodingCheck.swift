import ArgMedSupport

/// What must hold of a scheme file's bytes before libxml2 sees them: UTF-8
/// text without NUL bytes, declaring no other encoding.
///
/// libxml2 would otherwise guess: it reads UTF-16 files as garbage at 1:1,
/// stops at a NUL byte and ignores what follows, and honours an
/// `encoding="…"` declaration that ArgMed then overrides.
///
/// - Complexity: O(*b*) for *b* bytes.
enum EncodingCheck {
  /// The first reason the bytes are not a UTF-8 scheme file, if any.
  static func problem(in bytes: [UInt8]) -> XMLProblem? {
    if let encoding = wideEncoding(of: bytes) {
      return XMLProblem(
        line: 1, column: 1,
        message: "the file is encoded in \(encoding); scheme files are UTF-8")
    }
    if let offset = bytes.firstIndex(of: 0) {
      let position = TextPosition(ofByte: offset, in: bytes)
      return XMLProblem(
        line: position.line, column: position.column,
        message: "the file contains a NUL byte; scheme files are UTF-8 text")
    }
    if let (encoding, offset) = declaredEncoding(in: bytes),
      encoding.lowercased() != "utf-8" && encoding.lowercased() != "utf8"
    {
      let position = TextPosition(ofByte: offset, in: bytes)
      return XMLProblem(
        line: position.line, column: position.column,
        message: "the XML declaration names the encoding \(encoding); scheme files are UTF-8")
    }
    return nil
  }

  /// UTF-16 or UTF-32, recognised by a byte order mark or by the zero bytes
  /// around a leading `<`.
  private static func wideEncoding(of bytes: [UInt8]) -> String? {
    let head = Array(bytes.prefix(4)) + [UInt8](repeating: 1, count: max(0, 4 - bytes.count))
    switch (head[0], head[1], head[2], head[3]) {
    case (0x00, 0x00, 0xFE, 0xFF), (0xFF, 0xFE, 0x00, 0x00), (0x00, 0x00, 0x00, 0x3C),
      (0x3C, 0x00, 0x00, 0x00):
      return "UTF-32"
    case (0xFE, 0xFF, _, _), (0xFF, 0xFE, _, _), (0x00, 0x3C, _, _), (0x3C, 0x00, _, _):
      return "UTF-16"
    default:
      return nil
    }
  }

  /// The `encoding` of an XML declaration at the start, and where its value
  /// begins.
  private static func declaredEncoding(in bytes: [UInt8]) -> (String, Int)? {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    guard bytes[start...].starts(with: Array("<?xml".utf8)) else { return nil }
    guard let end = indexOf(Array("?>".utf8), in: bytes, from: start),
      let name = indexOf(Array("encoding".utf8), in: bytes[..<end], from: start)
    else { return nil }
    var offset = name + "encoding".utf8.count
    while offset < end,
      bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "=")
        || bytes[offset] == UInt8(ascii: "\t") || bytes[offset] == UInt8(ascii: "\n")
        || bytes[offset] == UInt8(ascii: "\r")
    {
      offset += 1
    }
    guard offset < end, bytes[offset] == UInt8(ascii: "\"") || bytes[offset] == UInt8(ascii: "'")
    else { return nil }
    let quote = bytes[offset]
    let valueStart = offset + 1
    guard let valueEnd = bytes[valueStart..<end].firstIndex(of: quote) else { return nil }
    return (String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self), valueStart)
  }

  private static func indexOf(
    _ needle: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int
  ) -> Int? {
    var offset = start
    while offset + needle.count <= bytes.endIndex {
      if bytes[offset..<offset + needle.count].elementsEqual(needle) { return offset }
      offset += 1
    }
    return nil
  }

  private static func indexOf(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    indexOf(needle, in: bytes[...], from: start)
  }
}
