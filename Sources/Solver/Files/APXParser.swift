/// Reads the ASPARTIX format: facts `arg(a).` and `att(a,b).`, with `%`
/// comments, whitespace anywhere between tokens, and arguments declared
/// before the attacks that name them.
struct APXParser {
  private var cursor: TextCursor

  init(_ bytes: [UInt8], fileName: String) {
    cursor = TextCursor(bytes, fileName: fileName)
  }

  /// - Complexity: O(*s*) expected for *s* bytes.
  mutating func parse() throws(SolverError) -> ArgumentationFramework {
    var builder = NamedFrameworkBuilder()
    var pendingAttacks: [(String, String, SourceLocation)] = []
    while true {
      skipSpaceAndComments()
      guard !cursor.isAtEnd else { break }
      let start = cursor.location
      let predicate = try cursor.take(while: Self.isNameByte)
      skipSpaceAndComments()
      guard cursor.consume(UInt8(ascii: "(")) else {
        throw cursor.error("expected a fact 'arg(name).' or 'att(name,name).'")
      }
      switch predicate {
      case "arg":
        let name = try argumentName()
        try expect(UInt8(ascii: ")"), "expected ')' after the argument name")
        try builder.declare(name, at: start)
      case "att":
        let attacker = try argumentName()
        try expect(UInt8(ascii: ","), "expected ',' between the two arguments of att")
        let attacked = try argumentName()
        try expect(UInt8(ascii: ")"), "expected ')' after the attacked argument")
        pendingAttacks.append((attacker, attacked, start))
      default:
        throw SolverError.malformedFile(
          start, message: "unknown fact '\(predicate)'; expected 'arg' or 'att'")
      }
      try expect(UInt8(ascii: "."), "expected '.' at the end of the fact")
    }
    for (attacker, attacked, location) in pendingAttacks {
      try builder.attack(attacker, attacked, at: location)
    }
    return builder.build()
  }

  private mutating func argumentName() throws(SolverError) -> String {
    skipSpaceAndComments()
    let name = try cursor.take(while: Self.isNameByte)
    guard !name.isEmpty else { throw cursor.error("expected an argument name") }
    return name
  }

  private mutating func expect(_ token: UInt8, _ message: String) throws(SolverError) {
    skipSpaceAndComments()
    guard cursor.consume(token) else { throw cursor.error(message) }
  }

  private mutating func skipSpaceAndComments() {
    while true {
      cursor.skipBlanks(includingNewlines: true)
      guard cursor.current == UInt8(ascii: "%") else { return }
      cursor.skipToEndOfLine()
    }
  }

  /// Name characters: anything but separators, so that quoted-free ASP
  /// constants, numbers and UTF-8 names all pass.
  private static func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "."),
      UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), 13, UInt8(ascii: "%"):
      return false
    default:
      return true
    }
  }
}
