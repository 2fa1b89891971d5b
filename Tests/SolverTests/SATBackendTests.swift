import ArgmedTestSupport
import Solver
import Testing

/// The SAT oracle behind `IncrementalSATSolver`: CaDiCaL's C API, its
/// IPASIR interface, and a solver plugged in from outside.
@Suite struct SATBackendTests {
  /// A solver that forwards to the IPASIR backend and counts what it is
  /// asked: proof that the searches call the backend they are given.
  final class CountingSolver: IncrementalSATSolver {
    let inner = SATBackend.ipasir.makeSolver()
    let counts: Counts

    final class Counts: @unchecked Sendable {
      var solves = 0
      var clauses = 0
    }

    init(counts: Counts) { self.counts = counts }

    func add(_ literalOrZero: Int32) {
      if literalOrZero == 0 { counts.clauses += 1 }
      inner.add(literalOrZero)
    }
    func assume(_ literal: Int32) { inner.assume(literal) }
    func solve() -> Int32 {
      counts.solves += 1
      return inner.solve()
    }
    func value(_ literal: Int32) -> Int32 { inner.value(literal) }
    func setTerminate(_ shouldStop: @escaping () -> Bool) { inner.setTerminate(shouldStop) }
  }

  @Test(arguments: stride(from: UInt64(0), to: 150, by: 3).map { $0 })
  func theIPASIRInterfaceMatchesTheOracle(seed: UInt64) throws {
    let (framework, expectations) = try OracleTests.expectations(seed: seed)
    let solver = DungSolver(satBackend: .ipasir)
    for (semantics, expected) in expectations {
      let found = try solver.extensions(of: framework, under: semantics)
      #expect(Set(found) == Set(expected), "seed \(seed) \(semantics)")
      for argument in framework.arguments {
        let credulous = try solver.credulousAcceptance(
          of: argument, in: framework, under: semantics)
        #expect(
          credulous.isAccepted == expected.contains { $0.contains(argument) },
          "seed \(seed) DC \(semantics) \(argument)")
      }
    }
  }

  @Test func aPluggedInSolverIsTheOneCalled() throws {
    // A 30-argument odd cycle with a tail: preferred semantics needs SAT.
    var attacks = (0..<29).map { ($0, $0 + 1) } + [(29, 0)]
    attacks.append((5, 30))
    let framework = try ArgumentationFramework(argumentCount: 31, attacks: attacks)
    let counts = CountingSolver.Counts()
    let backend = SATBackend(name: "counting") { CountingSolver(counts: counts) }
    let plugged = try DungSolver(satBackend: backend).extensions(of: framework, under: .preferred)
    #expect(Set(plugged) == Set(try DungSolver().extensions(of: framework, under: .preferred)))
    #expect(counts.solves > 0 && counts.clauses > 0)
  }

  @Test func builtInBackendsAreFoundByName() {
    #expect(SATBackend(named: "cadical")?.name == "cadical")
    #expect(SATBackend(named: "ipasir")?.name == "ipasir")
    #expect(SATBackend(named: "minisat") == nil)
  }
}
