import Solver

/// Random frameworks for property tests.
public enum RandomFrameworks {
  /// A framework of `argumentCount` arguments where each ordered pair
  /// (self-attacks included) is an attack with probability `density`.
  public static func erdosRenyi(
    argumentCount: Int, density: Double, using generator: inout some RandomNumberGenerator
  ) throws -> ArgumentationFramework {
    var attacks: [(Int, Int)] = []
    for attacker in 0..<argumentCount {
      for attacked in 0..<argumentCount where Double.random(in: 0..<1, using: &generator) < density
      {
        attacks.append((attacker, attacked))
      }
    }
    return try ArgumentationFramework(argumentCount: argumentCount, attacks: attacks)
  }
}
