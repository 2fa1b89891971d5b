/// The quadratic energy model's influence (Potyka, "Continuous dynamical
/// systems for weighted bipolar argumentation", KR 2018).
///
/// The energy E is the supporters' strengths summed less the attackers';
/// with h(x) = max(x, 0)² / (1 + max(x, 0)²), the strength is
/// w − w·h(−E) + (1 − w)·h(E) for the base score w.
enum QuadraticEnergy {
  /// - Complexity: O(*k*) for *k* attackers and supporters.
  static func strength(
    base: Double, attackers: some Sequence<Double>, supporters: some Sequence<Double>
  ) -> Double {
    let energy = supporters.reduce(0, +) - attackers.reduce(0, +)
    return base - base * damped(-energy) + (1 - base) * damped(energy)
  }

  /// h(x) = max(x, 0)² / (1 + max(x, 0)²).
  static func damped(_ energy: Double) -> Double {
    let positive = max(energy, 0)
    return positive * positive / (1 + positive * positive)
  }
}
