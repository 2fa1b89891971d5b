import CCaDiCaL

/// An incremental SAT solver: CaDiCaL behind a small Swift interface.
///
/// This is the only file in the package that touches a C pointer. Variables
/// are positive integers, literals are signed variables (DIMACS style), and a
/// solver keeps its clauses and learnt clauses between calls, so a sequence of
/// `solve(assuming:)` calls reuses all the work done before.
///
/// A solver is a reference type with mutable state owned by one search; it is
/// created, used and released inside a single call of the solver and never
/// crosses a concurrency boundary.
///
/// - SeeAlso: Biere, Fazekas, Fleury, Heisinger, "CaDiCaL, Kissat, Paracooba,
///   Plingeling and Treengeling entering the SAT Competition 2020".
final class SATSolver {
  /// The answer of one `solve` call.
  enum Outcome: Equatable {
    case satisfiable
    case unsatisfiable
  }

  private let handle: OpaquePointer
  private let budget: Box
  private(set) var variableCount: Int32 = 0
  /// Set once an empty clause is added: no call can succeed any more.
  private var hasEmptyClause = false

  /// What the terminate callback reads: the search budget of the call.
  private final class Box {
    let budget: SearchBudget
    init(_ budget: SearchBudget) { self.budget = budget }
  }

  /// Creates an empty solver that stops when `budget` runs out.
  init(budget: SearchBudget) {
    handle = ccadical_init()
    // CaDiCaL may print "c …" lines on stdout; keep it silent.
    ccadical_set_option(handle, "quiet", 1)
    // Try "in" first: models come out larger, so growing a set to a
    // maximal one takes fewer steps.
    ccadical_set_option(handle, "phase", 1)
    self.budget = Box(budget)
    let state = Unmanaged.passUnretained(self.budget).toOpaque()
    ccadical_set_terminate(handle, state) { state in
      guard let state else { return 0 }
      let box = Unmanaged<Box>.fromOpaque(state).takeUnretainedValue()
      return box.budget.isExhausted ? 1 : 0
    }
  }

  deinit {
    ccadical_release(handle)
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
      ccadical_add(handle, literal)
      isEmpty = false
    }
    if isEmpty {
      // Kept out of CaDiCaL, which would report it on stdout.
      hasEmptyClause = true
      return
    }
    ccadical_add(handle, 0)
  }

  /// Adds a clause of one or two literals without building an array.
  func addClause(_ first: Int32, _ second: Int32? = nil) {
    ccadical_add(handle, first)
    if let second { ccadical_add(handle, second) }
    ccadical_add(handle, 0)
  }

  /// Solves under the given assumptions, which hold for this call only.
  ///
  /// - Throws: `SolverError.cancelled` when the current task is cancelled,
  ///   `SolverError.timeLimitReached` when the budget's deadline passes.
  func solve(assuming assumptions: some Sequence<Int32> = []) throws(SolverError) -> Outcome {
    try budget.budget.check()
    guard !hasEmptyClause else { return .unsatisfiable }
    for literal in assumptions {
      ccadical_assume(handle, literal)
    }
    switch ccadical_solve(handle) {
    case 10: return .satisfiable
    case 20: return .unsatisfiable
    default:
      try budget.budget.check()
      // CaDiCaL stops only when asked to; reaching here means the budget
      // ran out between the callback and the check above.
      throw .timeLimitReached
    }
  }

  /// Whether `literal` is true in the model of the last satisfiable call.
  func isTrue(_ literal: Int32) -> Bool {
    ccadical_val(handle, literal) > 0
  }
}
