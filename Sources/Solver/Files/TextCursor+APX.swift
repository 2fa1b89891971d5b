/// The tokens of ASPARTIX-style facts (`arg(a).`, `att(a,b).`): names,
/// punctuation, and `%` comments between them.
extension TextCursor {
  /// The next fact's predicate and where the fact starts, its opening
  /// parenthesis consumed; `nil` at the end of the text.
  ///
  /// - Throws: `message` at the place where the parenthesis is missing.
  mutating func nextFact(
    orFail message: String
  ) throws(SolverError) -> (predicate: String, start: SourceLocation)? {
    skipSpaceAndComments()
    guard !isAtEnd else { return nil }
    let start = location
    let predicate = try take(while: Self.isAPXNameByte)
    skipSpaceAndComments()
    guard consume(UInt8(ascii: "(")) else { throw error(message) }
    return (predicate, start)
  }

  /// An argument name, after any space and comments.
  mutating func apxName() throws(SolverError) -> String {
    skipSpaceAndComments()
    let name = try take(while: Self.isAPXNameByte)
    guard !name.isEmpty else { throw error("expected an argument name") }
    return name
  }

  /// Consumes `token` after any space and comments, or fails with `message`.
  mutating func expect(_ token: UInt8, _ message: String) throws(SolverError) {
    skipSpaceAndComments()
    guard consume(token) else { throw error(message) }
  }

  mutating func skipSpaceAndComments() {
    while true {
      skipBlanks(includingNewlines: true)
      guard current == UInt8(ascii: "%") else { return }
      skipToEndOfLine()
    }
  }

  /// Name characters: anything but separators, so that quoted-free ASP
  /// constants, numbers and UTF-8 names all pass.
  static func isAPXNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "."),
      UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), 13, UInt8(ascii: "%"):
      return false
    default:
      return true
    }
  }
}
