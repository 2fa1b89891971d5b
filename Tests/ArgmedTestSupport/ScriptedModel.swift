import Agents
import LLMBridge
import Synchronization

/// A model that gives scripted replies (or errors), and keeps the requests
/// it was sent.
///
/// Scripted in order, it answers every request with the next step and fails
/// once the script is over; scripted by schema, it answers the requests of
/// each schema with that schema's next step and lets `fallback` (the mock)
/// answer everything else.
public final class ScriptedModel: LanguageModel {
  /// A scripted reply, or a scripted failure.
  public enum Step: ExpressibleByStringLiteral, Sendable {
    case reply(String)
    case failure(LanguageModelError)

    public init(stringLiteral value: String) { self = .reply(value) }
  }

  private struct State {
    /// The steps in order, for any request; `nil` when scripted by schema.
    var inOrder: [Step]?
    var bySchema: [String: [Step]]
    var requests: [ChatRequest] = []
  }

  private let state: Mutex<State>
  private let fallback: (any LanguageModel)?

  /// A model that answers each request with the next of `steps`, whatever
  /// it asks.
  public init(_ steps: [Step]) {
    state = Mutex(State(inOrder: steps, bySchema: [:]))
    fallback = nil
  }

  /// A model that answers the requests of each schema (by the schema's
  /// name) with its next step, and leaves the rest to `fallback`.
  public init(_ script: [String: [Step]], fallback: any LanguageModel = ArgMedMock.model()) {
    state = Mutex(State(inOrder: nil, bySchema: script))
    self.fallback = fallback
  }

  public var identity: String { "scripted" }

  /// The requests sent so far, in order.
  public var requests: [ChatRequest] { state.withLock { $0.requests } }

  public func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    let name = request.responseSchema?.name ?? ""
    let scripted = state.withLock { state -> Step? in
      state.requests.append(request)
      if var steps = state.inOrder {
        guard !steps.isEmpty else { return nil }
        defer { state.inOrder = steps }
        return steps.removeFirst()
      }
      guard var steps = state.bySchema[name], !steps.isEmpty else { return nil }
      defer { state.bySchema[name] = steps }
      return steps.removeFirst()
    }
    switch scripted {
    case .reply(let content): return ChatReply(content: content, model: "scripted")
    case .failure(let error): throw error
    case nil:
      guard let fallback else { throw .misconfigured("the script is over") }
      return try await fallback.reply(to: request)
    }
  }
}

/// A model whose server cannot be reached.
public struct UnreachableModel: LanguageModel {
  public init() {}

  public var identity: String { "openai test-model at http://127.0.0.1:9" }

  public func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    throw .unreachable("connection refused")
  }
}
