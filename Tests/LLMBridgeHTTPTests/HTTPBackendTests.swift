import ArgmedHTTPTestSupport
import ArgmedTestSupport
import Foundation
import LLMBridge
import LLMBridgeHTTP
import Testing

/// The HTTP backends against real servers on 127.0.0.1.
@Suite struct HTTPBackendTests {
  static let okBody = #"""
    {"id":"x","object":"chat.completion","model":"stub-model","choices":[{"index":0,
    "message":{"role":"assistant","content":"{\"status\":\"ok\",\"echo\":\"heron\"}"},
    "finish_reason":"stop"}],"usage":{"prompt_tokens":21,"completion_tokens":9,"total_tokens":30}}
    """#
  static let secret = "sk-test-0123456789abcdef"

  private func key() throws -> APIKey {
    try APIKey(environmentVariable: "TEST_KEY", environment: ["TEST_KEY": Self.secret])
  }

  @Test func aStructuredRequestGoesOutInTheServersDialect() async throws {
    let server = try await StubServer([.init(body: Self.okBody)])
    defer { Task { try? await server.stop() } }
    let model = OpenAIChatModel(baseURL: server.baseURL + "/v1", model: "smol", key: try key())
    #expect(model.dialect == .jsonObjectWithSchema)  // a server on this machine
    let (value, reply) = try await model.structuredReply(to: ConfigurationCheckRule.request())
    #expect(value["echo"] == "heron")
    #expect(reply.usage == TokenUsage(promptTokens: 21, completionTokens: 9))
    #expect(reply.model == "stub-model")
    let sent = try #require(server.received.first)
    #expect(sent.method == "POST")
    #expect(sent.uri == "/v1/chat/completions")
    #expect(sent.header("Authorization") == "Bearer \(Self.secret)")
    let body = try JSONValue(parsing: sent.body)
    #expect(body["response_format"]?["type"] == "json_object")
    #expect(body["response_format"]?["schema"] == ConfigurationCheckRule.schema)
    #expect(body["temperature"] == 0)
    #expect(body["seed"] == 0)
    #expect(body["max_tokens"] == 64)
  }

  @Test func aTooManyRequestsIsRetriedAfterTheServersWait() async throws {
    let server = try await StubServer([
      .init(
        status: 429, headers: [("Content-Type", "application/json"), ("Retry-After", "2")],
        body: #"{"error":{"message":"rate limited"}}"#),
      .init(body: Self.okBody),
    ])
    defer { Task { try? await server.stop() } }
    let log = WaitRecorder()
    let model = RetryingLanguageModel(
      OpenAIChatModel(baseURL: server.baseURL, model: "smol", key: nil), sleep: log.wait,
      jitter: { 0 })
    let reply = try await model.reply(to: ConfigurationCheckRule.request())
    #expect(reply.content.contains("heron"))
    #expect(log.waits == [.seconds(2)])
    #expect(server.received.count == 2)
  }

  @Test func serverErrorsAreRetriedUntilTheLimit() async throws {
    let failure = StubServer.Response(
      status: 500,
      body: #"{"error":{"code":500,"message":"Loading model","type":"server_error"}}"#)
    let server = try await StubServer(Array(repeating: failure, count: 3))
    defer { Task { try? await server.stop() } }
    let log = WaitRecorder()
    let model = RetryingLanguageModel(
      OpenAIChatModel(baseURL: server.baseURL, model: "smol", key: nil),
      policy: RetryPolicy(maxRetries: 2), sleep: log.wait, jitter: { 0 })
    await #expect(
      throws: LanguageModelError.http(status: 500, message: "Loading model", retryAfter: nil)
    ) {
      try await model.reply(to: ConfigurationCheckRule.request())
    }
    #expect(server.received.count == 3)
    #expect(log.waits == [.milliseconds(500), .seconds(1)])
  }

  @Test func aSlowServerRunsIntoTheTimeout() async throws {
    let server = try await StubServer([.init(body: Self.okBody, delay: .seconds(30))])
    defer { Task { try? await server.stop() } }
    let model = OpenAIChatModel(
      baseURL: server.baseURL, model: "smol", key: nil, timeout: .milliseconds(300))
    await #expect {
      try await model.reply(to: ConfigurationCheckRule.request())
    } throws: { error in
      if case .timedOut = error as? LanguageModelError { return true }
      return false
    }
  }

  @Test(arguments: [
    (#"{"choices": [ {"message": "#, "the body is not JSON"),
    (#"{"object":"chat.completion"}"#, "no choices[0].message in the response"),
  ])
  func malformedRepliesAreSaidToBe(_ body: String, _ message: String) async throws {
    let server = try await StubServer([.init(body: body)])
    defer { Task { try? await server.stop() } }
    let model = OpenAIChatModel(baseURL: server.baseURL, model: "smol", key: nil)
    await #expect {
      try await model.reply(to: ConfigurationCheckRule.request())
    } throws: { error in
      guard case .malformedReply(let detail) = error as? LanguageModelError else { return false }
      return detail.hasPrefix(message)
    }
  }

  @Test func aPlainTextErrorBodyBecomesTheMessage() async throws {
    let server = try await StubServer([
      .init(
        status: 502, headers: [("Content-Type", "text/plain")], body: "Bad Gateway\nupstream down")
    ])
    defer { Task { try? await server.stop() } }
    let model = OpenAIChatModel(baseURL: server.baseURL, model: "smol", key: nil)
    await #expect(
      throws: LanguageModelError.http(
        status: 502, message: "Bad Gateway upstream down", retryAfter: nil)
    ) {
      try await model.reply(to: ConfigurationCheckRule.request())
    }
  }

  @Test func aReplyCutAtTheTokenLimitIsTruncated() async throws {
    let body = Self.okBody.replacing(#""finish_reason":"stop""#, with: #""finish_reason":"length""#)
    let server = try await StubServer([.init(body: body)])
    defer { Task { try? await server.stop() } }
    let model = OpenAIChatModel(baseURL: server.baseURL, model: "smol", key: nil)
    await #expect {
      try await model.reply(to: ConfigurationCheckRule.request())
    } throws: { error in
      if case .truncated(let reply) = error as? LanguageModelError {
        return reply.finishReason == .length
      }
      return false
    }
  }

  @Test func aRefusedKeyIsNamedButNeverShown() async throws {
    let server = try await StubServer([
      .init(
        status: 401,
        body:
          #"{"error":{"message":"Incorrect API key provided: sk-test-0123456789abcdef","type":"invalid_request_error"}}"#
      )
    ])
    defer { Task { try? await server.stop() } }
    let model = RetryingLanguageModel(
      OpenAIChatModel(baseURL: server.baseURL, model: "smol", key: try key()), sleep: { _ in },
      jitter: { 0 })
    do {
      _ = try await model.reply(to: ConfigurationCheckRule.request())
      Issue.record("a 401 must fail")
    } catch {
      #expect(!"\(error)".contains(Self.secret))
      #expect("\(error)" == "the model server answered 401: Incorrect API key provided: <redacted>")
    }
    #expect(server.received.count == 1)  // a 401 is not retried
    #expect("\(try key())" == "<redacted>")
  }

  @Test func anthropicGetsItsHeadersAndItsSystemPrompt() async throws {
    let body = #"""
      {"id":"msg_1","type":"message","role":"assistant","model":"claude-stub",
       "content":[{"type":"text","text":"{\"status\":\"ok\",\"echo\":\"heron\"}"}],
       "stop_reason":"end_turn","usage":{"input_tokens":30,"output_tokens":10}}
      """#
    let server = try await StubServer([.init(body: body)])
    defer { Task { try? await server.stop() } }
    let model = AnthropicMessagesModel(
      baseURL: server.baseURL, model: "claude-stub", key: try key())
    let (value, reply) = try await model.structuredReply(to: ConfigurationCheckRule.request())
    #expect(value["status"] == "ok")
    #expect(reply.usage == TokenUsage(promptTokens: 30, completionTokens: 10))
    let sent = try #require(server.received.first)
    #expect(sent.uri == "/v1/messages")
    #expect(sent.header("x-api-key") == Self.secret)
    #expect(sent.header("anthropic-version") == "2023-06-01")
    let json = try JSONValue(parsing: sent.body)
    #expect(json["system"] == "You answer with one JSON object and nothing else.")
    #expect(json["messages"]?.arrayValue?.count == 1)
    #expect(json["output_config"]?["format"]?["type"] == "json_schema")
  }

  @Test func anUnreachableServerIsSaidToBe() async throws {
    let server = try await StubServer([])
    let url = server.baseURL
    try await server.stop()
    let model = OpenAIChatModel(baseURL: url, model: "smol", key: nil, timeout: .seconds(2))
    // Refused at once, or (when the client keeps retrying the connection)
    // at the time limit: either way an error that says so.
    await #expect {
      try await model.reply(to: ConfigurationCheckRule.request())
    } throws: { error in
      switch error as? LanguageModelError {
      case .unreachable, .timedOut: return true
      default: return false
      }
    }
  }

  @Test func cancellationStopsAWaitingRequest() async throws {
    // The server answers only after an hour (and the model's own limit is
    // ten minutes), so only the cancellation can end the wait in time. The
    // margin is wide because a busy machine can hold this test back for
    // minutes: in the full run, synchronous heavy tests can keep every
    // thread of the pool until they end.
    let delay = Duration.seconds(3600)
    let server = try await StubServer([.init(body: Self.okBody, delay: delay)])
    defer { Task { try? await server.stop() } }
    let model = OpenAIChatModel(baseURL: server.baseURL, model: "smol", key: nil)
    let started = ContinuousClock.now
    let task = Task { try await model.reply(to: ConfigurationCheckRule.request()) }
    try await Task.sleep(for: .milliseconds(200))
    task.cancel()
    await #expect(throws: LanguageModelError.cancelled) { try await task.value }
    #expect(ContinuousClock.now - started < delay)
  }

  @Test func aRecordedExchangeHoldsNoKey() async throws {
    let server = try await StubServer([.init(body: Self.okBody)])
    defer { Task { try? await server.stop() } }
    let cassette = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-keyless-\(UUID().uuidString).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: cassette) }
    let model = RecordingLanguageModel(
      OpenAIChatModel(baseURL: server.baseURL, model: "smol", key: try key()), cassette: cassette)
    _ = try await model.reply(to: ConfigurationCheckRule.request())
    let text = try String(contentsOfFile: cassette, encoding: .utf8)
    #expect(text.contains("heron"))
    #expect(!text.contains(Self.secret))
    #expect(!model.identity.contains(Self.secret))
  }

  @Test func theIdentityNamesTheServerWithoutCredentials() throws {
    let openAI = OpenAIChatModel(
      baseURL: "http://user:pa55word@127.0.0.1:9/v1?key=SECRETKEY#part", model: "smol", key: nil)
    #expect(openAI.identity == "openai-compatible smol at http://127.0.0.1:9/v1")
    let anthropic = AnthropicMessagesModel(
      baseURL: "https://user:pa55word@api.example.com?key=SECRETKEY", model: "m", key: try key())
    #expect(anthropic.identity == "anthropic m at https://api.example.com")
  }

  @Test func redirectsAreNotFollowedSoNothingReachesAnotherHost() async throws {
    let elsewhere = try await StubServer([.init(body: Self.okBody)])
    defer { Task { try? await elsewhere.stop() } }
    let server = try await StubServer([
      .init(
        status: 307, headers: [("Location", elsewhere.baseURL + "/v1/messages")], body: "")
    ])
    defer { Task { try? await server.stop() } }
    let model = AnthropicMessagesModel(baseURL: server.baseURL, model: "m", key: try key())
    await #expect {
      try await model.reply(to: ConfigurationCheckRule.request())
    } throws: { error in
      guard case .misconfigured(let message) = error as? LanguageModelError else { return false }
      return message.contains("redirects (307) to \(elsewhere.baseURL)/v1/messages")
    }
    #expect(elsewhere.received.isEmpty)
  }

  @Test func hostileNumbersAreIgnoredNotTrusted() async throws {
    let usage = Self.okBody.replacing(#""prompt_tokens":21"#, with: #""prompt_tokens":1e300"#)
    let server = try await StubServer([
      .init(
        status: 429,
        headers: [("Content-Type", "application/json"), ("retry-after-ms", "1e20")],
        body: #"{"error":{"message":"slow down"}}"#),
      .init(body: usage),
    ])
    defer { Task { try? await server.stop() } }
    let model = OpenAIChatModel(baseURL: server.baseURL, model: "smol", key: nil)
    await #expect(
      throws: LanguageModelError.http(status: 429, message: "slow down", retryAfter: nil)
    ) {
      try await model.reply(to: ConfigurationCheckRule.request())
    }
    let reply = try await model.reply(to: ConfigurationCheckRule.request())
    #expect(reply.usage == nil)
  }

  @Test func aKeyNeverSurvivesInPartWhereverTheServerPutsIt() async throws {
    let padding = String(repeating: "x", count: 290)
    let server = try await StubServer([
      .init(status: 400, body: #"{"error":{"message":"\#(padding) key=\#(Self.secret)"}}"#),
      .init(body: Self.okBody.replacing("heron", with: Self.secret.uppercased())),
    ])
    defer { Task { try? await server.stop() } }
    let model = OpenAIChatModel(baseURL: server.baseURL, model: "smol", key: try key())
    do {
      _ = try await model.reply(to: ConfigurationCheckRule.request())
      Issue.record("a 400 must fail")
    } catch {
      #expect(!"\(error)".contains(String(Self.secret.prefix(8))))
    }
    let reply = try await model.reply(to: ConfigurationCheckRule.request())
    #expect(!reply.content.lowercased().contains(Self.secret))
    #expect(reply.content.contains("<redacted>"))
    #expect(throws: LanguageModelError.self) {
      try APIKey(environmentVariable: "K", environment: ["K": "sk-abc\nline2"])
    }
  }

  @Test func aKeyEchoedInTheModelNameOrFinishReasonIsRedacted() async throws {
    let echoing = Self.okBody.replacing(
      #""model":"stub-model""#, with: #""model":"echo \#(Self.secret)""#)
    let anthropicBody = #"""
      {"model":"echo \#(Self.secret)","content":[{"type":"text","text":"{}"}],
       "stop_reason":"end_turn \#(Self.secret)","usage":{"input_tokens":1,"output_tokens":1}}
      """#
    let server = try await StubServer([.init(body: echoing), .init(body: anthropicBody)])
    defer { Task { try? await server.stop() } }
    let openAI = OpenAIChatModel(baseURL: server.baseURL, model: "smol", key: try key())
    let first = try await openAI.reply(to: ConfigurationCheckRule.request())
    #expect(first.model == "echo <redacted>")
    let anthropic = AnthropicMessagesModel(baseURL: server.baseURL, model: "smol", key: try key())
    let second = try await anthropic.reply(to: ConfigurationCheckRule.request())
    #expect(second.model == "echo <redacted>")
    #expect(!"\(second.finishReason)".contains(Self.secret))
  }

  @Test func theServersRetryAdviceWins() async throws {
    let server = try await StubServer([
      .init(
        status: 503,
        headers: [("Content-Type", "application/json"), ("x-should-retry", "false")],
        body: #"{"error":{"message":"gone for good"}}"#),
      .init(
        status: 400,
        headers: [("Content-Type", "application/json"), ("x-should-retry", "true")],
        body: #"{"error":{"message":"try again"}}"#),
      .init(body: Self.okBody),
    ])
    defer { Task { try? await server.stop() } }
    let model = RetryingLanguageModel(
      OpenAIChatModel(baseURL: server.baseURL, model: "smol", key: nil), sleep: { _ in },
      jitter: { 0 })
    await #expect(throws: LanguageModelError.self) {
      try await model.reply(to: ConfigurationCheckRule.request())
    }
    #expect(server.received.count == 1)  // 503 with x-should-retry: false
    let reply = try await model.reply(to: ConfigurationCheckRule.request())
    #expect(reply.content.contains("heron"))  // 400 with x-should-retry: true, then success
    #expect(server.received.count == 3)
  }
}
