/// A place in a text: a 1-based line, and a 1-based column counted in
/// characters (Unicode scalars).
package struct TextPosition: Hashable, Sendable {
  package var line: Int
  package var column: Int

  package init(line: Int, column: Int) {
    (self.line, self.column) = (line, column)
  }

  /// The line and column of the byte at `offset` in UTF-8 `bytes` (or of
  /// their end, for `offset == bytes.count`).
  ///
  /// - Complexity: O(*offset*).
  package init(ofByte offset: Int, in bytes: [UInt8]) {
    var line = 1
    var column = 1
    for byte in bytes[..<min(offset, bytes.count)] {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    self.init(line: line, column: column)
  }
}
