import ArgmedTestSupport
import Foundation
import LLMBridge
import Testing

@Suite struct LLMBridgeCoreTests {
  @Test func theMockAnswersTheCheckFromThePrompt() async throws {
    let mock = MockLanguageModel()
    let (value, reply) = try await mock.structuredReply(
      to: ConfigurationCheckRule.request(word: "kestrel"))
    #expect(value == ["echo": "kestrel", "status": "ok"])
    #expect(reply.finishReason == .stop)
    // The same request, the same reply.
    let again = try await mock.reply(to: ConfigurationCheckRule.request(word: "kestrel"))
    #expect(again.content == reply.content)
    await #expect(
      throws: LanguageModelError.misconfigured("the mock model has no rule for this request")
    ) {
      try await mock.reply(to: ChatRequest(messages: [.user("Hello?")]))
    }
  }

  @Test func structuredRepliesAreReaskedWithTheProblems() async throws {
    let model = ScriptedModel([
      .reply(#"{"status":"fine"}"#),
      .reply("```json\n{\"status\":\"ok\",\"echo\":\"heron\"}\n```"),
    ])
    let (value, _) = try await model.structuredReply(to: ConfigurationCheckRule.request())
    #expect(value["echo"] == "heron")
    let requests = model.requests
    #expect(requests.count == 2)
    #expect(
      requests[1].messages.last?.content
        == "That reply does not fit the required JSON schema: $ lacks \"echo\"; $.status is "
        + "\"fine\", not one of \"ok\". Reply again with one JSON object that fits the schema, "
        + "and nothing else.")
  }

  @Test func aStructuredReplyThatNeverFitsIsAnError() async {
    let model = ScriptedModel(Array(repeating: .reply("not json"), count: 3))
    await #expect {
      try await model.structuredReply(to: ConfigurationCheckRule.request(), maxReasks: 2)
    } throws: { error in
      guard case .invalidStructuredReply(let reply, _) = error as? LanguageModelError else {
        return false
      }
      return reply == "not json"
    }
  }

  @Test func transientFailuresAreRetriedWithBackOffAndRetryAfter() async throws {
    let model = ScriptedModel([
      .failure(.http(status: 429, message: "slow down", retryAfter: .seconds(3))),
      .failure(.unreachable("connection refused")),
      .reply("done"),
    ])
    let log = WaitRecorder()
    let retrying = RetryingLanguageModel(
      model, policy: RetryPolicy(maxRetries: 2), sleep: log.wait, jitter: { 0.5 })
    let reply = try await retrying.reply(to: ChatRequest(messages: [.user("x")]))
    #expect(reply.content == "done")
    // The server's 3 s, then 0.5 s · 2¹ shortened by 12.5 %.
    #expect(log.waits == [.seconds(3), .milliseconds(875)])
  }

  @Test func errorsThatWillNotChangeAreNotRetried() async {
    for error: LanguageModelError in [
      .http(status: 401, message: "bad key", retryAfter: nil),
      .http(status: 400, message: "bad request", retryAfter: nil),
      .http(status: 500, message: "1 validation error: Input should be 'text'", retryAfter: nil),
      .refused("no"),
    ] {
      let model = ScriptedModel([.failure(error), .reply("never")])
      let log = WaitRecorder()
      let retrying = RetryingLanguageModel(model, sleep: log.wait, jitter: { 0 })
      await #expect(throws: error) {
        try await retrying.reply(to: ChatRequest(messages: [.user("x")]))
      }
      #expect(log.waits.isEmpty)
    }
  }

  @Test func retriesStopAfterTheLimit() async {
    let failure = LanguageModelError.http(status: 503, message: "busy", retryAfter: nil)
    let model = ScriptedModel(Array(repeating: .failure(failure), count: 5))
    let log = WaitRecorder()
    let retrying = RetryingLanguageModel(
      model, policy: RetryPolicy(maxRetries: 3), sleep: log.wait, jitter: { 0 })
    await #expect(throws: failure) {
      try await retrying.reply(to: ChatRequest(messages: [.user("x")]))
    }
    #expect(log.waits == [.milliseconds(500), .seconds(1), .seconds(2)])
    #expect(model.requests.count == 4)
  }

  @Test func aCassetteRecordsAndReplaysExchanges() async throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-cassette-\(UUID().uuidString).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let recording = RecordingLanguageModel(MockLanguageModel(), cassette: path)
    let request = ConfigurationCheckRule.request(word: "plover")
    let recorded = try await recording.reply(to: request)
    let replay = try ReplayLanguageModel(cassette: path)
    let replayed = try await replay.reply(to: request)
    #expect(replayed.content == recorded.content)
    #expect(replayed.usage == recorded.usage)
    await #expect {
      try await replay.reply(to: ConfigurationCheckRule.request(word: "snipe"))
    } throws: { error in
      "\(error)".contains("has no reply to \"Reply with a JSON object")
    }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix(#"{"version":1,"request":{"#))
  }

  @Test func aCassetteIsARegularFile() throws {
    let fifo = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-fifo-\(UUID().uuidString)").path
    #expect(mkfifo(fifo, 0o600) == 0)
    defer { try? FileManager.default.removeItem(atPath: fifo) }
    // Refused at once, not waited on.
    #expect(throws: LanguageModelError.cassette("\(fifo): not a regular file")) {
      try ReplayLanguageModel(cassette: fifo)
    }
    #expect(throws: LanguageModelError.cassette("/dev/zero: not a regular file")) {
      try ReplayLanguageModel(cassette: "/dev/zero")
    }
  }
}
