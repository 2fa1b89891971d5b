import Solver

/// Frameworks with known numbers of extensions.
public enum SampleFrameworks {
  /// `pairs` independent two-cycles `2i ↔ 2i+1`: 2^pairs preferred and
  /// stable extensions, 3^pairs complete ones.
  public static func twoCycles(_ pairs: Int) throws -> ArgumentationFramework {
    var attacks: [(Int, Int)] = []
    for pair in 0..<pairs {
      attacks.append((2 * pair, 2 * pair + 1))
      attacks.append((2 * pair + 1, 2 * pair))
    }
    return try ArgumentationFramework(argumentCount: 2 * pairs, attacks: attacks)
  }
}
