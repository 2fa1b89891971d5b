import ArgMedSupport

/// Where each start tag and each of its attributes begins in an XML text,
/// in document order.
///
/// libxml2 2.9 records a line for each element (where its start tag ends)
/// but no column. This scan recovers both from the bytes: it skips
/// comments, processing instructions, CDATA sections, declarations and end
/// tags, and reads each start tag's name and attribute names, counting
/// lines and characters (UTF-8 continuation bytes do not advance the
/// column). It runs on any bytes in linear time; its positions are
/// meaningful once libxml2 has accepted the text as well-formed.
///
/// - Complexity: O(*b*) for *b* bytes.
struct StartTagIndex {
  struct Tag {
    var localName: String
    var position: TextPosition
    /// Where each attribute's name begins, by its qualified name as
    /// written (`id`, `xml:lang`); the first of a repeated name.
    var attributes: [String: TextPosition]
    /// How many attributes the tag has, repeated names included.
    var attributeCount = 0
  }

  private(set) var tags: [Tag] = []

  init(_ bytes: [UInt8]) {
    var scanner = Scanner(bytes: bytes)
    while let byte = scanner.peek() {
      guard byte == UInt8(ascii: "<") else {
        scanner.advance()
        continue
      }
      if scanner.skip(ifAt: "<!--", through: "-->")
        || scanner.skip(ifAt: "<![CDATA[", through: "]]>")
        || scanner.skip(ifAt: "<?", through: "?>") || scanner.skip(ifAt: "<!", through: ">")
        || scanner.skip(ifAt: "</", through: ">")
      {
        continue
      }
      tags.append(scanner.startTag())
    }
  }

  /// Where the document type declaration (`<!DOCTYPE`) begins, outside
  /// comments and processing instructions.
  static func documentTypePosition(in bytes: [UInt8]) -> TextPosition? {
    var scanner = Scanner(bytes: bytes)
    while let byte = scanner.peek() {
      guard byte == UInt8(ascii: "<") else {
        scanner.advance()
        continue
      }
      if scanner.isAt("<!DOCTYPE") { return scanner.position }
      if scanner.skip(ifAt: "<!--", through: "-->") || scanner.skip(ifAt: "<?", through: "?>") {
        continue
      }
      scanner.advance()
    }
    return nil
  }

  /// A cursor over the bytes that keeps the line and column.
  private struct Scanner {
    let bytes: [UInt8]
    var offset = 0
    var line = 1
    var column = 1

    var position: TextPosition { TextPosition(line: line, column: column) }

    func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    mutating func advance() {
      let byte = bytes[offset]
      offset += 1
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }

    func isAt(_ text: String) -> Bool {
      let pattern = Array(text.utf8)
      guard offset + pattern.count <= bytes.count else { return false }
      return bytes[offset..<offset + pattern.count].elementsEqual(pattern)
    }

    /// Skips from `opening` through the next `closing`, if at `opening`.
    mutating func skip(ifAt opening: String, through closing: String) -> Bool {
      guard isAt(opening) else { return false }
      for _ in opening.utf8 { advance() }
      while peek() != nil && !isAt(closing) { advance() }
      for _ in closing.utf8 where peek() != nil { advance() }
      return true
    }

    static func isNameEnd(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
        || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "=")
    }

    /// A name as written, with its prefix.
    mutating func name() -> String {
      let start = offset
      while let byte = peek(), !Self.isNameEnd(byte) { advance() }
      return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    mutating func skipSpace() {
      while let byte = peek(),
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n")
          || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
      {
        advance()
      }
    }

    /// Reads a start tag from its `<` through its `>`.
    mutating func startTag() -> Tag {
      let start = position
      advance()
      let qualified = name()
      let localName = qualified.split(separator: ":").last.map(String.init) ?? qualified
      var tag = Tag(localName: localName, position: start, attributes: [:])
      while true {
        skipSpace()
        guard let byte = peek() else { return tag }
        if byte == UInt8(ascii: ">") {
          advance()
          return tag
        }
        if byte == UInt8(ascii: "/") {
          advance()
          continue
        }
        let attributeStart = position
        let attribute = name()
        if tag.attributes[attribute] == nil { tag.attributes[attribute] = attributeStart }
        tag.attributeCount += 1
        skipSpace()
        if peek() == UInt8(ascii: "=") { advance() }
        skipSpace()
        guard let quote = peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
          continue
        }
        advance()
        while let byte = peek(), byte != quote { advance() }
        if peek() != nil { advance() }
      }
    }
  }
}
