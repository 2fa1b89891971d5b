import LLMBridge

/// One thing an agent asks of the model, the shape all three agents share:
/// the turn it is, the request built from the discussion, and the typed
/// reading of a reply that fits the request's schema.
///
/// Each agent's folder holds its requests (`ProposalRequest`,
/// `QuestionsRequest`, `CounterArgumentRequest`, `AttacksRequest`), their
/// prompts and their mock rules; ``DiscussionRecord/take(_:round:in:apply:)``
/// is the one place that asks, re-asks and records the turn.
protocol AgentRequest: Sendable {
  /// What the reply is read into.
  associatedtype Reply

  /// The turn the request is: its agent, its task, the argument it is
  /// about (and the question, for a counter-argument).
  var heading: AgentTurn.Heading { get }

  /// The request to send, built from the discussion so far.
  func chatRequest(in context: DiscussionContext) -> ChatRequest

  /// The reply read from `value`, JSON that fits the request's schema.
  func reply(from value: JSONValue, in context: DiscussionContext) -> Reply
}

/// How one agent turn came out: done, with what it produced and the
/// sentence that sums it up, or failed, with why.
enum TurnOutcome<Value> {
  case done(Value, summary: String)
  case failed(String)
}

/// Why a turn failed, in one sentence.
struct TurnFailure: Error, Sendable {
  var reason: String
}

extension DiscussionRecord {
  /// Takes one agent turn: asks the model for `request` (re-asking a reply
  /// that breaks its schema up to the settings' limit), reads the reply,
  /// lets `apply` put it into the record, and records the turn with its
  /// exchanges, as done or as failed.
  ///
  /// An error about this one request (a reply that never fits, a refusal,
  /// a time-out: `LanguageModelError.failsOnlyThisTurn`) fails the turn
  /// and the discussion goes on.
  ///
  /// - Returns: what `apply` produced, or why the turn failed.
  /// - Throws: `AgentsError.modelFailed` when the model cannot be reached
  ///   or is misconfigured: then no turn can succeed.
  mutating func take<Request: AgentRequest, Value>(
    _ request: Request, round: Int, in context: DiscussionContext,
    apply: (Request.Reply, inout DiscussionRecord) -> TurnOutcome<Value>
  ) async throws(AgentsError) -> Result<Value, TurnFailure> {
    let start = context.log.count
    var chat = request.chatRequest(in: context)
    chat.seed = context.settings.seed
    let outcome: TurnOutcome<Value>
    do {
      let value = try await context.log.structuredReply(
        to: chat, maxReasks: context.settings.maxReasks
      ).value
      outcome = apply(request.reply(from: value, in: context), &self)
    } catch {
      guard error.failsOnlyThisTurn else {
        throw .modelFailed(model: context.log.identity, cause: error)
      }
      outcome = .failed(error.description)
    }
    return record(outcome, as: request.heading, round: round, since: start, in: context)
  }

  /// Records a turn taken without asking the model, or after asking it
  /// from `start` on: done or failed, with the exchanges since `start`.
  ///
  /// - Returns: what the turn produced, or why it failed.
  @discardableResult
  mutating func record<Value>(
    _ outcome: TurnOutcome<Value>, as heading: AgentTurn.Heading, round: Int, since start: Int,
    in context: DiscussionContext
  ) -> Result<Value, TurnFailure> {
    let result: Result<Value, TurnFailure>
    let summary: String
    let succeeded: Bool
    switch outcome {
    case .done(let value, let said): (result, summary, succeeded) = (.success(value), said, true)
    case .failed(let reason):
      (result, summary, succeeded) = (.failure(TurnFailure(reason: reason)), reason, false)
    }
    turns.append(
      AgentTurn(
        round: round, agent: heading.agent, task: heading.task, subject: heading.subject,
        succeeded: succeeded, summary: summary, exchanges: start..<context.log.count))
    return result
  }
}
