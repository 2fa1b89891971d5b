/// Enumerates the preferred extensions: find an admissible set, grow it to a
/// ⊆-maximal one, report it, and forbid it and all its subsets.
///
/// This is the PrefSAT scheme of ArgSemSAT. Blocking the subsets of each
/// preferred extension *P* is sound, since no other preferred extension is
/// a subset of *P*, and it makes every later model a new extension.
///
/// - SeeAlso: Cerutti, Dunne, Giacomin and Vallati, "Computing preferred
///   extensions in abstract argumentation: a SAT-based approach", TAFA 2013;
///   Cerutti, Giacomin and Vallati, "How we designed winning algorithms for
///   abstract argumentation and which insight we attained", AIJ 276, 2019.
/// - Complexity: per extension, at most *n* + 1 NP calls to grow it (one
///   extension is in FP^NP); there can be O(3^(*n*/3)) extensions.
final class PreferredEnumerator: ExtensionEnumerator {
  private let encoding: ExtensionEncoding
  private var hasStarted = false

  init(_ framework: ArgumentationFramework, budget: SearchBudget) {
    encoding = ExtensionEncoding(framework, base: .admissible, withRange: false, budget: budget)
  }

  func next() throws(SolverError) -> ArgumentSet? {
    if !hasStarted {
      hasStarted = true
      // The first call without assumptions, so that CaDiCaL may answer it
      // with a lucky assignment (see `requireSomeArgument()`).
      // Unsatisfiable: ∅ is the framework's only admissible set, so its one
      // preferred extension; the clause keeps every later call unsatisfiable.
      encoding.requireSomeArgument()
      guard try encoding.solve() else { return .empty }
    } else {
      guard try encoding.solve() else { return nil }
    }
    let maximal = try encoding.grow(
      encoding.lastExtension, over: encoding.inVariable, assuming: [])
    encoding.excludeSubsets(of: maximal, over: encoding.inVariable)
    return maximal
  }
}

/// Some preferred extension: an admissible set that is not empty where one
/// exists, grown to a maximal one on an encoding used for this answer only.
///
/// Every clause is added for good and no call carries assumptions, which
/// lets CaDiCaL try its lucky assignments on each call (see
/// `ExtensionEncoding.requireSomeArgument()` and `growForGood(_:)`).
///
/// - Complexity: at most *n* + 2 NP calls; one preferred extension is in
///   FP^NP.
func somePreferredExtension(
  of framework: ArgumentationFramework, budget: SearchBudget
) throws(SolverError) -> ArgumentSet {
  let encoding = ExtensionEncoding(framework, base: .admissible, withRange: false, budget: budget)
  encoding.requireSomeArgument()
  // No admissible set but ∅: ∅ is the one preferred extension.
  guard try encoding.solve() else { return .empty }
  return try encoding.growForGood(encoding.lastExtension)
}

/// A preferred extension that contains `query`: an admissible set with the
/// query, grown to a maximal one.
///
/// The query is a unit clause, not an assumption, and the growth is for
/// good, as in `somePreferredExtension(of:budget:)`.
///
/// - Complexity: at most *n* + 2 NP calls; credulous acceptance under
///   preferred semantics is NP-complete (it equals credulous acceptance
///   under complete semantics).
func preferredExtension(
  containing query: Int, in framework: ArgumentationFramework, budget: SearchBudget
) throws(SolverError) -> ArgumentSet? {
  let encoding = ExtensionEncoding(framework, base: .admissible, withRange: false, budget: budget)
  encoding.solver.addClause(encoding.inVariable(query))
  guard try encoding.solve() else { return nil }
  return try encoding.growForGood(encoding.lastExtension)
}

/// A preferred extension that lacks `query`, found by counterexample-guided
/// abstraction refinement (CEGAR), or `nil` when `query` is skeptically
/// accepted.
///
/// Loop: find an admissible set *E* without the query (the abstraction),
/// and grow it to a preferred extension *P*. If *P* lacks the query, it is
/// the counterexample. Otherwise forbid every subset of *P* (the
/// refinement): no preferred extension but *P* lies there, so no
/// counterexample is lost, and *E* cannot come back. No admissible set left
/// without the query means every preferred extension holds it. Growing
/// without the restriction costs one proof of maximality per round, where
/// growing first within "query out" and then checking would cost two.
/// The first round's *P* is found without assumptions
/// (`somePreferredExtension(of:budget:)`), so that CaDiCaL may answer with
/// its lucky assignments; the later rounds share one solver and what it
/// has learnt.
///
/// - SeeAlso: Dvořák, Järvisalo, Wallner and Woltran, "Complexity-sensitive
///   decision procedures for abstract argumentation", AIJ 206, 2014
///   (CEGARTIX); Niskanen and Järvisalo, "μ-toksia: an efficient abstract
///   argumentation reasoner", KR 2020.
/// - Complexity: the problem is Π₂ᵖ-complete; each round costs at most
///   *n* + 2 NP calls and removes a preferred extension holding the query,
///   so there are at most as many rounds as such extensions, plus one.
func preferredExtension(
  excluding query: Int, in framework: ArgumentationFramework, budget: SearchBudget
) throws(SolverError) -> ArgumentSet? {
  // First some preferred extension, found without assumptions (see
  // `somePreferredExtension(of:budget:)`): on most frameworks where the
  // query is not skeptically accepted, it already lacks the query.
  let first = try somePreferredExtension(of: framework, budget: budget)
  if !first.contains(query) { return first }
  let encoding = ExtensionEncoding(framework, base: .admissible, withRange: false, budget: budget)
  encoding.excludeSubsets(of: first, over: encoding.inVariable)
  let queryOut = [-encoding.inVariable(query)]
  while try encoding.solve(assuming: queryOut) {
    let preferred = try encoding.grow(
      encoding.lastExtension, over: encoding.inVariable, assuming: [])
    if !preferred.contains(query) { return preferred }
    encoding.excludeSubsets(of: preferred, over: encoding.inVariable)
  }
  return nil
}
