import Solver

extension ArgumentGraph {
  /// A graph of a plain Dung framework, to draw and solve it like any
  /// argument graph: each argument a belief argument named and concluding
  /// its name, each attack stated and rebutting.
  ///
  /// - Complexity: O(*n* + *m*).
  public init(framework: ArgumentationFramework) {
    self.init()
    for name in framework.names {
      // Names of a framework are unique, and no argument is a decision,
      // so neither add can fail.
      try? add(StructuredArgument(id: name, kind: .belief, conclusion: name))
    }
    for (attacker, target) in framework.attacks {
      try? add(
        Attack(
          attacker: framework.name(of: attacker), target: framework.name(of: target),
          kind: .rebutting))
    }
  }
}
