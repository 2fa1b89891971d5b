/// One turn of an agent: what it was asked to do, of which argument, and
/// how it went.
public struct AgentTurn: Hashable, Sendable {
  public enum Agent: String, Hashable, Sendable {
    case generator
    case verifier
    case reasoner
  }

  public enum Task: String, Hashable, Sendable {
    /// The Generator proposes decisions.
    case proposeDecisions = "propose-decisions"
    /// The Verifier asks an argument its critical questions.
    case askCriticalQuestions = "ask-critical-questions"
    /// The Generator answers a question decided against an argument.
    case counterArgument = "counter-argument"
    /// The Generator brings arguments that support the decisions.
    case supportDecisions = "support-decisions"
    /// The Reasoner looks for attacks between belief arguments.
    case identifyAttacks = "identify-attacks"
    /// The Reasoner looks for supports between arguments.
    case identifySupports = "identify-supports"
    /// The Reasoner solves the framework.
    case solve
  }

  /// Who takes a turn, for what, about which argument.
  struct Heading: Sendable {
    var agent: Agent
    var task: Task
    var subject: String?
  }

  /// 0 for the proposals, then the round of questions.
  public var round: Int
  public var agent: Agent
  public var task: Task
  /// The argument the turn is about, and the question for a counter-argument.
  public var subject: String?
  /// Whether the turn gave what it was asked for.
  public var succeeded: Bool
  /// What came of it, in one sentence; for a failed turn, why it failed.
  public var summary: String
  /// The positions of its model exchanges in the discussion's exchanges.
  public var exchanges: Range<Int>

  public init(
    round: Int, agent: Agent, task: Task, subject: String?, succeeded: Bool, summary: String,
    exchanges: Range<Int>
  ) {
    self.round = round
    self.agent = agent
    self.task = task
    self.subject = subject
    self.succeeded = succeeded
    self.summary = summary
    self.exchanges = exchanges
  }
}
