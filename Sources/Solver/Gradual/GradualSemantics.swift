/// A gradual semantics: how an argument's strength follows from its base
/// score and the strengths of its attackers and supporters.
///
/// Each semantics is an *influence function* (Potyka's term): the strength
/// an argument would have, given its base score and the current strengths
/// of its attackers and supporters. A strength assignment is the fixed
/// point where every argument has the strength its influence gives it
/// (``QuantitativeBipolarFramework/strengths(under:tolerance:maximumIterations:)``).
public enum GradualSemantics: String, CaseIterable, Hashable, Sendable {
  /// DF-QuAD (Rago, Toni, Aurisicchio and Baroni, KR 2016).
  case dfQuAD = "df-quad"
  /// The quadratic energy model (Potyka, KR 2018).
  case quadraticEnergy = "quadratic-energy"
  /// The h-categoriser (Besnard and Hunter, AIJ 2001), in its weighted
  /// form (Amgoud, Ben-Naim, Doder and Vesic, IJCAI 2017); attacks only.
  case hCategoriser = "h-categoriser"

  /// Whether the semantics weighs supports; the h-categoriser does not.
  public var takesSupports: Bool { self != .hCategoriser }

  /// The strength the semantics gives an argument of base score `base`
  /// whose attackers and supporters have these strengths.
  ///
  /// - Complexity: O(*k*) for *k* attackers and supporters.
  func influence(
    base: Double, attackers: some Sequence<Double>, supporters: some Sequence<Double>
  ) -> Double {
    switch self {
    case .dfQuAD: DFQuAD.strength(base: base, attackers: attackers, supporters: supporters)
    case .quadraticEnergy:
      QuadraticEnergy.strength(base: base, attackers: attackers, supporters: supporters)
    case .hCategoriser: HCategoriser.strength(base: base, attackers: attackers)
    }
  }
}

/// The strength of every argument of a framework under a gradual semantics.
public struct GradualStrengths: Hashable, Sendable {
  public let semantics: GradualSemantics
  /// Each argument's strength, in the framework's order, in [0, 1].
  public let strengths: [Double]
  /// The rounds of iteration the cycles took (0 when the framework is
  /// acyclic and one pass in topological order was exact).
  public let iterations: Int

  /// The strength of argument `index`.
  public func strength(of index: Int) -> Double { strengths[index] }
}
