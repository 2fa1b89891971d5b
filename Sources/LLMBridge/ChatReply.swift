/// Why a model stopped writing.
public enum FinishReason: Hashable, Sendable {
  /// It was done.
  case stop
  /// It reached the token limit: the text is cut short.
  case length
  /// It refused to answer.
  case refusal
  /// A content filter stopped it.
  case contentFilter
  /// Anything else the server reported, as it named it.
  case other(String)

  /// The reason from a server's name for it (OpenAI's `finish_reason`,
  /// Anthropic's `stop_reason`).
  public init(serverName: String) {
    switch serverName {
    case "stop", "end_turn", "stop_sequence": self = .stop
    case "length", "max_tokens", "model_context_window_exceeded": self = .length
    case "refusal": self = .refusal
    case "content_filter": self = .contentFilter
    default: self = .other(serverName)
    }
  }

  /// The name used in cassettes and diagnostics.
  public var name: String {
    switch self {
    case .stop: "stop"
    case .length: "length"
    case .refusal: "refusal"
    case .contentFilter: "content_filter"
    case .other(let name): name
    }
  }
}

/// How many tokens a request and its reply took, when the server says.
public struct TokenUsage: Hashable, Sendable {
  public var promptTokens: Int
  public var completionTokens: Int

  public init(promptTokens: Int, completionTokens: Int) {
    self.promptTokens = promptTokens
    self.completionTokens = completionTokens
  }
}

/// A model's reply.
public struct ChatReply: Hashable, Sendable {
  public var content: String
  public var finishReason: FinishReason
  public var usage: TokenUsage?
  /// The model that answered, as the server names it.
  public var model: String?
  /// How long the exchange took, retries included.
  public var duration: Duration

  public init(
    content: String, finishReason: FinishReason = .stop, usage: TokenUsage? = nil,
    model: String? = nil, duration: Duration = .zero
  ) {
    self.content = content
    self.finishReason = finishReason
    self.usage = usage
    self.model = model
    self.duration = duration
  }
}
