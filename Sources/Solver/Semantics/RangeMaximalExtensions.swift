/// Semi-stable and stage extensions: the complete (for semi-stable) or
/// conflict-free (for stage) sets whose range — the set with everything it
/// attacks — is ⊆-maximal.
///
/// Both run the same procedures over range variables `r(a) ↔ x(a) ∨ o(a)`,
/// on the complete encoding for semi-stable and the conflict-free one for
/// stage. When a stable extension exists, both coincide with stable.
///
/// - SeeAlso: Caminada, "Semi-stable semantics", COMMA 2006; Verheij,
///   "Two approaches to dialectical argumentation: admissible sets and
///   argumentation stages", NAIC 1996; Dvořák, Järvisalo, Wallner and
///   Woltran, AIJ 206, 2014 (the CEGAR procedures).
enum RangeBase {
  case complete
  case conflictFree

  var encodingBase: ExtensionEncoding.Base {
    switch self {
    case .complete: .complete
    case .conflictFree: .conflictFree
    }
  }
}

/// Enumerates the extensions of maximal range.
///
/// When the framework has a stable extension, the extensions of maximal
/// range are exactly the stable ones, and they are listed as such. Otherwise:
/// find a candidate, grow its range to a maximal range *R*, list every
/// extension whose range is exactly *R*, then forbid every range ⊆ *R* and
/// repeat.
///
/// - Complexity: one NP call to look for a stable extension; then per
///   maximal range, at most *n* + 1 NP calls to find it and one per
///   extension with that range. Verifying an extension is coNP-complete;
///   credulous and skeptical acceptance are Σ₂ᵖ- and Π₂ᵖ-complete.
final class RangeMaximalEnumerator: ExtensionEnumerator {
  private let framework: ArgumentationFramework
  private let base: RangeBase
  private let budget: SearchBudget
  private enum Mode {
    case undecided
    case stable(ModelEnumerator)
    case range(ExtensionEncoding)
  }
  private var mode = Mode.undecided
  /// The maximal range being listed, with the literal that guards the
  /// clauses forbidding the extensions already reported for it.
  private var current: (range: ArgumentSet, activation: Int32)?

  init(_ framework: ArgumentationFramework, base: RangeBase, budget: SearchBudget) {
    self.framework = framework
    self.base = base
    self.budget = budget
  }

  func next() throws(SolverError) -> ArgumentSet? {
    switch mode {
    case .undecided:
      let stable = ModelEnumerator(framework, base: .stable, budget: budget)
      if let first = try stable.next() {
        mode = .stable(stable)
        return first
      }
      let encoding = ExtensionEncoding(
        framework, base: base.encodingBase, withRange: true, budget: budget)
      mode = .range(encoding)
      return try nextOfMaximalRange(encoding)
    case .stable(let stable):
      return try stable.next()
    case .range(let encoding):
      return try nextOfMaximalRange(encoding)
    }
  }

  private func nextOfMaximalRange(_ encoding: ExtensionEncoding) throws(SolverError) -> ArgumentSet?
  {
    while true {
      if let (range, activation) = current {
        let exactRange = encoding.exactly(range, over: encoding.rangeVariable)
        if try encoding.solve(assuming: [activation] + exactRange) {
          let found = encoding.lastExtension
          encoding.exclude(found, unless: activation)
          return found
        }
        encoding.solver.addClause(-activation)
        encoding.excludeSubsets(of: range, over: encoding.rangeVariable)
        current = nil
      }
      guard try encoding.solve() else { return nil }
      let range = try encoding.grow(
        encoding.lastRange(), over: encoding.rangeVariable, assuming: [])
      current = (range, encoding.solver.newVariable())
    }
  }
}

/// An extension of maximal range that contains (`including: true`) or lacks
/// (`including: false`) the query, or `nil` when there is none.
///
/// When the framework has stable extensions they are the extensions of
/// maximal range, and the stable encoding answers. Otherwise, by CEGAR. To
/// include the query: find a candidate with it and grow its range within
/// that condition to *R*; if no candidate at all has a range ⊋ *R*, the
/// candidate is an extension. To exclude the query: find a candidate
/// without it and grow its range freely to a maximal *R*; if some candidate
/// of range exactly *R* lacks the query, it is an extension. Either way, when
/// the round finds none, no extension meeting the condition has a range
/// ⊆ *R*: forbid those ranges and repeat. (Growing freely saves a proof per
/// round when excluding; when including it would wander among ranges whose
/// extensions all lack the query.)
///
/// - Complexity: Σ₂ᵖ-complete (credulous) and Π₂ᵖ-complete (skeptical, the
///   complement of `including: false`); two NP calls on the stable encoding,
///   then each round costs at most *n* + 3 NP calls and removes at least one
///   range.
func rangeMaximalExtension(
  _ including: Bool, _ query: Int, in framework: ArgumentationFramework, base: RangeBase,
  budget: SearchBudget
) throws(SolverError) -> ArgumentSet? {
  let stable = ExtensionEncoding(framework, base: .stable, withRange: false, budget: budget)
  let stableLiteral = stable.inVariable(query)
  if try stable.solve(assuming: [including ? stableLiteral : -stableLiteral]) {
    return stable.lastExtension
  }
  if try stable.solve() { return nil }

  let encoding = ExtensionEncoding(
    framework, base: base.encodingBase, withRange: true, budget: budget)
  let literal = encoding.inVariable(query)
  let condition = [including ? literal : -literal]
  while try encoding.solve(assuming: condition) {
    if including {
      let range = try encoding.grow(
        encoding.lastRange(), over: encoding.rangeVariable, assuming: condition)
      let candidate = encoding.lastExtension
      guard try encoding.strictSuperset(of: range, over: encoding.rangeVariable) != nil else {
        return candidate
      }
      encoding.excludeSubsets(of: range, over: encoding.rangeVariable)
    } else {
      let range = try encoding.grow(
        encoding.lastRange(), over: encoding.rangeVariable, assuming: [])
      let exactRange = encoding.exactly(range, over: encoding.rangeVariable)
      if try encoding.solve(assuming: condition + exactRange) { return encoding.lastExtension }
      encoding.excludeSubsets(of: range, over: encoding.rangeVariable)
    }
  }
  return nil
}
