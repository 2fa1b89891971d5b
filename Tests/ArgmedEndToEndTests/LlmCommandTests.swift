import ArgmedTestSupport
import Foundation
import Testing

/// `argmed llm check` with the offline backends and the key rules.
@Suite struct LlmCommandTests {
  let argmed = CommandRunner()

  @Test func theMockPassesTheCheck() throws {
    let result = try argmed.run(["llm", "check"])
    #expect(result.status == 0)
    #expect(result.standardError == "")
    #expect(
      result.standardOutput.hasPrefix("model: mock (mock)\nlatency: ")
        && result.standardOutput.hasSuffix(
          "tokens: 25 prompt, 4 completion\nreply: {\"status\":\"ok\",\"echo\":\"heron\"} "
            + "(fits the schema)\n")
    )
  }

  @Test func aRecordedCheckReplaysOffline() throws {
    let cassette = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-check-\(UUID().uuidString).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: cassette) }
    #expect(try argmed.run(["llm", "check", "--record", cassette]).status == 0)
    let replay = try argmed.run(["llm", "check", "--llm", "replay", "--cassette", cassette])
    #expect(replay.status == 0)
    #expect(replay.standardOutput.contains("(replay of \(cassette))"))
  }

  @Test func aMissingKeyIsNamedAndNoKeyIsTakenFromArguments() throws {
    let result = try argmed.run(
      ["llm", "check", "--llm", "anthropic", "--model", "claude-test"],
      environment: ["PATH": "/usr/bin:/bin"])
    #expect(result.status == 1)
    #expect(
      result.standardError
        == "argmed: error: no API key: set the environment variable ANTHROPIC_API_KEY (keys are "
        + "read from the environment only)\n")
    let flag = try argmed.run(["llm", "check", "--api-key", "sk-secret"])
    #expect(flag.status != 0)
    #expect(!flag.standardOutput.contains("sk-secret"))
  }

  @Test func replayNeedsACassette() throws {
    let result = try argmed.run(["llm", "check", "--llm", "replay"])
    #expect(result.status != 0)
    #expect(result.standardError.contains("--llm replay needs --cassette FILE"))
  }

  @Test func aBaseURLWithCredentialsIsRefused() throws {
    let result = try argmed.run([
      "llm", "check", "--llm", "openai", "--model", "x",
      "--base-url", "http://user:pa55word@127.0.0.1:9/v1",
    ])
    #expect(result.status == 64)
    #expect(result.standardError.contains("--base-url must not hold a user, a password or a query"))
    #expect(!result.standardError.contains("pa55word"))
  }

  @Test func anUnreachableServerIsDiagnosed() throws {
    let result = try argmed.run([
      "llm", "check", "--llm", "openai", "--model", "x", "--base-url", "http://127.0.0.1:9",
      "--timeout", "3", "--max-retries", "0",
    ])
    #expect(result.status == 1)
    #expect(result.standardError.hasPrefix("argmed: error: "))
    #expect(
      result.standardError.contains("cannot reach http://127.0.0.1:9")
        || result.standardError.contains("did not answer within"))
  }

  /// `solve` and `eval` explain a model that cannot be reached as `llm check` does.
  @Test(arguments: [
    ["solve", "examples/cases/migraine-prevention.json"],
    ["eval", "examples/eval/clinical-mcq.jsonl", "--method", "direct", "--limit", "1"],
  ])
  func solveAndEvalGiveTheSameHint(_ command: [String]) throws {
    let root = fixturesDirectory() + "/../../.."
    let result = try argmed.run(
      command + [
        "--llm", "openai", "--model", "x", "--base-url", "http://127.0.0.1:9", "--timeout", "3",
        "--max-retries", "0",
      ], in: root)
    #expect(result.status == 1)
    #expect(result.standardOutput == "")
    #expect(
      result.standardError.contains(
        "cannot reach http://127.0.0.1:9: connection refused. Is the server running, and is "
          + "--base-url right?"), "\(result.standardError)")
  }
}
