import Foundation
import LLMBridge
import Testing

/// A model that plays back a script of outcomes, one per call, and counts
/// the calls.
actor ScriptedModel: LanguageModel {
  private var script: [Result<ChatReply, LanguageModelError>]
  private(set) var requests: [ChatRequest] = []

  init(_ script: [Result<ChatReply, LanguageModelError>]) {
    self.script = script
  }

  nonisolated var identity: String { "scripted" }

  func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    requests.append(request)
    guard !script.isEmpty else { throw .misconfigured("the script is over") }
    return try script.removeFirst().get()
  }
}

/// Records the waits a retrying model asks for, without waiting.
final class SleepLog: @unchecked Sendable {
  private let lock = NSLock()
  private var waits: [Duration] = []

  var recorded: [Duration] { lock.withLock { waits } }

  func sleep(_ duration: Duration) async throws {
    lock.withLock { waits.append(duration) }
  }
}

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
      .success(ChatReply(content: #"{"status":"fine"}"#)),
      .success(ChatReply(content: "```json\n{\"status\":\"ok\",\"echo\":\"heron\"}\n```")),
    ])
    let (value, _) = try await model.structuredReply(to: ConfigurationCheckRule.request())
    #expect(value["echo"] == "heron")
    let requests = await model.requests
    #expect(requests.count == 2)
    #expect(
      requests[1].messages.last?.content
        == "That reply does not fit the required JSON schema: $ lacks \"echo\"; $.status is "
        + "\"fine\", not one of \"ok\". Reply again with one JSON object that fits the schema, "
        + "and nothing else.")
  }

  @Test func aStructuredReplyThatNeverFitsIsAnError() async {
    let model = ScriptedModel(Array(repeating: .success(ChatReply(content: "not json")), count: 3))
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
      .success(ChatReply(content: "done")),
    ])
    let log = SleepLog()
    let retrying = RetryingLanguageModel(
      model, policy: RetryPolicy(maxRetries: 2), sleep: log.sleep, jitter: { 0.5 })
    let reply = try await retrying.reply(to: ChatRequest(messages: [.user("x")]))
    #expect(reply.content == "done")
    // The server's 3 s, then 0.5 s · 2¹ shortened by 12.5 %.
    #expect(log.recorded == [.seconds(3), .milliseconds(875)])
  }

  @Test func errorsThatWillNotChangeAreNotRetried() async {
    for error: LanguageModelError in [
      .http(status: 401, message: "bad key", retryAfter: nil),
      .http(status: 400, message: "bad request", retryAfter: nil),
      .http(status: 500, message: "1 validation error: Input should be 'text'", retryAfter: nil),
      .refused("no"),
    ] {
      let model = ScriptedModel([.failure(error), .success(ChatReply(content: "never"))])
      let log = SleepLog()
      let retrying = RetryingLanguageModel(model, sleep: log.sleep, jitter: { 0 })
      await #expect(throws: error) {
        try await retrying.reply(to: ChatRequest(messages: [.user("x")]))
      }
      #expect(log.recorded.isEmpty)
    }
  }

  @Test func retriesStopAfterTheLimit() async {
    let failure = LanguageModelError.http(status: 503, message: "busy", retryAfter: nil)
    let model = ScriptedModel(Array(repeating: .failure(failure), count: 5))
    let log = SleepLog()
    let retrying = RetryingLanguageModel(
      model, policy: RetryPolicy(maxRetries: 3), sleep: log.sleep, jitter: { 0 })
    await #expect(throws: failure) {
      try await retrying.reply(to: ChatRequest(messages: [.user("x")]))
    }
    #expect(log.recorded == [.milliseconds(500), .seconds(1), .seconds(2)])
    #expect(await model.requests.count == 4)
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
