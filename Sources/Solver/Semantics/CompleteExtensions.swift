/// Enumerates the complete (or stable) extensions of a core framework, one
/// SAT call per extension.
///
/// Each model of the complete encoding is a complete extension (its in
/// variables decide the rest); after reporting one, a clause forbids exactly
/// it, so the next call finds another or proves there is none.
///
/// - SeeAlso: Besnard and Doutre, "Checking the acceptability of a set of
///   arguments", NMR 2004 (the encodings).
/// - Complexity: one NP call per extension, plus one to prove there are no
///   more; there can be O(3^(*n*/3)) complete extensions.
final class ModelEnumerator: ExtensionEnumerator {
  private let encoding: ExtensionEncoding

  init(_ framework: ArgumentationFramework, base: ExtensionEncoding.Base, budget: SearchBudget) {
    encoding = ExtensionEncoding(framework, base: base, withRange: false, budget: budget)
  }

  func next() throws(SolverError) -> ArgumentSet? {
    guard try encoding.solve() else { return nil }
    let found = encoding.lastExtension
    encoding.exclude(found)
    return found
  }
}

/// Credulous acceptance under complete semantics (and so under admissible
/// and preferred): one SAT call with the query assumed in.
///
/// - Returns: a complete extension of `framework` containing `query`, or
///   `nil` when none exists.
/// - Complexity: one NP call; the problem is NP-complete.
func completeExtension(
  containing query: Int, in framework: ArgumentationFramework, budget: SearchBudget
) throws(SolverError) -> ArgumentSet? {
  let encoding = ExtensionEncoding(framework, base: .complete, withRange: false, budget: budget)
  guard try encoding.solve(assuming: [encoding.inVariable(query)]) else { return nil }
  return encoding.lastExtension
}

/// An extension search that yields extensions one at a time.
protocol ExtensionEnumerator: AnyObject {
  /// The next extension, or `nil` when there are no more.
  func next() throws(SolverError) -> ArgumentSet?
}
