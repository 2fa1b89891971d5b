/// Reads quantitative bipolar frameworks in ASPARTIX style: facts
/// `arg(a).`, `att(a,b).`, `sup(a,b).` and `base(a,0.7).`, with `%`
/// comments and whitespace anywhere between tokens.
///
/// An argument without a `base` fact has the base score
/// ``defaultBaseScore``, 0.5: nothing known for it or against it. Facts may
/// come in any order; every argument a relation or score names must be
/// declared somewhere in the file.
struct QBAFParser {
  /// The base score of an argument the file gives none.
  static let defaultBaseScore = 0.5

  private var cursor: TextCursor

  init(_ bytes: [UInt8], fileName: String) {
    cursor = TextCursor(bytes, fileName: fileName)
  }

  /// - Complexity: O(*s*) expected for *s* bytes.
  mutating func parse() throws(SolverError) -> QuantitativeBipolarFramework {
    var declared = NamedFrameworkBuilder()
    var relations: [(kind: UInt8, from: String, to: String, at: SourceLocation)] = []
    var scores: [(name: String, score: Double, at: SourceLocation)] = []
    while let (predicate, start) = try cursor.nextFact(
      orFail: "expected a fact 'arg(a).', 'att(a,b).', 'sup(a,b).' or 'base(a,w).'")
    {
      switch predicate {
      case "arg":
        let name = try cursor.apxName()
        try cursor.expect(UInt8(ascii: ")"), "expected ')' after the argument name")
        try declared.declare(name, at: start)
      case "att", "sup":
        let from = try cursor.apxName()
        try cursor.expect(UInt8(ascii: ","), "expected ',' between the two arguments")
        let to = try cursor.apxName()
        try cursor.expect(UInt8(ascii: ")"), "expected ')' after the second argument")
        relations.append((predicate == "att" ? 0 : 1, from, to, start))
      case "base":
        let name = try cursor.apxName()
        try cursor.expect(UInt8(ascii: ","), "expected ',' between the argument and its score")
        cursor.skipSpaceAndComments()
        let scoreAt = cursor.location
        let text = try cursor.take(while: Self.isNumberByte)
        guard let score = Double(text), (0...1).contains(score) else {
          throw .malformedFile(scoreAt, message: "a base score is a number from 0 to 1")
        }
        try cursor.expect(UInt8(ascii: ")"), "expected ')' after the base score")
        scores.append((name, score, start))
      default:
        throw SolverError.malformedFile(
          start, message: "unknown fact '\(predicate)'; expected 'arg', 'att', 'sup' or 'base'")
      }
      try cursor.expect(UInt8(ascii: "."), "expected '.' at the end of the fact")
    }
    let names = declared.names
    let index = declared.index.mapValues(Int.init)
    var baseScores = [Double?](repeating: nil, count: names.count)
    for (name, score, location) in scores {
      guard let position = index[name] else {
        throw Self.undeclared(name, in: "base", at: location)
      }
      guard baseScores[position] == nil else {
        throw .malformedFile(location, message: "argument '\(name)' has a second base score")
      }
      baseScores[position] = score
    }
    var attacks: [(Int, Int)] = []
    var supports: [(Int, Int)] = []
    var kinds: [Int: UInt8] = [:]
    for (kind, from, to, location) in relations {
      let fact = kind == 0 ? "att" : "sup"
      guard let source = index[from] else { throw Self.undeclared(from, in: fact, at: location) }
      guard let target = index[to] else { throw Self.undeclared(to, in: fact, at: location) }
      let pair = source &* names.count &+ target
      if let other = kinds.updateValue(kind, forKey: pair), other != kind {
        throw .malformedFile(
          location,
          message: "'\(from)' both attacks and supports '\(to)'; a pair is one or the other")
      }
      if kind == 0 { attacks.append((source, target)) } else { supports.append((source, target)) }
    }
    return try QuantitativeBipolarFramework(
      names: names, baseScores: baseScores.map { $0 ?? Self.defaultBaseScore },
      attackIndices: attacks, supportIndices: supports)
  }

  private static func undeclared(
    _ name: String, in fact: String, at location: SourceLocation
  ) -> SolverError {
    .malformedFile(
      location, message: "\(fact) names argument '\(name)', which the file does not declare")
  }

  private static func isNumberByte(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
      || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: "+")
  }
}
