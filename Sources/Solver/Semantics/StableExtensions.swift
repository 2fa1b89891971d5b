/// Decides acceptance under stable semantics by one SAT call on the stable
/// encoding: credulous with the query assumed in, skeptical with it assumed
/// out (a model is then a counterexample).
///
/// - SeeAlso: Dimopoulos and Torres, "Graph theoretical structures in logic
///   programs and default theories", TCS 170, 1996 (stable extensions as
///   kernels); Besnard and Doutre, NMR 2004 (the encoding).
/// - Returns: a stable extension that contains `query` (`including: true`) or
///   lacks it (`including: false`), or `nil` when none exists.
/// - Complexity: one NP call. Credulous acceptance is NP-complete, skeptical
///   acceptance coNP-complete.
func stableExtension(
  _ including: Bool, _ query: Int, in framework: ArgumentationFramework, budget: SearchBudget
) throws(SolverError) -> ArgumentSet? {
  let encoding = ExtensionEncoding(framework, base: .stable, withRange: false, budget: budget)
  let literal = encoding.inVariable(query)
  guard try encoding.solve(assuming: [including ? literal : -literal]) else { return nil }
  return encoding.lastExtension
}
