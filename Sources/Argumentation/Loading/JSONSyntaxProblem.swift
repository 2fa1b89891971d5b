import Foundation

/// Why Foundation's JSON parser refused a document, said with the line and
/// column where it could be placed.
///
/// `JSONSerialization` says "around character N"; this turns that into
/// `line:column` of the bytes read, and words the other refusals (the text
/// ending early, invalid UTF-8, a half surrogate pair, a number too large)
/// for a person.
///
/// - Complexity: O(*b*) for *b* bytes.
public struct JSONSyntaxProblem: Sendable, CustomStringConvertible {
  /// The 1-based line and column, when the parser named a place.
  public let position: (line: Int, column: Int)?
  /// What is wrong, in lower case, without the place.
  public let message: String

  /// The problem `error` (thrown by `JSONSerialization`) reports in
  /// `bytes`; `kind` names the files ("graph files", "case files") in the
  /// message about their encoding.
  public init(_ error: any Error, in bytes: [UInt8], kind: String) {
    let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
    if detail.contains("surrogate") {
      (position, message) = (nil, "not valid JSON: a \\u escape holds half of a surrogate pair")
    } else if detail.contains("allow fragments") {
      (position, message) = (nil, "the document must be an object")
    } else if detail.hasPrefix("Unexpected end of file") {
      let end = EncodingCheck.position(of: bytes.count, in: bytes)
      position = (end.line, end.column)
      message = "not valid JSON: the text ends before the document does"
    } else if detail.contains("is not representable") {
      (position, message) = (nil, "not valid JSON: a number is too large")
    } else if detail.hasPrefix("Invalid UTF-8") {
      (position, message) = (nil, "not valid UTF-8; \(kind) are UTF-8 JSON")
    } else if let range = detail.range(of: "around character "),
      let offset = Int(detail[range.upperBound...].prefix { $0.isNumber }),
      offset <= bytes.count
    {
      let what = detail[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
      let place = EncodingCheck.position(of: offset, in: bytes)
      position = (place.line, place.column)
      message = "not valid JSON: \(what.lowercased())"
    } else {
      (position, message) = (nil, "not valid JSON: \(detail)")
    }
  }

  /// `path:line:column`, or `path` alone when there is no place.
  public func place(in path: String) -> String {
    position.map { "\(path):\($0.line):\($0.column)" } ?? path
  }

  /// `line:column: message`, or the message alone when there is no place.
  public var description: String {
    position.map { "\($0.line):\($0.column): \(message)" } ?? message
  }
}
