import ArgmedTestSupport
import Foundation
import Solver
import Testing

/// The gradual semantics: worked numbers from their definitions, the
/// properties the literature asks of them on seeded random frameworks, and
/// an independent fixed-point check on cycles.
@Suite struct GradualSemanticsTests {
  /// A framework of arguments `a`, `b`, … with these base scores.
  func framework(
    _ scores: [Double], attacks: [(Int, Int)] = [], supports: [(Int, Int)] = []
  ) throws -> QuantitativeBipolarFramework {
    try QuantitativeBipolarFramework(
      names: scores.indices.map { String(UnicodeScalar(UInt8(97 + $0))) }, baseScores: scores,
      attackIndices: attacks, supportIndices: supports)
  }

  func close(_ a: Double, _ b: Double, within tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance
  }

  // MARK: Worked numbers

  @Test func hCategoriserOnAChainAndATwoCycle() throws {
    // c attacks b attacks a, every base score 1: 1, 1/2, 2/3.
    let chain = try framework([1, 1, 1], attacks: [(2, 1), (1, 0)])
    let strengths = try chain.strengths(under: .hCategoriser)
    #expect(strengths.strengths == [2.0 / 3, 0.5, 1])
    #expect(strengths.iterations == 0)
    // a and b attack each other: x = 1 / (1 + x), the golden ratio's inverse.
    let cycle = try framework([1, 1], attacks: [(0, 1), (1, 0)])
    let settled = try cycle.strengths(under: .hCategoriser)
    for strength in settled.strengths { #expect(close(strength, (5.0.squareRoot() - 1) / 2)) }
    #expect(settled.iterations > 0)
  }

  @Test func dfQuADOnASingleAttackerAndABalance() throws {
    // An attacker of strength 1 takes all of a's base score.
    #expect(try framework([0.5, 1], attacks: [(1, 0)]).strengths(under: .dfQuAD).strengths[0] == 0)
    // An attacker and a supporter of equal strength leave the base score.
    let balanced = try framework([0.4, 0.7, 0.7], attacks: [(1, 0)], supports: [(2, 0)])
    #expect(try balanced.strengths(under: .dfQuAD).strengths[0] == 0.4)
    // Two attackers of 0.5 aggregate to 0.75; a supporter of 0.5: 0.25 net.
    let mixed = try framework(
      [0.6, 0.5, 0.5, 0.5], attacks: [(1, 0), (2, 0)], supports: [(3, 0)])
    #expect(close(try mixed.strengths(under: .dfQuAD).strengths[0], 0.6 - 0.6 * 0.25))
    // A chain: c defeats b entirely, so a keeps its base score.
    let chain = try framework([0.8, 1, 1], attacks: [(2, 1), (1, 0)])
    #expect(try chain.strengths(under: .dfQuAD).strengths == [0.8, 0, 1])
  }

  @Test func quadraticEnergyOnAnAttackerAndASupporter() throws {
    // E = −1: h(1) = 1/2, so 0.5 − 0.5 · 0.5.
    #expect(
      try framework([0.5, 1], attacks: [(1, 0)]).strengths(under: .quadraticEnergy).strengths[0]
        == 0.25)
    // E = 1: 0.5 + 0.5 · 0.5.
    #expect(
      try framework([0.5, 1], supports: [(1, 0)]).strengths(under: .quadraticEnergy).strengths[0]
        == 0.75)
    // E = 2 − 1 = 1 on base 0.2: 0.2 + 0.8 · 0.5.
    let mixed = try framework([0.2, 1, 1, 1], attacks: [(1, 0)], supports: [(2, 0), (3, 0)])
    #expect(close(try mixed.strengths(under: .quadraticEnergy).strengths[0], 0.6))
  }

  // MARK: Errors

  @Test func whatTheSemanticsCannotTakeIsRefused() throws {
    let supported = try framework([0.5, 0.5], supports: [(1, 0)])
    #expect(throws: SolverError.supportsNotWeighed("h-categoriser")) {
      try supported.strengths(under: .hCategoriser)
    }
    // Mutual defeat from 1 and 1: Jacobi iteration swings between 1 and 0.
    let swinging = try framework([1, 1], attacks: [(0, 1), (1, 0)])
    #expect(throws: SolverError.gradualDidNotConverge("df-quad", iterations: 50, residual: 1)) {
      try swinging.strengths(under: .dfQuAD, maximumIterations: 50)
    }
    #expect(throws: SolverError.invalidBaseScore("a", 1.5)) { try framework([1.5]) }
    let notANumber = #expect(throws: SolverError.self) { try framework([.nan]) }
    guard case .invalidBaseScore("a", let score)? = notANumber else {
      Issue.record("a NaN base score: \(String(describing: notANumber))")
      return
    }
    #expect(score.isNaN)
    #expect(throws: SolverError.attackAndSupport("b", "a")) {
      try framework([0.5, 0.5], attacks: [(1, 0)], supports: [(1, 0)])
    }
    #expect(throws: SolverError.unknownArgument("c", location: nil)) {
      try QuantitativeBipolarFramework(
        names: ["a", "b"], baseScores: [1, 1], attacks: [("c", "a")])
    }
  }

  // MARK: Properties on seeded random frameworks

  /// A random framework of `n` arguments; acyclic when `acyclic`, with
  /// edges only from a later argument to an earlier one.
  static func random(
    _ n: Int, seed: UInt64, acyclic: Bool, supports: Bool
  ) throws -> QuantitativeBipolarFramework {
    var generator = SplitMix64(seed: seed)
    let scores = (0..<n).map { _ in Double.random(in: 0...1, using: &generator) }
    var attacks: [(Int, Int)] = []
    var supportList: [(Int, Int)] = []
    for source in 0..<n {
      for target in 0..<n where (acyclic ? source > target : source != target) {
        let draw = Double.random(in: 0..<1, using: &generator)
        if draw < 0.15 {
          attacks.append((source, target))
        } else if supports && draw < 0.3 {
          supportList.append((source, target))
        }
      }
    }
    return try QuantitativeBipolarFramework(
      names: (0..<n).map { "x\($0)" }, baseScores: scores, attackIndices: attacks,
      supportIndices: supportList)
  }

  /// The influence of each semantics, written again from the definitions
  /// for the checks below.
  static func influence(
    _ semantics: GradualSemantics, of argument: Int, in framework: QuantitativeBipolarFramework,
    _ strengths: [Double]
  ) -> Double {
    let w = framework.baseScores[argument]
    let attack = framework.attackers[argument].map { strengths[$0] }
    let support = framework.supporters[argument].map { strengths[$0] }
    switch semantics {
    case .hCategoriser:
      return w / (1 + attack.reduce(0, +))
    case .dfQuAD:
      let va = 1 - attack.reduce(1) { $0 * (1 - $1) }
      let vs = 1 - support.reduce(1) { $0 * (1 - $1) }
      return va > vs ? w - w * (va - vs) : va < vs ? w + (1 - w) * (vs - va) : w
    case .quadraticEnergy:
      let energy = support.reduce(0, +) - attack.reduce(0, +)
      let h = { (x: Double) in max(x, 0) * max(x, 0) / (1 + max(x, 0) * max(x, 0)) }
      return w - w * h(-energy) + (1 - w) * h(energy)
    }
  }

  @Test(arguments: GradualSemantics.allCases)
  func everyStrengthIsAFixedPointInZeroOne(_ semantics: GradualSemantics) throws {
    for seed in 0..<60 as Range<UInt64> {
      let acyclic = seed % 2 == 0 || semantics == .dfQuAD
      let framework = try Self.random(
        1 + Int(seed % 9), seed: seed, acyclic: acyclic, supports: semantics.takesSupports)
      let strengths = try framework.strengths(under: semantics).strengths
      for argument in 0..<framework.argumentCount {
        #expect((0...1).contains(strengths[argument]), "seed \(seed)")
        let wanted = Self.influence(semantics, of: argument, in: framework, strengths)
        #expect(close(strengths[argument], wanted, within: 1e-8), "seed \(seed), \(argument)")
      }
    }
  }

  @Test(arguments: GradualSemantics.allCases)
  func balanceAndMonotonicity(_ semantics: GradualSemantics) throws {
    for seed in 100..<160 as Range<UInt64> {
      let framework = try Self.random(
        2 + Int(seed % 8), seed: seed, acyclic: true, supports: semantics.takesSupports)
      let strengths = try framework.strengths(under: semantics).strengths
      // Balance: nothing acts on it, so it keeps its base score.
      for argument in 0..<framework.argumentCount
      where framework.attackers[argument].isEmpty && framework.supporters[argument].isEmpty {
        #expect(strengths[argument] == framework.baseScores[argument], "seed \(seed)")
      }
      // Monotonicity: a new attacker (from a later argument, so the graph
      // stays acyclic) never raises the strength; a new supporter never
      // lowers it.
      let target = 0
      let source = framework.argumentCount - 1
      guard !framework.attackers[target].contains(source),
        !framework.supporters[target].contains(source)
      else { continue }
      let attacked = try adding(attack: (source, target), to: framework)
      #expect(
        try attacked.strengths(under: semantics).strengths[target] <= strengths[target] + 1e-12,
        "seed \(seed)")
      if semantics.takesSupports {
        let supported = try adding(support: (source, target), to: framework)
        #expect(
          try supported.strengths(under: semantics).strengths[target] >= strengths[target] - 1e-12,
          "seed \(seed)")
      }
    }
  }

  @Test(arguments: GradualSemantics.allCases)
  func renamingChangesNothing(_ semantics: GradualSemantics) throws {
    for seed in 200..<230 as Range<UInt64> {
      let framework = try Self.random(
        6, seed: seed, acyclic: semantics == .dfQuAD, supports: semantics.takesSupports)
      let order = Array((0..<6).reversed())
      let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
      func moved(_ lists: [[Int]]) -> [(Int, Int)] {
        lists.enumerated().flatMap { target, sources in
          sources.map { (position[$0]!, position[target]!) }
        }
      }
      let renamed = try QuantitativeBipolarFramework(
        names: order.map { "y\($0)" }, baseScores: order.map { framework.baseScores[$0] },
        attackIndices: moved(framework.attackers), supportIndices: moved(framework.supporters))
      let before = try framework.strengths(under: semantics).strengths
      let after = try renamed.strengths(under: semantics).strengths
      for argument in 0..<6 {
        #expect(close(before[argument], after[position[argument]!], within: 1e-8), "seed \(seed)")
      }
    }
  }

  private func adding(
    attack: (Int, Int)? = nil, support: (Int, Int)? = nil,
    to framework: QuantitativeBipolarFramework
  ) throws -> QuantitativeBipolarFramework {
    func pairs(_ lists: [[Int]]) -> [(Int, Int)] {
      lists.enumerated().flatMap { target, sources in sources.map { ($0, target) } }
    }
    return try QuantitativeBipolarFramework(
      names: framework.names, baseScores: framework.baseScores,
      attackIndices: pairs(framework.attackers) + (attack.map { [$0] } ?? []),
      supportIndices: pairs(framework.supporters) + (support.map { [$0] } ?? []))
  }
}

extension GradualSemanticsTests {
  @Test func factsReadWithTheirBaseScores() throws {
    let text = """
      % a claim, one argument against it and one for it
      arg(claim). arg(con). arg(pro).
      att(con, claim).
      sup(pro,claim).
      base(con, 0.8). base(pro, 4e-1).
      """
    let framework = try QuantitativeBipolarFramework(facts: Array(text.utf8))
    #expect(framework.names == ["claim", "con", "pro"])
    #expect(framework.baseScores == [0.5, 0.8, 0.4])
    #expect(framework.attackers == [[1], [], []])
    #expect(framework.supporters == [[2], [], []])
    // vₐ = 0.8 > vₛ = 0.4: 0.5 − 0.5 · 0.4.
    #expect(close(try framework.strengths(under: .dfQuAD).strengths[0], 0.3))
  }

  @Test(arguments: [
    ("arg(a). base(a, 1.5).", "<facts>:1:17: a base score is a number from 0 to 1"),
    ("arg(a). base(a, x).", "<facts>:1:17: a base score is a number from 0 to 1"),
    ("arg(a). base(a,0.1). base(a,0.2).", "<facts>:1:22: argument 'a' has a second base score"),
    ("arg(a).\nsup(a,b).", "<facts>:2:1: sup names argument 'b', which the file does not declare"),
    (
      "arg(a). arg(b). att(a,b). sup(a,b).",
      "<facts>:1:27: 'a' both attacks and supports 'b'; a pair is one or the other"
    ),
    (
      "arg(a). weight(a,1).",
      "<facts>:1:9: unknown fact 'weight'; expected 'arg', 'att', 'sup' or 'base'"
    ),
  ])
  func brokenFactsAreLocated(_ text: String, _ message: String) {
    #expect(throws: (any Error).self) { try QuantitativeBipolarFramework(facts: Array(text.utf8)) }
    do {
      _ = try QuantitativeBipolarFramework(facts: Array(text.utf8))
    } catch {
      #expect(error.description == message)
    }
  }
}
