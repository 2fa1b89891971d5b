import Agents
import LLMBridge
import Synchronization

/// A model that gives scripted replies to the requests of one schema, in
/// order, and lets the mock answer everything else.
final class ScriptedModel: LanguageModel {
  private let script: Mutex<[String: [String]]>
  private let fallback: any LanguageModel

  init(_ script: [String: [String]], fallback: any LanguageModel = ArgMedMock.model()) {
    self.script = Mutex(script)
    self.fallback = fallback
  }

  var identity: String { "scripted" }

  func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    let name = request.responseSchema?.name ?? ""
    let scripted = script.withLock { script -> String? in
      guard var replies = script[name], !replies.isEmpty else { return nil }
      let next = replies.removeFirst()
      script[name] = replies
      return next
    }
    if let scripted { return ChatReply(content: scripted, model: "scripted") }
    return try await fallback.reply(to: request)
  }
}

/// A model whose server cannot be reached.
struct UnreachableModel: LanguageModel {
  var identity: String { "openai test-model at http://127.0.0.1:9" }

  func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    throw .unreachable("connection refused")
  }
}
