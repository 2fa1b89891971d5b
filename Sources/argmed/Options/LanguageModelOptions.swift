import ArgMedSupport
import ArgumentParser
import Foundation
import LLMBridge
import LLMBridgeHTTP

/// The options of every command that talks to a language model.
struct LanguageModelOptions: ParsableArguments {
  /// The backends.
  enum Backend: String, CaseIterable, ExpressibleByArgument {
    case mock, openai, anthropic, replay
  }

  @Option(help: "The model backend: mock (default, offline), openai, anthropic or replay.")
  var llm: Backend = .mock

  @Option(help: "The model's name on the server (needed by openai and anthropic).")
  var model: String?

  @Option(
    help:
      "The server (openai: default https://api.openai.com; anthropic: https://api.anthropic.com).")
  var baseUrl: String?

  @Option(
    help:
      "The environment variable holding the API key (default OPENAI_API_KEY or ANTHROPIC_API_KEY; keys come from the environment only)."
  )
  var apiKeyEnv: String?

  @Option(
    help:
      "How the openai backend asks for JSON: json-schema, json-object-schema, json-object or prompt (default by server)."
  )
  var dialect: StructuredOutputDialect?

  @Option(help: "The cassette to replay (with --llm replay).")
  var cassette: String?

  @Option(help: "Append every exchange to this cassette (JSONL).")
  var record: String?

  @Option(help: "Seconds for a whole exchange with the model.")
  var timeout: Double = 600

  @Option(help: "Tries after a transient failure (connection, 408, 409, 429, 5xx).")
  var maxRetries: Int = 2

  func validate() throws {
    switch llm {
    case .replay:
      guard cassette != nil else { throw ValidationError("--llm replay needs --cassette FILE") }
    case .openai, .anthropic:
      guard model != nil else { throw ValidationError("--llm \(llm.rawValue) needs --model NAME") }
    case .mock:
      break
    }
    if cassette != nil && llm != .replay {
      throw ValidationError("--cassette is for --llm replay; to record, use --record FILE")
    }
    guard timeout.isFinite, timeout > 0, timeout <= 86_400 else {
      throw ValidationError("--timeout must be a number of seconds between 0 and 86400")
    }
    if dialect != nil && llm != .openai {
      throw ValidationError("--dialect is for --llm openai")
    }
    if apiKeyEnv != nil && llm != .openai && llm != .anthropic {
      throw ValidationError("--api-key-env is for --llm openai or anthropic")
    }
    guard maxRetries >= 0 else { throw ValidationError("--max-retries must be 0 or more") }
    try FileIdentity.requireDistinct([("--cassette", cassette), ("--record", record)])
    if let baseUrl, let url = URLComponents(string: baseUrl),
      url.user != nil || url.password != nil || url.query != nil
    {
      throw ValidationError(
        "--base-url must not hold a user, a password or a query; keys come from the environment "
          + "only (--api-key-env)")
    }
  }

  /// The model these options describe, with retries and recording around it.
  ///
  /// Keys are read from `environment`; the mock answers by `mockRules`;
  /// `requestsPerSecond` bounds the requests, retries included.
  func makeModel(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    mockRules: [any MockRule] = [ConfigurationCheckRule()], requestsPerSecond: Double? = nil
  ) throws(LanguageModelError) -> any LanguageModel {
    // validate() keeps the timeout within a day.
    let limit = Duration(roundingToMilliseconds: timeout) ?? .seconds(86_400)
    var model: any LanguageModel
    switch llm {
    case .mock:
      model = MockLanguageModel(rules: mockRules)
    case .replay:
      model = try ReplayLanguageModel(cassette: cassette ?? "")
    case .openai:
      let base = baseUrl ?? "https://api.openai.com"
      // A key goes only where it belongs: OpenAI itself, or a server given
      // with --base-url when --api-key-env names the key for it.
      var key: APIKey?
      if baseUrl == nil || apiKeyEnv != nil {
        key = try APIKey(
          environmentVariable: apiKeyEnv ?? "OPENAI_API_KEY", environment: environment)
        try Self.requireSafeTransport(for: base)
      }
      model = OpenAIChatModel(
        baseURL: base, model: self.model ?? "", key: key, dialect: dialect, timeout: limit)
    case .anthropic:
      let key = try APIKey(
        environmentVariable: apiKeyEnv ?? "ANTHROPIC_API_KEY", environment: environment)
      try Self.requireSafeTransport(for: baseUrl ?? "https://api.anthropic.com")
      model = AnthropicMessagesModel(
        baseURL: baseUrl ?? "https://api.anthropic.com", model: self.model ?? "", key: key,
        timeout: limit)
    }
    // The rate limit spaces every request the server sees, retries too.
    if let requestsPerSecond {
      model = RateLimitedLanguageModel(model, requestsPerSecond: requestsPerSecond)
    }
    if llm == .openai || llm == .anthropic {
      model = RetryingLanguageModel(model, policy: RetryPolicy(maxRetries: maxRetries))
    }
    if let record { model = RecordingLanguageModel(model, cassette: record) }
    return model
  }
}

extension LanguageModelOptions {
  /// A key travels over HTTPS, or over plain HTTP to this machine only.
  static func requireSafeTransport(for base: String) throws(LanguageModelError) {
    let url = URL(string: base)
    let isLoopback = ["127.0.0.1", "localhost", "::1"].contains(url?.host ?? "")
    guard url?.scheme == "https" || isLoopback else {
      throw .misconfigured(
        "an API key is sent over HTTPS only, or to this machine; \(base) is neither")
    }
  }
}

extension StructuredOutputDialect: ExpressibleByArgument {}
