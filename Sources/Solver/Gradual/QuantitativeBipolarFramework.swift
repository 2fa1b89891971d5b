/// A quantitative bipolar argumentation framework: arguments with base
/// scores in [0, 1], attacks and supports (Baroni, Rago and Toni, "From
/// fine-grained properties to broad principles for gradual
/// argumentation", IJAR 2019).
///
/// Attacks and supports are disjoint: no pair of arguments both attacks
/// and supports. A gradual semantics gives each argument a strength in
/// [0, 1] (``strengths(under:tolerance:maximumIterations:)``); unlike Dung's
/// extension semantics it weighs what attacks and supports an argument
/// instead of accepting or rejecting it.
///
/// ```swift
/// let framework = try QuantitativeBipolarFramework(
///   names: ["a", "b", "c"], baseScores: [0.5, 1, 1],
///   attacks: [("b", "a")], supports: [("c", "a")])
/// try framework.strengths(under: .dfQuAD).strength(of: 0)   // 0.5: b and c balance
/// ```
public struct QuantitativeBipolarFramework: Hashable, Sendable {
  /// The arguments' names, in order: argument `i` is `names[i]`.
  public let names: [String]
  /// Each argument's base score, in [0, 1].
  public let baseScores: [Double]
  /// The attackers of each argument, ascending.
  public let attackers: [[Int]]
  /// The supporters of each argument, ascending.
  public let supporters: [[Int]]

  /// The number of arguments.
  public var argumentCount: Int { names.count }

  /// A framework from names, base scores and relations given by name.
  ///
  /// A relation named twice counts once.
  ///
  /// - Throws: `SolverError.duplicateArgument` for a name given twice,
  ///   `.unknownArgument` for a relation naming no argument,
  ///   `.invalidBaseScore` for a score outside [0, 1], and
  ///   `.attackAndSupport` for a pair that both attacks and supports.
  /// - Complexity: O(*n* + *m* log *m*) for *n* arguments and *m*
  ///   relations.
  public init(
    names: [String], baseScores: [Double], attacks: [(String, String)],
    supports: [(String, String)] = []
  ) throws(SolverError) {
    // A name given twice is refused by the initializer this one calls.
    let index = Dictionary(
      names.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
    func indices(_ pairs: [(String, String)]) throws(SolverError) -> [(Int, Int)] {
      var result: [(Int, Int)] = []
      result.reserveCapacity(pairs.count)
      for (from, to) in pairs {
        guard let source = index[from] else { throw .unknownArgument(from, location: nil) }
        guard let target = index[to] else { throw .unknownArgument(to, location: nil) }
        result.append((source, target))
      }
      return result
    }
    try self.init(
      names: names, baseScores: baseScores, attackIndices: indices(attacks),
      supportIndices: indices(supports))
  }

  /// A framework from relations given by index.
  ///
  /// - Throws: as ``init(names:baseScores:attacks:supports:)``, and
  ///   `.argumentOutOfRange` for an index outside the arguments.
  public init(
    names: [String], baseScores: [Double], attackIndices: [(Int, Int)],
    supportIndices: [(Int, Int)] = []
  ) throws(SolverError) {
    var seen: Set<String> = []
    for name in names where !seen.insert(name).inserted {
      throw .duplicateArgument(name, location: nil)
    }
    guard baseScores.count == names.count else {
      throw .argumentOutOfRange(baseScores.count, argumentCount: names.count)
    }
    for (position, score) in baseScores.enumerated() where !(0...1).contains(score) {
      throw .invalidBaseScore(names[position], score)
    }
    func lists(_ pairs: [(Int, Int)]) throws(SolverError) -> [[Int]] {
      var lists = [[Int]](repeating: [], count: names.count)
      for (from, to) in pairs {
        for position in [from, to] where !names.indices.contains(position) {
          throw .argumentOutOfRange(position, argumentCount: names.count)
        }
        lists[to].append(from)
      }
      return lists.map { Array(Set($0)).sorted() }
    }
    let attackers = try lists(attackIndices)
    let supporters = try lists(supportIndices)
    for target in names.indices {
      if let both = attackers[target].first(where: supporters[target].contains) {
        throw .attackAndSupport(names[both], names[target])
      }
    }
    self.names = names
    self.baseScores = baseScores
    self.attackers = attackers
    self.supporters = supporters
  }

  /// Whether the framework has any support.
  public var hasSupports: Bool { supporters.contains { !$0.isEmpty } }
}

extension QuantitativeBipolarFramework {
  /// Reads a framework written as ASPARTIX-style facts.
  ///
  /// The facts are `arg(a).`, `att(a,b).`, `sup(a,b).` and `base(a,0.7).`;
  /// an argument without a `base` fact has the base score 0.5. `fileName`
  /// names the text in errors.
  ///
  /// - Throws: `SolverError.malformedFile` at the place of a broken fact
  ///   or of one naming an undeclared argument.
  /// - Complexity: O(*s*) expected for *s* bytes.
  public init(facts bytes: [UInt8], fileName: String = "<facts>") throws(SolverError) {
    var parser = QBAFParser(bytes, fileName: fileName)
    self = try parser.parse()
  }
}
