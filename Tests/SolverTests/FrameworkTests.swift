import ArgmedTestSupport
import Solver
import Testing

/// The framework value, grounded semantics at scale, bounds and cancellation.
@Suite struct FrameworkTests {
  @Test func duplicateAttacksFoldAndSelfAttacksStay() throws {
    let framework = try ArgumentationFramework(
      argumentCount: 3, attacks: [(0, 1), (0, 1), (2, 2), (1, 0), (0, 1)])
    #expect(framework.attackCount == 3)
    #expect(Array(framework.attacked(by: 0)) == [1])
    #expect(Array(framework.attackers(of: 2)) == [2])
    #expect(Array(framework.attackers(of: 0)) == [1])
  }

  @Test func namesAreChecked() {
    #expect(throws: SolverError.duplicateArgument("a", location: nil)) {
      try ArgumentationFramework(names: ["a", "a"], attacks: [])
    }
    #expect(throws: SolverError.unknownArgument("c", location: nil)) {
      try ArgumentationFramework(names: ["a", "b"], attacks: [("a", "c")])
    }
    #expect(throws: SolverError.argumentOutOfRange(5, argumentCount: 2)) {
      try ArgumentationFramework(argumentCount: 2, attacks: [(0, 5)])
    }
  }

  @Test func enumerationStopsAtTheExtensionLimit() throws {
    let framework = try SampleFrameworks.twoCycles(10)
    #expect(try DungSolver().countExtensions(of: framework, under: .preferred) == 1024)
    let bounded = DungSolver(limits: SearchLimits(maximumExtensions: 7))
    var seen = 0
    let outcome = try bounded.enumerateExtensions(of: framework, under: .preferred) { _ in
      seen += 1
      return .continue
    }
    #expect(seen == 7 && outcome.count == 7 && outcome.ending == .reachedExtensionLimit)
    let stopped = try DungSolver().enumerateExtensions(of: framework, under: .stable) { _ in .stop }
    #expect(stopped.count == 1 && stopped.ending == .stoppedByCaller)
  }

  @Test func aSpentTimeLimitEndsTheSearch() throws {
    let framework = try SampleFrameworks.twoCycles(20)
    let solver = DungSolver(limits: SearchLimits(timeLimit: .zero))
    let outcome = try solver.enumerateExtensions(of: framework, under: .complete) { _ in .continue }
    #expect(outcome.ending == .reachedTimeLimit)
    #expect(throws: SolverError.timeLimitReached) {
      try solver.skepticalAcceptance(of: 0, in: framework, under: .preferred)
    }
  }

  @Test func cancellingTheConsumerStopsTheSearch() async throws {
    let framework = try SampleFrameworks.twoCycles(20)
    let task = Task { () -> (count: Int, error: SolverError?) in
      var count = 0
      do {
        for try await _ in DungSolver().extensionStream(of: framework, under: .preferred) {
          count += 1
          if count == 100 { withUnsafeCurrentTask { $0?.cancel() } }
        }
        return (count, nil)
      } catch {
        return (count, error as? SolverError)
      }
    }
    // Of 2^20 extensions, the sequence computes none ahead of the consumer:
    // the 101st request meets the cancellation.
    let outcome = await task.value
    #expect(outcome.count == 100 && outcome.error == .cancelled)
  }

  @Test func theSequenceKeepsTheSolversLimits() async throws {
    let framework = try SampleFrameworks.twoCycles(10)
    var seen = 0
    let bounded = DungSolver(limits: SearchLimits(maximumExtensions: 7))
    for try await _ in bounded.extensionStream(of: framework, under: .preferred) { seen += 1 }
    #expect(seen == 7)
    let none = DungSolver(limits: SearchLimits(maximumExtensions: 0, timeLimit: .zero))
    for try await _ in none.extensionStream(of: framework, under: .ideal) { Issue.record("any") }
    let spent = DungSolver(limits: SearchLimits(timeLimit: .zero))
    await #expect(throws: SolverError.timeLimitReached) {
      for try await _ in spent.extensionStream(of: framework, under: .complete) {}
    }
  }

  @Test func cancellationReachesASingleSearch() async throws {
    let framework = try SampleFrameworks.twoCycles(20)
    let task = Task {
      withUnsafeCurrentTask { $0?.cancel() }
      return try DungSolver().countExtensions(of: framework, under: .preferred)
    }
    await #expect(throws: SolverError.cancelled) { try await task.value }
  }

  @Test func theStreamDeliversEveryExtension() async throws {
    var found: Set<ArgumentSet> = []
    for try await set in DungSolver().extensionStream(
      of: try SampleFrameworks.twoCycles(3), under: .complete)
    {
      found.insert(set)
    }
    #expect(found.count == 27)
  }

  @Test func queriesOutsideTheFrameworkAreErrors() throws {
    let framework = try ArgumentationFramework(argumentCount: 2, attacks: [(0, 1)])
    #expect(throws: SolverError.argumentOutOfRange(2, argumentCount: 2)) {
      try DungSolver().credulousAcceptance(of: 2, in: framework, under: .preferred)
    }
  }

  @Test func setPropertiesFollowTheDefinitions() throws {
    // a ↔ b, b → c
    let framework = try ArgumentationFramework(
      names: ["a", "b", "c"], attacks: [("a", "b"), ("b", "a"), ("b", "c")])
    #expect(framework.isConflictFree(ArgumentSet([0, 2])))
    #expect(!framework.isConflictFree(ArgumentSet([0, 1])))
    #expect(framework.isAdmissible(ArgumentSet([0])))
    #expect(!framework.isAdmissible(ArgumentSet([2])))
    #expect(!framework.isComplete(ArgumentSet([0])))
    #expect(framework.isComplete(ArgumentSet([0, 2])))
    #expect(framework.isStable(ArgumentSet([1])))
    #expect(framework.range(of: ArgumentSet([1])) == ArgumentSet([0, 1, 2]))
  }
}

/// The example of the README and of `DungSolver`'s documentation.
@Suite struct ReadmeExampleTests {
  @Test func theLibraryExampleSaysWhatItDoes() async throws {
    let framework = try ArgumentationFramework(
      names: ["a", "b", "c"], attacks: [("a", "b"), ("b", "a"), ("b", "c")])
    let solver = DungSolver(limits: SearchLimits(timeLimit: .seconds(10)))
    #expect(
      Set(try solver.extensions(of: framework, under: .preferred))
        == [ArgumentSet([0, 2]), ArgumentSet([1])])
    let acceptance = try solver.skepticalAcceptance(of: 2, in: framework, under: .preferred)
    #expect(!acceptance.isAccepted && acceptance.witness == ArgumentSet([1]))
    #expect(framework.groundedLabelling().undecidedArguments.count == 3)
    var stable: [ArgumentSet] = []
    for try await found in solver.extensionStream(of: framework, under: .stable) {
      stable.append(found)
    }
    #expect(Set(stable) == [ArgumentSet([0, 2]), ArgumentSet([1])])
  }
}

/// Frameworks of several independent parts.
@Suite struct ComponentTests {
  @Test func aPartWithoutStableExtensionLeavesNoneForTheWhole() throws {
    // a ↔ b beside the odd cycle c → d → e → c.
    let framework = try ArgumentationFramework(
      names: ["a", "b", "c", "d", "e"],
      attacks: [("a", "b"), ("b", "a"), ("c", "d"), ("d", "e"), ("e", "c")])
    let solver = DungSolver()
    #expect(try solver.extensions(of: framework, under: .stable).isEmpty)
    #expect(try solver.countExtensions(of: framework, under: .stable) == 0)
    #expect(!(try solver.credulousAcceptance(of: 0, in: framework, under: .stable).isAccepted))
    #expect(try solver.skepticalAcceptance(of: 0, in: framework, under: .stable).isAccepted)
    #expect(try solver.countExtensions(of: framework, under: .preferred) == 2)
    let witness = try solver.skepticalAcceptance(of: 0, in: framework, under: .semiStable).witness
    #expect(witness == ArgumentSet([1]))
  }

  @Test func aPartWithoutStableExtensionMakesTheCountZeroHoweverLargeTheRest() throws {
    // 64 two-cycles, then an odd cycle: the product of the first parts
    // exceeds 64 bits, the last part has no stable extension.
    var attacks = try SampleFrameworks.twoCycles(64).attacks.map { ($0.attacker, $0.attacked) }
    attacks += [(128, 129), (129, 130), (130, 128)]
    let framework = try ArgumentationFramework(argumentCount: 131, attacks: attacks)
    #expect(try DungSolver().countExtensions(of: framework, under: .stable) == 0)
  }

  @Test(arguments: [9, 15, 41])
  func anOddCycleTooLargeToListHasOnlyTheEmptyPreferredExtension(length: Int) throws {
    // Solved by SAT (past the size listed directly): the search for a
    // non-empty admissible set fails, and ∅ is the one preferred extension.
    let framework = try ArgumentationFramework(
      argumentCount: length, attacks: (0..<length).map { ($0, ($0 + 1) % length) })
    let solver = DungSolver()
    #expect(try solver.extensions(of: framework, under: .preferred) == [.empty])
    #expect(try solver.someExtension(of: framework, under: .preferred) == .empty)
    let skeptical = try solver.skepticalAcceptance(of: 3, in: framework, under: .preferred)
    #expect(!skeptical.isAccepted && skeptical.witness == .empty)
    #expect(!(try solver.credulousAcceptance(of: 3, in: framework, under: .preferred).isAccepted))
    // With 0 attacking its attacker back, {0, 2, 4, …, length − 3} is the
    // one preferred extension.
    let defended = try ArgumentationFramework(
      argumentCount: length,
      attacks: (0..<length).map { ($0, ($0 + 1) % length) } + [(0, length - 1)])
    let preferred = try solver.extensions(of: defended, under: .preferred)
    #expect(preferred == [ArgumentSet(stride(from: 0, to: length - 1, by: 2))])
    #expect(try solver.someExtension(of: defended, under: .preferred) == preferred[0])
    #expect(try solver.skepticalAcceptance(of: 0, in: defended, under: .preferred).isAccepted)
  }

  @Test func countsMultiplyAcrossParts() throws {
    let framework = try SampleFrameworks.twoCycles(30)
    let solver = DungSolver()
    #expect(try solver.countExtensions(of: framework, under: .preferred) == ExtensionCount(1 << 30))
    #expect(try solver.countExtensions(of: framework, under: .complete) == 205_891_132_094_649)
    let more = try SampleFrameworks.twoCycles(50)
    let huge = try solver.countExtensions(of: more, under: .complete)
    #expect(huge.description == "717897987691852588770249")
    #expect(huge.intValue == nil)
    #expect(ExtensionCount(1 << 62).description == "4611686018427387904")
    #expect(ExtensionCount(0).description == "0" && ExtensionCount(0).isZero)
  }
}

/// Millions of arguments, and tens of thousands of parts: seconds each, so
/// in the heavy tests (`swift test --skip /Heavy/` leaves them out).
extension FrameworkTests {
  @Suite struct Heavy {
    @Test func aChainOfTwoMillionArgumentsNeedsNoStack() throws {
      let n = 2_000_000
      let framework = try ArgumentationFramework(
        argumentCount: n, attacks: (0..<(n - 1)).lazy.map { ($0, $0 + 1) })
      let labelling = framework.groundedLabelling()
      #expect(labelling[0] == .in)
      #expect(labelling[n - 1] == .out)
      #expect(labelling.inArguments.count == n / 2)
      let preferred = try DungSolver().extensions(of: framework, under: .preferred)
      #expect(preferred.count == 1 && preferred[0].count == n / 2)
    }
  }
}

extension ComponentTests {
  @Suite struct Heavy {
    @Test func manyTinyPartsNeedNoSolverEach() throws {
      // 20,000 isolated arguments and 10,000 two-cycles.
      var attacks: [(Int, Int)] = []
      for pair in 0..<10_000 {
        attacks.append((20_000 + 2 * pair, 20_001 + 2 * pair))
        attacks.append((20_001 + 2 * pair, 20_000 + 2 * pair))
      }
      let framework = try ArgumentationFramework(argumentCount: 40_000, attacks: attacks)
      let solver = DungSolver()
      for semantics in [Semantics.stage, .preferred, .semiStable, .stable, .ideal] {
        let found = try solver.someExtension(of: framework, under: semantics)
        #expect(found?.count == (semantics == .ideal ? 20_000 : 30_000), "\(semantics)")
      }
      // 2^10,000 has 3,011 decimal digits.
      #expect(try solver.countExtensions(of: framework, under: .stage).description.count == 3_011)
    }
  }
}
