import AsyncHTTPClient
import Foundation
import LLMBridge

/// How a server takes a JSON Schema for a structured reply.
///
/// Structured output is not portable across OpenAI-compatible servers: see
/// the choices below. Whatever the dialect, replies are checked against
/// the schema on this side.
public enum StructuredOutputDialect: String, Sendable, CaseIterable {
  /// `response_format: {type: json_schema, json_schema: {name, schema}}`:
  /// OpenAI, vLLM, Ollama's `/v1`, LM Studio, llama.cpp's server.
  case jsonSchema = "json-schema"
  /// `response_format: {type: json_object, schema}`: llama-cpp-python's
  /// server (which answers 500 to `json_schema`), llama.cpp's server.
  case jsonObjectWithSchema = "json-object-schema"
  /// `response_format: {type: json_object}`, the schema in the prompt.
  case jsonObject = "json-object"
  /// No `response_format`; the schema in the prompt only.
  case prompt

  /// The default for a base URL: `jsonSchema` for remote servers (OpenAI
  /// and hosted ones), `jsonObjectWithSchema` for one on this machine
  /// (llama.cpp and llama-cpp-python both take it).
  public static func `default`(for baseURL: String) -> Self {
    let host = URL(string: baseURL)?.host ?? ""
    return ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host)
      ? .jsonObjectWithSchema : .jsonSchema
  }
}

/// A model behind the OpenAI Chat Completions API.
///
/// The endpoint is `POST {base}/v1/chat/completions`; OpenAI itself,
/// llama.cpp, llama-cpp-python, vLLM, Ollama's `/v1` and LM Studio speak
/// it.
public struct OpenAIChatModel: LanguageModel {
  public let baseURL: String
  public let model: String
  public let dialect: StructuredOutputDialect
  private let key: APIKey?
  private let exchange: HTTPExchange

  /// - Parameters:
  ///   - baseURL: such as `https://api.openai.com` or `http://127.0.0.1:8080`
  ///     (a trailing `/v1` is accepted).
  ///   - model: the model's name on the server.
  ///   - key: the API key, if the server wants one.
  ///   - dialect: how to ask for structured replies; by default from the
  ///     base URL.
  ///   - timeout: the whole exchange's time limit.
  ///   - client: the HTTP client; by default one shared by the backends,
  ///     which follows no redirect.
  public init(
    baseURL: String, model: String, key: APIKey?, dialect: StructuredOutputDialect? = nil,
    timeout: Duration = .seconds(600), client: HTTPClient? = nil
  ) {
    self.baseURL = HTTPExchange.base(of: baseURL)
    self.model = model
    self.key = key
    self.dialect = dialect ?? .default(for: self.baseURL)
    exchange = HTTPExchange(
      client: client ?? HTTPExchange.sharedClient, timeout: timeout, key: key)
  }

  public var identity: String { "openai-compatible \(model) at \(HTTPExchange.shown(baseURL))" }

  public func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    let started = ContinuousClock.now
    var headers: [(String, String)] = []
    if let key { headers.append(("Authorization", "Bearer \(key.value)")) }
    let response = try await exchange.post(
      baseURL + "/v1/chat/completions", headers: headers, body: body(for: request).text)
    try response.requireSuccess(from: baseURL, key: key)
    return try Self.reply(from: response.body, duration: ContinuousClock.now - started, key: key)
  }

  /// The request body in this server's dialect.
  func body(for request: ChatRequest) -> JSONValue {
    var messages = request.messages
    if let schema = request.responseSchema, dialect == .jsonObject || dialect == .prompt {
      let instruction =
        "Reply with one JSON object that fits this JSON Schema, and nothing else: "
        + schema.schema.text
      messages.insert(.system(instruction), at: 0)
    }
    var members: [(key: String, value: JSONValue)] = [
      ("model", .string(request.model ?? model)),
      (
        "messages",
        .array(
          messages.map {
            .object([("role", .string($0.role.rawValue)), ("content", .string($0.content))])
          })
      ),
      ("temperature", .number(request.temperature)),
      // api.openai.com wants max_completion_tokens; every local server
      // takes max_tokens.
      (
        URL(string: baseURL)?.host == "api.openai.com" ? "max_completion_tokens" : "max_tokens",
        .number(Double(request.maxTokens))
      ),
    ]
    if let seed = request.seed { members.append(("seed", .number(Double(seed)))) }
    if let schema = request.responseSchema {
      switch dialect {
      case .jsonSchema:
        members.append(
          (
            "response_format",
            .object([
              ("type", "json_schema"),
              (
                "json_schema",
                .object([
                  ("name", .string(schema.name)), ("schema", schema.schema), ("strict", false),
                ])
              ),
            ])
          ))
      case .jsonObjectWithSchema:
        members.append(
          ("response_format", .object([("type", "json_object"), ("schema", schema.schema)])))
      case .jsonObject:
        members.append(("response_format", .object([("type", "json_object")])))
      case .prompt:
        break
      }
    }
    return .object(members)
  }

  /// The reply in a Chat Completions response body.
  static func reply(
    from body: String, duration: Duration, key: APIKey?
  ) throws(LanguageModelError) -> ChatReply {
    let value = try HTTPExchange.json(of: body, without: key)
    guard let choice = value["choices"]?.arrayValue?.first, let message = choice["message"] else {
      throw .malformedReply("no choices[0].message in the response")
    }
    var usage: TokenUsage?
    if let prompt = value["usage"]?["prompt_tokens"]?.countValue,
      let completion = value["usage"]?["completion_tokens"]?.countValue
    {
      usage = TokenUsage(promptTokens: prompt, completionTokens: completion)
    }
    let finishName = choice["finish_reason"]?.stringValue ?? "stop"
    let finish = FinishReason(serverName: finishName)
    if let refusal = message["refusal"]?.stringValue {
      throw .refused(HTTPExchange.errorMessage(refusal, without: key))
    }
    guard let content = message["content"]?.stringValue else {
      throw .malformedReply("the server returned no content (finish_reason \(finishName))")
    }
    let reply = ChatReply(
      content: content, finishReason: finish, usage: usage,
      model: value["model"]?.stringValue, duration: duration)
    switch finish {
    case .length: throw .truncated(reply)
    case .refusal, .contentFilter: throw .refused("the server stopped with \(finish.name)")
    default: return reply
    }
  }
}
