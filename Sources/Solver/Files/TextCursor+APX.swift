/// The tokens of ASPARTIX-style facts (`arg(a).`, `att(a,b).`): names,
/// punctuation, and `%` comments between them.
extension TextCursor {
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
