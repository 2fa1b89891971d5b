import AsyncHTTPClient
import LLMBridge

/// A model behind Anthropic's Messages API: `POST {base}/v1/messages`,
/// with headers `x-api-key` and `anthropic-version`.
///
/// System messages go to the top-level `system`; a schema goes to
/// `output_config.format`. The API has no seed.
public struct AnthropicMessagesModel: LanguageModel {
  /// The API version sent, as the official SDK sends it.
  public static let apiVersion = "2023-06-01"

  public let baseURL: String
  public let model: String
  private let key: APIKey
  private let exchange: HTTPExchange

  public init(
    baseURL: String = "https://api.anthropic.com", model: String, key: APIKey,
    timeout: Duration = .seconds(600), client: HTTPClient? = nil
  ) {
    self.baseURL = HTTPExchange.base(of: baseURL)
    self.model = model
    self.key = key
    exchange = HTTPExchange(
      client: client ?? HTTPExchange.sharedClient, timeout: timeout, key: key)
  }

  public var identity: String { "anthropic \(model) at \(HTTPExchange.shown(baseURL))" }

  public func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    let started = ContinuousClock.now
    let response = try await exchange.post(
      baseURL + "/v1/messages",
      headers: [("x-api-key", key.value), ("anthropic-version", Self.apiVersion)],
      body: body(for: request).text)
    try response.requireSuccess(from: baseURL, key: key)
    return try Self.reply(from: response.body, duration: ContinuousClock.now - started, key: key)
  }

  func body(for request: ChatRequest) -> JSONValue {
    let system = request.messages.filter { $0.role == .system }.map(\.content)
      .joined(separator: "\n\n")
    var members: [(key: String, value: JSONValue)] = [
      ("model", .string(request.model ?? model)),
      ("max_tokens", .number(Double(request.maxTokens))),
      (
        "messages",
        .array(
          request.messages.filter { $0.role != .system }.map {
            .object([("role", .string($0.role.rawValue)), ("content", .string($0.content))])
          })
      ),
      ("temperature", .number(min(request.temperature, 1))),
    ]
    if !system.isEmpty { members.append(("system", .string(system))) }
    if let schema = request.responseSchema {
      members.append(
        (
          "output_config",
          .object([("format", .object([("type", "json_schema"), ("schema", schema.schema)]))])
        ))
    }
    return .object(members)
  }

  static func reply(
    from body: String, duration: Duration, key: APIKey
  ) throws(LanguageModelError) -> ChatReply {
    let value = try HTTPExchange.json(of: body, without: key)
    guard let blocks = value["content"]?.arrayValue else {
      throw .malformedReply("no content in the response")
    }
    let text = blocks.filter { $0["type"]?.stringValue == "text" }.compactMap {
      $0["text"]?.stringValue
    }.joined()
    var usage: TokenUsage?
    if let input = value["usage"]?["input_tokens"]?.countValue,
      let output = value["usage"]?["output_tokens"]?.countValue
    {
      usage = TokenUsage(promptTokens: input, completionTokens: output)
    }
    let finish = FinishReason(serverName: value["stop_reason"]?.stringValue ?? "end_turn")
    // Redacted again once joined: the blocks may each hold part of the key.
    let reply = ChatReply(
      content: key.redacting(text), finishReason: finish, usage: usage,
      model: value["model"]?.stringValue, duration: duration)
    switch finish {
    case .length: throw .truncated(reply)
    case .refusal: throw .refused("the model declined to answer")
    default: return reply
    }
  }
}
