/// A support between arguments that the Reasoner identified, with its
/// justification, and whether it was added to the graph.
public struct ReasonerSupport: Hashable, Sendable {
  public var supporter: String
  public var target: String
  /// The Reasoner's justification.
  public var reason: String
  /// The knowledge statements cited (K1, K2, …).
  public var knowledge: [String]
  /// Why the support was not added, when it was refused.
  public var refused: String?

  public init(
    supporter: String, target: String, reason: String, knowledge: [String],
    refused: String? = nil
  ) {
    self.supporter = supporter
    self.target = target
    self.reason = reason
    self.knowledge = knowledge
    self.refused = refused
  }
}
