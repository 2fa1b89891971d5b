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

  init(_ framework: ArgumentationFramework, budget: SearchBudget) {
    encoding = ExtensionEncoding(framework, base: .admissible, withRange: false, budget: budget)
  }

  func next() throws(SolverError) -> ArgumentSet? {
    guard try encoding.solve() else { return nil }
    let maximal = try encoding.grow(
      encoding.lastExtension, over: encoding.inVariable, assuming: [])
    encoding.excludeSubsets(of: maximal, over: encoding.inVariable)
    return maximal
  }
}

/// A preferred extension that contains `query`: an admissible set with the
/// query, grown to a maximal one.
///
/// - Complexity: at most *n* + 2 NP calls; credulous acceptance under
///   preferred semantics is NP-complete (it equals credulous acceptance
///   under complete semantics).
func preferredExtension(
  containing query: Int, in framework: ArgumentationFramework, budget: SearchBudget
) throws(SolverError) -> ArgumentSet? {
  let encoding = ExtensionEncoding(framework, base: .admissible, withRange: false, budget: budget)
  let assumption = [encoding.inVariable(query)]
  guard try encoding.solve(assuming: assumption) else { return nil }
  return try encoding.grow(encoding.lastExtension, over: encoding.inVariable, assuming: assumption)
}

/// A preferred extension that lacks `query`, found by counterexample-guided
/// abstraction refinement (CEGAR), or `nil` when `query` is skeptically
/// accepted.
///
/// Loop: find an admissible set *E* without the query and grow it within
/// "query out". If *E* has no admissible strict superset at all, it is a
/// preferred extension without the query. Otherwise a superset holds the
/// query: grow that to a preferred *P* and forbid every subset of *P*, which
/// can hold no preferred extension but *P*. No model left means every
/// preferred extension holds the query.
///
/// - SeeAlso: Dvořák, Järvisalo, Wallner and Woltran, "Complexity-sensitive
///   decision procedures for abstract argumentation", AIJ 206, 2014
///   (CEGARTIX); Niskanen and Järvisalo, "μ-toksia: an efficient abstract
///   argumentation reasoner", KR 2020.
/// - Complexity: the problem is Π₂ᵖ-complete; each round costs at most
///   2*n* + 3 NP calls and removes at least one preferred extension holding
///   the query, so there are at most as many rounds as such extensions + 1.
func preferredExtension(
  excluding query: Int, in framework: ArgumentationFramework, budget: SearchBudget
) throws(SolverError) -> ArgumentSet? {
  let encoding = ExtensionEncoding(framework, base: .admissible, withRange: false, budget: budget)
  let queryOut = [-encoding.inVariable(query)]
  while try encoding.solve(assuming: queryOut) {
    let candidate = try encoding.grow(
      encoding.lastExtension, over: encoding.inVariable, assuming: queryOut)
    guard try encoding.hasStrictSuperset(of: candidate, over: encoding.inVariable) else {
      return candidate
    }
    let preferred = try encoding.grow(
      encoding.lastExtension, over: encoding.inVariable, assuming: [])
    encoding.excludeSubsets(of: preferred, over: encoding.inVariable)
  }
  return nil
}
