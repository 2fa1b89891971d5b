import Agents
import LLMBridge
import Synchronization

/// A model that gives scripted replies (or errors) to the requests of one
/// schema, in order, and lets the mock answer everything else.
final class ScriptedModel: LanguageModel {
  /// A scripted reply, or a scripted failure.
  enum Step: ExpressibleByStringLiteral {
    case reply(String)
    case failure(LanguageModelError)

    init(stringLiteral value: String) { self = .reply(value) }
  }

  private let script: Mutex<[String: [Step]]>
  private let fallback: any LanguageModel

  init(_ script: [String: [Step]], fallback: any LanguageModel = ArgMedMock.model()) {
    self.script = Mutex(script)
    self.fallback = fallback
  }

  var identity: String { "scripted" }

  func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    let name = request.responseSchema?.name ?? ""
    let scripted = script.withLock { script -> Step? in
      guard var steps = script[name], !steps.isEmpty else { return nil }
      let next = steps.removeFirst()
      script[name] = steps
      return next
    }
    switch scripted {
    case .reply(let content): return ChatReply(content: content, model: "scripted")
    case .failure(let error): throw error
    case nil: return try await fallback.reply(to: request)
    }
  }
}

/// A model whose server cannot be reached.
struct UnreachableModel: LanguageModel {
  var identity: String { "openai test-model at http://127.0.0.1:9" }

  func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    throw .unreachable("connection refused")
  }
}
