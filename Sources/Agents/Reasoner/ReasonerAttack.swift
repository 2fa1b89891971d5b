import Argumentation

/// An attack between belief arguments that the Reasoner identified, with
/// its justification, and whether it was added to the graph.
public struct ReasonerAttack: Hashable, Sendable {
  public var attacker: String
  public var target: String
  public var kind: AttackKind
  /// The Reasoner's justification.
  public var reason: String
  /// The knowledge statements cited (K1, K2, …).
  public var knowledge: [String]
  /// Why the attack was not added, when it was refused.
  public var refused: String?

  public init(
    attacker: String, target: String, kind: AttackKind, reason: String, knowledge: [String],
    refused: String? = nil
  ) {
    self.attacker = attacker
    self.target = target
    self.kind = kind
    self.reason = reason
    self.knowledge = knowledge
    self.refused = refused
  }
}
