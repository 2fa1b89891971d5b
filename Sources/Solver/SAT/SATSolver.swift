/// The searches' view of an incremental SAT solver: variables handed out,
/// clauses added whole, answers checked against the search budget; the
/// solver itself is the budget's `SATBackend` (CaDiCaL by default).
///
/// Variables are positive integers, literals are signed variables (DIMACS
/// style), and a solver keeps its clauses and learnt clauses between calls,
/// so a sequence of `solve(assuming:)` calls reuses all the work done before.
///
/// A solver is a reference type with mutable state owned by one search; it is
/// created, used and released inside a single call of the solver and never
/// crosses a concurrency boundary.
final class SATSolver {
  /// The answer of one `solve` call.
  enum Outcome: Equatable {
    case satisfiable
    case unsatisfiable
  }

  private let backend: any IncrementalSATSolver
  private let budget: SearchBudget
  private(set) var variableCount: Int32 = 0
  /// Set once an empty clause is added: no call can succeed any more.
  private var hasEmptyClause = false

  /// Creates an empty solver of the budget's backend that stops when
  /// `budget` runs out.
  init(budget: SearchBudget) {
    backend = budget.satBackend.makeSolver()
    self.budget = budget
    backend.setTerminate { budget.isExhausted }
  }

  /// Returns a fresh variable.
  func newVariable() -> Int32 {
    variableCount += 1
    return variableCount
  }

  /// Reserves variables `1...count` (for encodings that number their own).
  func reserveVariables(upTo count: Int32) {
    variableCount = max(variableCount, count)
  }

  /// Adds the clause `literals[0] ∨ literals[1] ∨ …`.
  func addClause(_ literals: some Sequence<Int32>) {
    var isEmpty = true
    for literal in literals {
      backend.add(literal)
      isEmpty = false
    }
    if isEmpty {
      // Kept out of CaDiCaL, which would report it on stdout.
      hasEmptyClause = true
      return
    }
    backend.add(0)
  }

  /// Adds a clause of one or two literals without building an array.
  func addClause(_ first: Int32, _ second: Int32? = nil) {
    backend.add(first)
    if let second { backend.add(second) }
    backend.add(0)
  }

  /// Solves under the given assumptions, which hold for this call only.
  ///
  /// - Throws: `SolverError.cancelled` when the current task is cancelled,
  ///   `SolverError.timeLimitReached` when the budget's deadline passes.
  func solve(assuming assumptions: some Sequence<Int32> = []) throws(SolverError) -> Outcome {
    try budget.check()
    guard !hasEmptyClause else { return .unsatisfiable }
    for literal in assumptions {
      backend.assume(literal)
    }
    switch backend.solve() {
    case 10: return .satisfiable
    case 20: return .unsatisfiable
    default:
      try budget.check()
      // The solver stops only when asked to; reaching here means the budget
      // ran out between the callback and the check above.
      throw .timeLimitReached
    }
  }

  /// Whether `literal` is true in the model of the last satisfiable call.
  func isTrue(_ literal: Int32) -> Bool {
    backend.value(literal) > 0
  }
}
