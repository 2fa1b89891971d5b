/// DF-QuAD's influence (Rago, Toni, Aurisicchio and Baroni, "Discontinuity-
/// free decision support with quantitative argumentation debates", KR
/// 2016).
///
/// Attackers' and supporters' strengths are each aggregated as
/// F(v₁ … vₙ) = 1 − Π(1 − vᵢ) (F of none is 0); with vₐ for the attackers
/// and vₛ for the supporters, the strength is the base score w when they
/// are equal, w − w·(vₐ − vₛ) when the attackers weigh more, and
/// w + (1 − w)·(vₛ − vₐ) when the supporters do.
enum DFQuAD {
  /// - Complexity: O(*k*) for *k* attackers and supporters.
  static func strength(
    base: Double, attackers: some Sequence<Double>, supporters: some Sequence<Double>
  ) -> Double {
    let attack = aggregate(attackers)
    let support = aggregate(supporters)
    if attack > support { return base - base * (attack - support) }
    if attack < support { return base + (1 - base) * (support - attack) }
    return base
  }

  /// 1 − Π(1 − vᵢ): the probabilistic sum, 0 for no values.
  static func aggregate(_ values: some Sequence<Double>) -> Double {
    1 - values.reduce(1) { $0 * (1 - $1) }
  }
}
