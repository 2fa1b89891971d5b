import ArgmedTestSupport
import Solver
import Testing

/// Seeded random frameworks against the brute-force oracle.
///
/// Every semantics and task is checked; the seed is in every failure
/// message.
@Suite struct OracleTests {
  static let seeds: [UInt64] = Array(0..<150)

  static func framework(seed: UInt64) throws -> ArgumentationFramework {
    var generator = SplitMix64(seed: seed)
    let size = Int.random(in: 0...12, using: &generator)
    let density = [0.05, 0.1, 0.15, 0.25, 0.4][Int.random(in: 0..<5, using: &generator)]
    return try RandomFrameworks.erdosRenyi(argumentCount: size, density: density, using: &generator)
  }

  /// The framework of `seed`, and the oracle's extensions of it under every
  /// semantics.
  static func expectations(
    seed: UInt64
  ) throws -> (ArgumentationFramework, [(Semantics, [ArgumentSet])]) {
    let framework = try framework(seed: seed)
    let oracle = BruteForceOracle(framework)
    return (framework, Semantics.allCases.map { ($0, oracle.extensions(under: $0)) })
  }

  @Test(arguments: seeds)
  func textbookInclusionsHold(seed: UInt64) throws {
    let framework = try Self.framework(seed: seed)
    let solver = DungSolver()
    let grounded = framework.groundedExtension()
    let complete = try solver.extensions(of: framework, under: .complete)
    let preferred = try solver.extensions(of: framework, under: .preferred)
    let semiStable = try solver.extensions(of: framework, under: .semiStable)
    let stable = try solver.extensions(of: framework, under: .stable)
    let ideal = try solver.extensions(of: framework, under: .ideal)
    #expect(complete.allSatisfy { grounded.isSubset(of: $0) }, "seed \(seed) grounded ⊆ complete")
    #expect(Set(stable).isSubset(of: Set(semiStable)), "seed \(seed) stable ⊆ semi-stable")
    #expect(Set(semiStable).isSubset(of: Set(preferred)), "seed \(seed) semi-stable ⊆ preferred")
    #expect(Set(preferred).isSubset(of: Set(complete)), "seed \(seed) preferred ⊆ complete")
    #expect(ideal.count == 1, "seed \(seed) one ideal extension")
    #expect(
      preferred.allSatisfy { ideal[0].isSubset(of: $0) }, "seed \(seed) ideal ⊆ preferred")
    for set in complete {
      let labelling = framework.labelling(of: set)
      for argument in framework.arguments {
        let attackers = framework.attackers(of: argument)
        let isIn = attackers.allSatisfy { labelling[$0] == .out }
        let isOut = attackers.contains { labelling[$0] == .in }
        #expect((labelling[argument] == .in) == isIn, "seed \(seed) legal in-label")
        #expect((labelling[argument] == .out) == isOut, "seed \(seed) legal out-label")
      }
    }
  }
}

/// Every semantics and task against the oracle: seconds, so in the heavy
/// tests (`swift test --skip /Heavy/` leaves them out).
extension OracleTests {
  @Suite struct Heavy {
    @Test(arguments: OracleTests.seeds)
    func extensionsMatchTheOracle(seed: UInt64) throws {
      let (framework, expectations) = try OracleTests.expectations(seed: seed)
      let solver = DungSolver()
      for (semantics, expected) in expectations {
        let found = try solver.extensions(of: framework, under: semantics)
        #expect(found.count == Set(found).count, "seed \(seed) \(semantics): repeats")
        #expect(Set(found) == Set(expected), "seed \(seed) \(semantics)")
        #expect(
          try solver.countExtensions(of: framework, under: semantics)
            == ExtensionCount(expected.count),
          "seed \(seed) \(semantics) count")
        let one = try solver.someExtension(of: framework, under: semantics)
        #expect(one.map(expected.contains) ?? expected.isEmpty, "seed \(seed) \(semantics) one")
      }
    }

    @Test(arguments: OracleTests.seeds)
    func acceptanceMatchesTheOracle(seed: UInt64) throws {
      let (framework, expectations) = try OracleTests.expectations(seed: seed)
      let solver = DungSolver()
      for (semantics, expected) in expectations {
        for argument in framework.arguments {
          let credulous = try solver.credulousAcceptance(
            of: argument, in: framework, under: semantics)
          let skeptical = try solver.skepticalAcceptance(
            of: argument, in: framework, under: semantics)
          // A credulous YES is shown by an extension that holds the
          // argument, a skeptical NO by one that does not.
          for (task, acceptance, answer, witnessHolds) in [
            ("DC", credulous, expected.contains { $0.contains(argument) }, true),
            ("DS", skeptical, expected.allSatisfy { $0.contains(argument) }, false),
          ] {
            let place = "seed \(seed) \(semantics) \(task) \(argument)"
            #expect(acceptance.isAccepted == answer, "\(place)")
            #expect((acceptance.witness != nil) == (answer == witnessHolds), "\(place) witness")
            if let witness = acceptance.witness {
              #expect(
                expected.contains(witness) && witness.contains(argument) == witnessHolds,
                "\(place) witness \(witness)")
            }
          }
        }
      }
    }
  }
}
