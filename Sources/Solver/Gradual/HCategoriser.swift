/// The h-categoriser's influence (Besnard and Hunter, "A logic-based
/// theory of deductive arguments", AIJ 2001; weighted: Amgoud, Ben-Naim,
/// Doder and Vesic, "Acceptability semantics for weighted argumentation
/// frameworks", IJCAI 2017).
///
/// The strength is w / (1 + Σ σ(b)) over the attackers b, for the base
/// score w; the unweighted form has w = 1. Supports play no part.
enum HCategoriser {
  /// - Complexity: O(*k*) for *k* attackers.
  static func strength(base: Double, attackers: some Sequence<Double>) -> Double {
    base / (1 + attackers.reduce(0, +))
  }
}
