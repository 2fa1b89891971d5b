import Argumentation

/// The Verifier's answer to one critical question asked of an argument.
public struct QuestionAnswer: Hashable, Sendable {
  public enum Verdict: String, Hashable, Sendable {
    /// The argument survives the question.
    case accept
    /// The question is answered against the argument (Definition 1: a
    /// counter-argument follows).
    case reject
  }

  /// The id of the argument asked.
  public var argument: String
  /// The question's id in the argument's scheme.
  public var question: String
  /// The question as asked, with the argument's values.
  public var text: String
  public var verdict: Verdict
  public var reason: String
  /// The knowledge statements cited (K1, K2, …).
  public var knowledge: [String]
  /// The counter-arguments that answer a rejected question, once brought.
  public var counterArguments: [String]
  /// Why a rejected question has no counter-argument, when it has none.
  public var unanswered: String?

  public init(
    argument: String, question: String, text: String, verdict: Verdict, reason: String,
    knowledge: [String], counterArguments: [String] = [], unanswered: String? = nil
  ) {
    self.argument = argument
    self.question = question
    self.text = text
    self.verdict = verdict
    self.reason = reason
    self.knowledge = knowledge
    self.counterArguments = counterArguments
    self.unanswered = unanswered
  }
}
