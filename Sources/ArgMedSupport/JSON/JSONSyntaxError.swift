/// Why the JSON reader refused a text, and where.
///
/// The reader takes and refuses what Foundation's `JSONSerialization`
/// did before it (trailing commas taken, 512 levels of nesting at most,
/// the same byte named in each refusal), so that every file ArgMed read
/// it still reads and every message stays as it was.
package struct JSONSyntaxError: Error, Equatable, Sendable {
  /// What is wrong.
  package enum Problem: Equatable, Sendable {
    /// The text ends before the document does.
    case textEnds
    /// A byte that no value, separator or closing bracket starts.
    case invalidValue
    /// A number with a leading zero, such as `01`.
    case leadingZero
    /// A backslash before a character that JSON does not escape.
    case invalidEscape
    /// A control character (below U+0020) within a string.
    case controlCharacterInString
    /// More than 512 arrays and objects inside one another.
    case tooDeeplyNested
    /// A `\u` escape whose four characters (given) are not hexadecimal.
    case invalidHexEscape(String)
    /// A `\u` escape of a low surrogate without a high one before it.
    case loneLowSurrogate
    /// A `\u` escape of a high surrogate without a low one after it.
    case halfSurrogatePair
    /// A string whose bytes are not UTF-8.
    case invalidUTF8
    /// A UTF-16 or UTF-32 text (by its byte order mark or its zero
    /// bytes) that does not decode.
    case undecodableText
    /// A number, string, boolean or null where an object or an array must
    /// be.
    case notAContainer
    /// A number (given) too large for a double.
    case numberTooLarge(String)
  }

  package let problem: Problem
  /// The byte offset the problem is named at, in the UTF-8 text read
  /// (after a byte order mark), when it has one.
  package let offset: Int?
  /// The line and column of the problem, when it has one.
  package let position: TextPosition?

  init(_ problem: Problem, offset: Int? = nil, in bytes: [UInt8] = []) {
    self.problem = problem
    self.offset = offset
    switch problem {
    case .invalidValue, .leadingZero, .invalidEscape, .controlCharacterInString, .tooDeeplyNested:
      position = offset.map { TextPosition(ofByte: $0, in: bytes) }
    case .textEnds:
      position = TextPosition(ofByte: bytes.count, in: bytes)
    case .invalidHexEscape, .loneLowSurrogate, .halfSurrogatePair, .invalidUTF8,
      .undecodableText, .notAContainer, .numberTooLarge:
      position = nil
    }
  }

  /// What is wrong, for a person, in lower case and without the place;
  /// `kind` names the files ("graph files", "case files") in the message
  /// about their encoding.
  package func message(kind: String) -> String {
    switch problem {
    case .textEnds: "not valid JSON: the text ends before the document does"
    case .halfSurrogatePair: "not valid JSON: a \\u escape holds half of a surrogate pair"
    case .notAContainer: "the document must be an object"
    case .numberTooLarge: "not valid JSON: a number is too large"
    case .invalidUTF8: "not valid UTF-8; \(kind) are UTF-8 JSON"
    case .invalidValue, .leadingZero, .invalidEscape, .controlCharacterInString,
      .tooDeeplyNested:
      "not valid JSON: " + summary.lowercased()
    case .invalidHexEscape, .loneLowSurrogate, .undecodableText: "not valid JSON: " + detail
    }
  }

  /// `line:column: message`, or the message alone when there is no place;
  /// `kind` as in ``message(kind:)``.
  package func description(kind: String) -> String {
    let message = message(kind: kind)
    return position.map { "\($0.line):\($0.column): \(message)" } ?? message
  }

  /// `path:line:column`, or `path` alone when there is no place.
  package func place(in path: String) -> String {
    position.map { "\(path):\($0.line):\($0.column)" } ?? path
  }

  /// The problem in one sentence that names the byte offset, such as
  /// "Invalid value around character 5.": the words the reader has always
  /// given for a model's reply that is not JSON (they are part of the
  /// re-asking prompt, and so of recorded exchanges).
  package var detail: String {
    let around = " around character \(offset ?? 0)."
    return switch problem {
    case .textEnds: "Unexpected end of file during JSON parse."
    case .invalidValue, .leadingZero, .invalidEscape, .controlCharacterInString,
      .tooDeeplyNested:
      summary + around
    case .invalidHexEscape(let characters):
      "Invalid hex encoded sequence in \"\(characters)\" at \(offset ?? 0)."
    case .loneLowSurrogate:
      "Unable to convert hex escape sequence (no high character) to UTF8-encoded character."
    case .halfSurrogatePair:
      "Unexpected end of file during string parse (expected low-surrogate code point but did "
        + "not find one)."
    case .invalidUTF8: "Invalid UTF-8 sequence starting from character \(offset ?? 0)."
    case .undecodableText: "Cannot convert input string to valid utf8 input."
    case .notAContainer:
      "JSON text did not start with array or object and option to allow fragments not set."
    case .numberTooLarge(let number): "Number \(number) is not representable in Swift."
    }
  }

  /// The name of a problem placed at a byte.
  private var summary: String {
    switch problem {
    case .leadingZero: "Number with leading zero"
    case .invalidEscape: "Invalid escape sequence"
    case .controlCharacterInString: "Unescaped control character"
    case .tooDeeplyNested: "Too many nested arrays or dictionaries"
    default: "Invalid value"
    }
  }
}

extension JSONSyntaxError: CustomStringConvertible {
  /// `line:column: message`, for files of any kind.
  package var description: String { description(kind: "JSON files") }
}
