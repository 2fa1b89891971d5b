/// Reads the trivial graph format.
///
/// One argument per line (a name, then an optional label), a line holding
/// only `#`, then one attack `a b` per line (then an optional label).
/// Labels are ignored.
struct TGFParser {
  private var cursor: TextCursor

  init(_ bytes: [UInt8], fileName: String) {
    cursor = TextCursor(bytes, fileName: fileName)
  }

  /// - Complexity: O(*s*) expected for *s* bytes.
  mutating func parse() throws(SolverError) -> ArgumentationFramework {
    var builder = NamedFrameworkBuilder()
    var inAttacks = false
    while !cursor.isAtEnd {
      cursor.skipBlanks()
      if cursor.consume(UInt8(ascii: "\n")) { continue }
      guard !cursor.isAtEnd else { break }
      let location = cursor.location
      let first = try word()
      if first == "#" && !inAttacks {
        inAttacks = true
      } else if !inAttacks {
        try builder.declare(first, at: location)
        cursor.skipToEndOfLine()  // the label, if any
      } else {
        cursor.skipBlanks()
        let second = try word()
        guard !second.isEmpty else {
          throw cursor.error("expected an attack 'attacker attacked' with two argument names")
        }
        try builder.attack(first, second, at: location)
        cursor.skipToEndOfLine()  // the edge label, if any
      }
      _ = cursor.consume(UInt8(ascii: "\n"))
    }
    return builder.build()
  }

  private mutating func word() throws(SolverError) -> String {
    try cursor.take { byte in
      byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != 13
        && byte != UInt8(ascii: "\n")
    }
  }
}
