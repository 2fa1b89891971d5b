/// A language model that answers chat requests: the only way ArgMed's
/// agents talk to one.
///
/// Conformers: ``MockLanguageModel`` (deterministic, offline, the
/// default), the HTTP backends of `LLMBridgeHTTP` (OpenAI-compatible Chat
/// Completions, Anthropic Messages), and the decorators
/// ``RetryingLanguageModel``, ``RecordingLanguageModel`` and
/// ``ReplayLanguageModel``. The protocol and its value types do no
/// networking.
///
/// ```swift
/// let model: any LanguageModel = MockLanguageModel()
/// let reply = try await model.reply(to: ChatRequest(messages: [.user("Say OK.")]))
/// reply.content
/// ```
public protocol LanguageModel: Sendable {
  /// Names the backend and model in diagnostics: "openai gpt-4o-mini at
  /// http://127.0.0.1:8080". Never holds a key.
  var identity: String { get }

  /// The model's reply to `request`.
  ///
  /// - Throws: `LanguageModelError`; a reply cut short by the token limit
  ///   is ``LanguageModelError/truncated(_:)``, a refusal
  ///   ``LanguageModelError/refused(_:)``.
  func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply
}
