extension JSON {
  /// Reads a JSON document: the one JSON reader of the package.
  ///
  /// UTF-8 is expected; a UTF-8 byte order mark is skipped, and UTF-16 and
  /// UTF-32 texts (told by their byte order mark or their zero bytes) are
  /// decoded first. The reader takes what Foundation's `JSONSerialization`
  /// took: trailing commas in arrays and objects, and a repeated key (the
  /// members keep both; ``subscript(_:)`` and ``dictionary`` take the last).
  ///
  /// ```swift
  /// try JSON(parsing: Array(#"{"a": [1, 2,]}"#.utf8))  // {"a":[1,2]}
  /// ```
  ///
  /// - Parameters:
  ///   - bytes: the document.
  ///   - fragments: take a number, string, boolean or null as the whole
  ///     document; without it the document must be an object or an array.
  /// - Throws: `JSONSyntaxError` saying what is wrong and where (line and
  ///   column).
  /// - Complexity: O(*b*) for *b* bytes; nesting deeper than 512 levels is
  ///   refused before it can exhaust the stack.
  package init(parsing bytes: [UInt8], fragments: Bool = false) throws(JSONSyntaxError) {
    let text = try Self.utf8(bytes)
    var reader = Reader(bytes: text)
    let value = try reader.document()
    switch value {
    case .array, .object: break
    default: if !fragments { throw JSONSyntaxError(.notAContainer) }
    }
    if let number = reader.firstUnrepresentableNumber {
      throw JSONSyntaxError(.numberTooLarge(number))
    }
    self = value
  }

  /// Reads JSON text; as ``init(parsing:fragments:)-([UInt8],_)``.
  package init(parsing text: String, fragments: Bool = false) throws(JSONSyntaxError) {
    try self.init(parsing: Array(text.utf8), fragments: fragments)
  }

  /// The bytes as UTF-8 without a byte order mark, told as Foundation tells
  /// JSON's encodings (RFC 8259, section 8.1, and its older UTF-16 and
  /// UTF-32).
  private static func utf8(_ bytes: [UInt8]) throws(JSONSyntaxError) -> [UInt8] {
    enum Wide {
      case utf16(bigEndian: Bool)
      case utf32(bigEndian: Bool)
    }
    var wide: Wide?
    var skip = 0
    if bytes.count >= 4 {
      switch (bytes[0], bytes[1], bytes[2], bytes[3]) {
      case (0xEF, 0xBB, 0xBF, _): return Array(bytes[3...])
      case (0x00, 0x00, 0xFE, 0xFF): (wide, skip) = (.utf32(bigEndian: true), 4)
      case (0xFF, 0xFE, 0x00, 0x00): (wide, skip) = (.utf32(bigEndian: false), 4)
      case (0xFF, 0xFE, _, _): (wide, skip) = (.utf16(bigEndian: false), 2)
      case (0xFE, 0xFF, _, _): (wide, skip) = (.utf16(bigEndian: true), 2)
      case (0, 0, 0, _): wide = .utf32(bigEndian: true)
      case (_, 0, 0, 0): wide = .utf32(bigEndian: false)
      case (0, _, 0, _): wide = .utf16(bigEndian: true)
      case (_, 0, _, 0): wide = .utf16(bigEndian: false)
      default: break
      }
    } else if bytes.count >= 2 {
      if bytes[0] == 0 {
        wide = .utf16(bigEndian: true)
      } else if bytes[1] == 0 {
        wide = .utf16(bigEndian: false)
      }
    }
    guard let wide else { return bytes }
    let body = bytes[skip...]
    let decoded: String?
    switch wide {
    case .utf16(let bigEndian):
      decoded = Self.codeUnits(body, width: 2, bigEndian: bigEndian).flatMap {
        String(validating: $0.map(UInt16.init(truncatingIfNeeded:)), as: UTF16.self)
      }
    case .utf32(let bigEndian):
      decoded = Self.codeUnits(body, width: 4, bigEndian: bigEndian).flatMap {
        String(validating: $0, as: UTF32.self)
      }
    }
    guard let decoded else { throw JSONSyntaxError(.undecodableText) }
    return Array(decoded.utf8)
  }

  /// The bytes as code units of `width` bytes; bytes left over at the end
  /// are dropped, as Foundation drops them.
  private static func codeUnits(
    _ bytes: ArraySlice<UInt8>, width: Int, bigEndian: Bool
  ) -> [UInt32]? {
    let end = bytes.endIndex - bytes.count % width
    return stride(from: bytes.startIndex, to: end, by: width).map { start in
      let unit = bytes[start..<start + width]
      return (bigEndian ? Array(unit) : unit.reversed()).reduce(0) { $0 << 8 | UInt32($1) }
    }
  }
}

/// A recursive-descent JSON reader over UTF-8 bytes, placing each refusal
/// at the byte Foundation's reader names.
private struct Reader {
  let bytes: [UInt8]
  var index = 0
  var depth = 0
  /// The first number read whose value no double holds.
  var firstUnrepresentableNumber: String?

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  static let maximumDepth = 512

  mutating func document() throws(JSONSyntaxError) -> JSON {
    _ = try nextSignificantByte()
    let value = try value()
    while index < bytes.count {
      guard Self.isSpace(bytes[index]) else { throw fail(.invalidValue, at: index) }
      index += 1
    }
    return value
  }

  // MARK: Values

  private mutating func value() throws(JSONSyntaxError) -> JSON {
    let byte = try nextSignificantByte()
    switch byte {
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let text = try number()
      if firstUnrepresentableNumber == nil, Double(text).map({ !$0.isFinite }) ?? true {
        firstUnrepresentableNumber = text
      }
      return .number(JSON.Number(checked: text))
    default:
      throw fail(.invalidValue, at: index)
    }
  }

  private mutating func array() throws(JSONSyntaxError) -> JSON {
    .array(
      try elements(closing: UInt8(ascii: "]")) { (reader: inout Reader) throws(JSONSyntaxError) in
        try reader.value()
      })
  }

  private mutating func object() throws(JSONSyntaxError) -> JSON {
    .object(
      try elements(closing: UInt8(ascii: "}")) { (reader: inout Reader) throws(JSONSyntaxError) in
        guard reader.bytes[reader.index] == UInt8(ascii: "\"") else {
          throw reader.fail(.invalidValue, at: reader.index)
        }
        let key = try reader.string()
        guard try reader.nextSignificantByte() == UInt8(ascii: ":") else {
          throw reader.fail(.invalidValue, at: reader.index)
        }
        reader.index += 1
        return JSON.Member(key, try reader.value())
      })
  }

  /// The elements of the array or object whose bracket is at `index`, up
  /// to its `closing` bracket, within the nesting limit.
  private mutating func elements<Element>(
    closing: UInt8, _ element: (inout Reader) throws(JSONSyntaxError) -> Element
  ) throws(JSONSyntaxError) -> [Element] {
    guard depth < Self.maximumDepth else { throw fail(.tooDeeplyNested, at: index + 1) }
    depth += 1
    defer { depth -= 1 }
    index += 1
    var elements: [Element] = []
    if try nextSignificantByte() == closing {
      index += 1
      return elements
    }
    repeat {
      elements.append(try element(&self))
    } while try separator(closing: closing)
    return elements
  }

  /// After an element: true at a comma that another element follows;
  /// false past the closing bracket (a comma before it is taken).
  private mutating func separator(closing: UInt8) throws(JSONSyntaxError) -> Bool {
    let byte = try nextSignificantByte()
    if byte == closing {
      index += 1
      return false
    }
    guard byte == UInt8(ascii: ",") else { throw fail(.invalidValue, at: index) }
    index += 1
    if try nextSignificantByte() == closing {
      index += 1
      return false
    }
    return true
  }

  /// `true`, `false` or `null`: a byte that differs is refused where it
  /// stands, unless the text ends with it.
  private mutating func literal(_ word: String) throws(JSONSyntaxError) {
    for expected in word.utf8 {
      let byte = index < bytes.count ? bytes[index] : nil
      index = min(index + 1, bytes.count)
      guard byte == expected else {
        if index >= bytes.count { throw fail(.textEnds) }
        throw fail(.invalidValue, at: index - 1)
      }
    }
  }

  // MARK: Numbers

  /// A number's text, checked against JSON's grammar.
  private mutating func number() throws(JSONSyntaxError) -> String {
    enum Part { case integer, fraction, exponent, exponentSign }
    let start = index
    var part = Part.integer
    var digits = bytes[index] == UInt8(ascii: "-") ? 0 : 1
    var hasLeadingZero = bytes[index] == UInt8(ascii: "0")
    var offset = index + 1
    while offset < bytes.count {
      let byte = bytes[offset]
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if hasLeadingZero { throw fail(.leadingZero, at: offset) }
        if byte == UInt8(ascii: "0"), digits == 0, part == .integer { hasLeadingZero = true }
        digits += 1
      case UInt8(ascii: "."):
        guard digits > 0, part == .integer else { throw fail(.invalidValue, at: offset) }
        (part, digits, hasLeadingZero) = (.fraction, 0, false)
      case UInt8(ascii: "e"), UInt8(ascii: "E"):
        guard digits > 0, part == .integer || part == .fraction else {
          throw fail(.invalidValue, at: offset)
        }
        (part, digits, hasLeadingZero) = (.exponent, 0, false)
      case UInt8(ascii: "+"), UInt8(ascii: "-"):
        guard digits == 0, part == .exponent else { throw fail(.invalidValue, at: offset) }
        part = .exponentSign
      case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), 0x20, 0x0A, 0x0D, 0x09:
        guard digits > 0 else { throw fail(.invalidValue, at: offset) }
        index = offset
        return String(decoding: bytes[start..<offset], as: UTF8.self)
      default:
        throw fail(.invalidValue, at: offset)
      }
      offset += 1
    }
    guard digits > 0 else { throw fail(.textEnds) }
    index = bytes.count
    return String(decoding: bytes[start...], as: UTF8.self)
  }

  // MARK: Strings

  /// A string at `index` (its opening quote), escapes decoded.
  private mutating func string() throws(JSONSyntaxError) -> String {
    index += 1
    var result = ""
    var segment = index
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\""):
        result += try text(segment..<index)
        index += 1
        return result
      case 0..<0x20:
        _ = try text(segment..<index + 1)
        throw fail(.controlCharacterInString, at: index)
      case UInt8(ascii: "\\"):
        result += try text(segment..<index)
        let escape = index
        do {
          result.unicodeScalars.append(try escapedScalar())
        } catch let error where error.problem.isEscapeProblem {
          // The escape's own bytes are made text before the refusal is
          // reported, so bytes that are not UTF-8 are reported as such.
          _ = try text(escape..<index)
          throw error
        }
        segment = index
      default:
        index += 1
      }
    }
    throw fail(.textEnds)
  }

  /// The bytes as text, or a refusal if they are not UTF-8.
  private func text(_ range: Range<Int>) throws(JSONSyntaxError) -> String {
    guard let text = String(validating: bytes[range], as: UTF8.self) else {
      throw fail(.invalidUTF8, at: range.lowerBound)
    }
    return text
  }

  /// The scalar an escape at `index` (its backslash) stands for.
  private mutating func escapedScalar() throws(JSONSyntaxError) -> Unicode.Scalar {
    index += 1
    guard index < bytes.count else { throw fail(.textEnds) }
    let byte = bytes[index]
    index += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(byte)
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"): break
    default: throw fail(.invalidEscape, at: index - 2)
    }
    let unit = try hexUnit()
    if unit & 0xFC00 == 0xD800 {
      guard index + 1 < bytes.count else {
        index = bytes.count
        throw fail(.textEnds)
      }
      let isEscape = bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "u")
      index += 2
      guard isEscape else { throw fail(.halfSurrogatePair) }
      let low = try hexUnit()
      guard low & 0xFC00 == 0xDC00 else { throw fail(.halfSurrogatePair) }
      let value = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
      guard let scalar = Unicode.Scalar(value) else { throw fail(.loneLowSurrogate) }
      return scalar
    }
    guard let scalar = Unicode.Scalar(unit) else { throw fail(.loneLowSurrogate) }
    return scalar
  }

  /// The four hexadecimal digits at `index`.
  private mutating func hexUnit() throws(JSONSyntaxError) -> UInt16 {
    let start = index
    guard index + 4 <= bytes.count else {
      index = bytes.count
      throw fail(.textEnds)
    }
    index += 4
    var unit: UInt16 = 0
    for byte in bytes[start..<index] {
      guard let digit = Self.hexDigit(byte) else {
        let characters = String(decoding: bytes[start..<index], as: UTF8.self)
        throw fail(.invalidHexEscape(characters), at: start)
      }
      unit = unit << 4 | UInt16(digit)
    }
    return unit
  }

  private static func hexDigit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    default: nil
    }
  }

  // MARK: Space

  /// The first byte from `index` that is not white space, with `index`
  /// moved to it.
  private mutating func nextSignificantByte() throws(JSONSyntaxError) -> UInt8 {
    while index < bytes.count {
      if !Self.isSpace(bytes[index]) { return bytes[index] }
      index += 1
    }
    throw fail(.textEnds)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  private func fail(_ problem: JSONSyntaxError.Problem, at offset: Int? = nil) -> JSONSyntaxError {
    JSONSyntaxError(problem, offset: offset, in: bytes)
  }
}

extension JSONSyntaxError.Problem {
  /// The refusals of an escape that Foundation's reader reports after
  /// making its bytes text.
  fileprivate var isEscapeProblem: Bool {
    switch self {
    case .invalidEscape, .halfSurrogatePair, .loneLowSurrogate: true
    default: false
    }
  }
}
