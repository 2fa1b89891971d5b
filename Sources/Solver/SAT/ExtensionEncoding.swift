/// The standard SAT encoding of a semantics' candidate sets, loaded into an
/// incremental solver.
///
/// Variables: `x(a)` ("a is in") for each argument, `o(a)` ("a is attacked
/// by the set") with `o(a) ↔ ∨ x(b)` over the attackers *b* of *a*, and, when
/// asked for, `r(a) ↔ x(a) ∨ o(a)` ("a is in the range"). Clauses by base:
///
/// - conflict-free: `¬x(a) ∨ ¬x(b)` for each attack *a → b*;
/// - admissible: plus `¬x(a) ∨ o(b)` for each attacker *b* of *a*, and the
///   redundant `¬x(a) ∨ ∨ x(c)` over the attackers *c* of *b* when *b* has
///   at most `directDefenceLimit` attackers;
/// - complete: plus `x(a) ∨ ∨ ¬o(b)` over the attackers *b* of *a*;
/// - stable: conflict-free plus `x(a) ∨ o(a)`.
///
/// Preferred extensions, being the ⊆-maximal admissible sets, are searched
/// on the admissible encoding: without the completeness clauses the proofs
/// that no larger admissible set exists come out shorter.
///
/// - SeeAlso: Besnard and Doutre, "Checking the acceptability of a set of
///   arguments", NMR 2004; Dvořák, Järvisalo, Wallner and Woltran,
///   "Complexity-sensitive decision procedures for abstract argumentation",
///   Artificial Intelligence 206, 2014.
/// - Complexity: O(*n* + *m*) variables and clauses.
final class ExtensionEncoding {
  enum Base {
    case conflictFree
    case admissible
    case complete
    case stable
  }

  /// The most attackers an attacker may have for its redundant defence
  /// clause to be added: past it the clauses grow quadratic in the degree
  /// and cost more than they save.
  static let directDefenceLimit = 16

  let framework: ArgumentationFramework
  let solver: SATSolver
  private let n: Int32
  /// The in-flags of the last satisfiable call's model.
  private(set) var lastExtension = ArgumentSet.empty

  init(
    _ framework: ArgumentationFramework, base: Base, withRange: Bool, budget: SearchBudget
  ) {
    self.framework = framework
    n = Int32(framework.argumentCount)
    solver = SATSolver(budget: budget)
    solver.reserveVariables(upTo: withRange ? 3 * n : 2 * n)
    for a in framework.arguments {
      let attackers = framework.attackers(of: a)
      // o(a) ↔ ∨ x(b)
      solver.addClause([-attacked(a)] + attackers.map { inVariable($0) })
      for b in attackers {
        solver.addClause(-inVariable(b), attacked(a))
        // Conflict-freeness, once per attack (b → a).
        solver.addClause(-inVariable(b), -inVariable(a))
      }
      switch base {
      case .conflictFree:
        break
      case .admissible, .complete:
        for b in attackers {
          solver.addClause(-inVariable(a), attacked(b))
          // Redundant, resolved from the two above through o(b): it lets
          // unit propagation see defence directly, which shortens the
          // proofs that no larger admissible set exists.
          let defenders = framework.attackers(of: b)
          if defenders.count <= Self.directDefenceLimit {
            solver.addClause([-inVariable(a)] + defenders.map { inVariable($0) })
          }
        }
        if base == .complete {
          solver.addClause([inVariable(a)] + attackers.map { -attacked($0) })
        }
      case .stable:
        solver.addClause(inVariable(a), attacked(a))
      }
      if withRange {
        solver.addClause([-rangeVariable(a), inVariable(a), attacked(a)])
        solver.addClause(-inVariable(a), rangeVariable(a))
        solver.addClause(-attacked(a), rangeVariable(a))
      }
    }
  }

  /// x(a): the argument is in.
  func inVariable(_ argument: Int) -> Int32 { Int32(argument) + 1 }
  /// o(a): the argument is attacked by the set.
  func attacked(_ argument: Int) -> Int32 { n + Int32(argument) + 1 }
  /// r(a): the argument is in the range of the set.
  func rangeVariable(_ argument: Int) -> Int32 { 2 * n + Int32(argument) + 1 }

  /// Solves under `assumptions`; on success the model's extension becomes
  /// `lastExtension`.
  func solve(assuming assumptions: [Int32] = []) throws(SolverError) -> Bool {
    guard try solver.solve(assuming: assumptions) == .satisfiable else { return false }
    lastExtension = ArgumentSet(
      ascending: framework.arguments.filter { solver.isTrue(inVariable($0)) })
    return true
  }

  /// The range of `lastExtension` as read from the model.
  func lastRange() -> ArgumentSet {
    ArgumentSet(ascending: framework.arguments.filter { solver.isTrue(rangeVariable($0)) })
  }

  /// Grows `set` to a ⊆-maximal set over `variable` under `assumptions`.
  ///
  /// Repeatedly asks for a strict superset until there is none.
  ///
  /// - Returns: the maximal set; `lastExtension` holds the extension of its
  ///   model (a call that finds no model leaves `lastExtension` alone).
  /// - Complexity: at most *n* + 1 SAT calls.
  func grow(
    _ set: ArgumentSet, over variable: (Int) -> Int32, assuming assumptions: [Int32]
  ) throws(SolverError) -> ArgumentSet {
    var current = set
    while let larger = try strictSuperset(of: current, over: variable, assuming: assumptions) {
      current = larger
    }
    return current
  }

  /// Requires some argument in, for good.
  ///
  /// When a framework's only admissible set is ∅, this makes the admissible
  /// encoding unsatisfiable; otherwise every preferred extension is still a
  /// model, since none is empty. Stated as a clause rather than assumed, it
  /// leaves CaDiCaL free to try its cheap "lucky" assignments, which it
  /// skips under assumptions and which on sparse random frameworks often
  /// find a set at once where search takes thousands of conflicts.
  func requireSomeArgument() {
    solver.addClause(framework.arguments.map(inVariable))
  }

  /// Grows `set` to a ⊆-maximal model, committing the encoding to each set
  /// found: every step adds its set's arguments as unit clauses and "another
  /// one too" as a clause, for good, instead of assuming them.
  ///
  /// The last call, which proves maximality, leaves the encoding
  /// unsatisfiable: use it for one answer only. In exchange no call carries
  /// assumptions, so each may be answered by a lucky assignment, and the
  /// solver simplifies with the units.
  ///
  /// - Returns: the maximal set.
  /// - Complexity: at most *n* + 1 SAT calls.
  func growForGood(_ set: ArgumentSet) throws(SolverError) -> ArgumentSet {
    var current = set
    var committed = ArgumentSet.empty
    while true {
      for argument in current where !committed.contains(argument) {
        solver.addClause(inVariable(argument))
      }
      committed = current
      solver.addClause(outside(current, over: inVariable))
      guard try solve() else { return current }
      current = lastExtension
    }
  }

  /// A model that makes every variable of `set` true and another one too,
  /// as the set of its true variables, or `nil` when `set` is ⊆-maximal.
  ///
  /// The clause "another one too" is guarded by a fresh activation literal
  /// and retired after the call.
  func strictSuperset(
    of set: ArgumentSet, over variable: (Int) -> Int32, assuming assumptions: [Int32] = []
  ) throws(SolverError) -> ArgumentSet? {
    let activation = solver.newVariable()
    solver.addClause([-activation] + outside(set, over: variable))
    let satisfiable = try solve(assuming: assumptions + [activation] + set.map(variable))
    // Read the model before adding a clause, which discards it.
    let larger =
      satisfiable
      ? ArgumentSet(ascending: framework.arguments.filter { solver.isTrue(variable($0)) }) : nil
    solver.addClause(-activation)
    return larger
  }

  /// The literals of `variable` for the arguments outside `set`.
  private func outside(_ set: ArgumentSet, over variable: (Int) -> Int32) -> [Int32] {
    let members = set.membership(argumentCount: framework.argumentCount)
    return framework.arguments.filter { !members[$0] }.map(variable)
  }

  /// Assumptions that make `variable` true exactly on `set`.
  func exactly(_ set: ArgumentSet, over variable: (Int) -> Int32) -> [Int32] {
    let members = set.membership(argumentCount: framework.argumentCount)
    return framework.arguments.map { members[$0] ? variable($0) : -variable($0) }
  }

  /// Forbids `set` and all its subsets over `variable`, for good.
  func excludeSubsets(of set: ArgumentSet, over variable: (Int) -> Int32) {
    solver.addClause(outside(set, over: variable))
  }

  /// Forbids exactly this extension, for good or while `activation` holds.
  func exclude(_ extension: ArgumentSet, unless activation: Int32? = nil) {
    var clause = exactly(`extension`, over: inVariable).map { -$0 }
    if let activation { clause.append(-activation) }
    solver.addClause(clause)
  }
}
