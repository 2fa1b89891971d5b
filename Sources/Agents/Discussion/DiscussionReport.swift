import Argumentation
import LLMBridge

/// Everything a discussion produced: the arguments and how they were
/// questioned, every turn and model exchange, the solved graph and the
/// decision.
public struct DiscussionReport: Sendable {
  /// How the discussion ended.
  public enum Ending: Hashable, Sendable {
    /// No new argument appeared, after this many rounds of questions.
    case settled(rounds: Int)
    /// The round limit stopped it; these arguments were never questioned.
    case roundLimit(unquestioned: [String])
  }

  public var clinicalCase: ClinicalCase
  public var settings: DiscussionSettings
  /// The model's identity (never a key).
  public var model: String
  public var solution: SolvedGraph
  /// What the Generator said each of its arguments rests on.
  public var bases: [String: ArgumentBasis]
  /// The attacks between beliefs the Reasoner proposed, added or refused.
  public var reasonerAttacks: [ReasonerAttack]
  /// The supports the Reasoner proposed, added or refused.
  public var reasonerSupports: [ReasonerSupport]
  /// The options the decision limit kept out, each with the turn that
  /// would have argued for it ("proposals", "a better alternative to
  /// a3").
  public var leftOutByLimit: [String: String]
  /// Every question asked, in the order asked.
  public var answers: [QuestionAnswer]
  public var turns: [AgentTurn]
  public var exchanges: [ModelExchange]
  public var ending: Ending
  public var decision: DecisionOutcome
  /// The name of each scheme the arguments instantiate, by reference.
  public var schemeNames: [String: String]

  public var graph: ArgumentGraph { solution.graph }

  /// The most options the discussion could argue for.
  public var decisionLimit: Int { settings.decisionLimit(for: clinicalCase) }

  /// Whether the decision limit was reached: as many options argued for
  /// as it allows, so that an option no agent argued for may have been
  /// kept out by it.
  public var decisionLimitReached: Bool { optionsArgued.count >= decisionLimit }

  /// The options some decision argument argues for.
  private var optionsArgued: Set<String> { Set(graph.decisions.compactMap(\.decision)) }

  /// The options no decision argument argues for and the decision limit
  /// did not keep out, in the case's order.
  public var optionsNotArgued: [ClinicalCase.Option] {
    let argued = optionsArgued
    return clinicalCase.options.filter {
      !argued.contains($0.key) && leftOutByLimit[$0.key] == nil
    }
  }

  /// The turns that failed.
  public var failedTurns: [AgentTurn] { turns.filter { !$0.succeeded } }

  /// Why the Generator's proposals failed, when they did.
  ///
  /// Without proposals the discussion never took place: its "no decision"
  /// is a failure of the run, not an outcome of the reasoning.
  public var proposalFailure: String? {
    guard let proposal = turns.first(where: { $0.task == .proposeDecisions }),
      !proposal.succeeded
    else { return nil }
    return "the Generator's proposals failed: " + proposal.summary
  }

  /// The tokens of every exchange: prompt, completion.
  public var tokens: (prompt: Int, completion: Int) { exchanges.tokens }

}
