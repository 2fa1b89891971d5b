/// A rule of the mock: it recognises a kind of request from what its
/// messages say, and answers it from what they contain.
public protocol MockRule: Sendable {
  /// The reply, or `nil` when the rule does not apply.
  func reply(to request: ChatRequest) -> String?
}

/// A deterministic, offline language model that answers by rules.
///
/// Each rule recognises a kind of prompt (the very prompts a real model
/// gets) and derives a well-formed reply from what the prompt contains,
/// never from knowing the answer a case expects. The first rule that
/// applies answers; the same request always gets the same reply. A request
/// no rule recognises is an error, not an invented answer.
///
/// The rules for ArgMed's agents come with them; ``ConfigurationCheckRule``
/// answers `argmed llm check`.
public struct MockLanguageModel: LanguageModel {
  public let rules: [any MockRule]

  public init(rules: [any MockRule] = [ConfigurationCheckRule()]) {
    self.rules = rules
  }

  public var identity: String { "mock" }

  public func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    for rule in rules {
      if let content = rule.reply(to: request) {
        let promptTokens = request.messages.reduce(0) { $0 + Self.tokens(in: $1.content) }
        return ChatReply(
          content: content, finishReason: .stop,
          usage: TokenUsage(promptTokens: promptTokens, completionTokens: Self.tokens(in: content)),
          model: "mock")
      }
    }
    throw .misconfigured("the mock model has no rule for this request")
  }

  /// A rough token count, by words and punctuation, for the usage figures.
  static func tokens(in text: String) -> Int {
    text.split { $0.isWhitespace || $0.isPunctuation }.count
  }
}

/// The request `argmed llm check` sends, and the mock's rule for it.
///
/// The request asks for a JSON object echoing a word given in the prompt;
/// the rule finds the word there and echoes it, as any model that follows
/// instructions would.
public struct ConfigurationCheckRule: MockRule {
  public init() {}

  /// The check's request: echo `word` in a small schema-bound object.
  public static func request(word: String = "heron", model: String? = nil) -> ChatRequest {
    ChatRequest(
      messages: [
        .system("You answer with one JSON object and nothing else."),
        .user(
          "Reply with a JSON object whose \"status\" is \"ok\" and whose \"echo\" is the word "
            + "\(word)."),
      ],
      model: model, maxTokens: 64,
      responseSchema: ResponseSchema(name: "check", schema: schema))
  }

  /// The check's schema.
  public static let schema: JSONValue = [
    "type": "object",
    "properties": ["status": ["type": "string", "enum": ["ok"]], "echo": ["type": "string"]],
    "required": ["status", "echo"],
    "additionalProperties": false,
  ]

  public func reply(to request: ChatRequest) -> String? {
    guard request.responseSchema?.name == "check",
      let prompt = request.messages.last(where: { $0.role == .user })?.content,
      let range = prompt.range(of: "\"echo\" is the word ")
    else { return nil }
    let word = prompt[range.upperBound...].prefix { $0.isLetter || $0.isNumber }
    guard !word.isEmpty else { return nil }
    return JSONValue.object([("status", "ok"), ("echo", .string(String(word)))]).text
  }
}
