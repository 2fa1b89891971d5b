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
    while let (predicate, start) = try cursor.nextFact(
      orFail: "expected a fact 'arg(name).' or 'att(name,name).'")
    {
      switch predicate {
      case "arg":
        let name = try cursor.apxName()
        try cursor.expect(UInt8(ascii: ")"), "expected ')' after the argument name")
        try builder.declare(name, at: start)
      case "att":
        let attacker = try cursor.apxName()
        try cursor.expect(UInt8(ascii: ","), "expected ',' between the two arguments of att")
        let attacked = try cursor.apxName()
        try cursor.expect(UInt8(ascii: ")"), "expected ')' after the attacked argument")
        pendingAttacks.append((attacker, attacked, start))
      default:
        throw SolverError.malformedFile(
          start, message: "unknown fact '\(predicate)'; expected 'arg' or 'att'")
      }
      try cursor.expect(UInt8(ascii: "."), "expected '.' at the end of the fact")
    }
    for (attacker, attacked, location) in pendingAttacks {
      try builder.attack(attacker, attacked, at: location)
    }
    return builder.build()
  }
}
