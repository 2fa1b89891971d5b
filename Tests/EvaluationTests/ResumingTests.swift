import Agents
import ArgmedTestSupport
import Argumentation
import Evaluation
import Foundation
import LLMBridge
import Testing

/// What a run resumes: the results a file holds that it keeps, what it
/// still has to answer, and what it tells the person running it; and a
/// run cancelled midway.
@Suite struct ResumingTests {
  static func result(_ method: EvaluationMethod, _ caseID: String, hash: String?) -> CaseResult {
    CaseResult(
      method: method, caseID: caseID, caseHash: hash, answer: "B", expected: "B", modelCalls: 1,
      promptTokens: 1, completionTokens: 1, seconds: 0)
  }

  /// A results file of `EvaluationTests.run` holding `results`, then `tail`.
  static func file(_ results: [CaseResult], tail: String = "") throws -> String {
    let path = EvaluationTests.temporaryPath("resumed.jsonl")
    let lines = [EvaluationTests.run.jsonLine] + results.map(\.jsonLine)
    try (lines.joined(separator: "\n") + "\n" + tail).write(
      toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  static func evaluation(_ methods: [EvaluationMethod]) throws -> Evaluation {
    Evaluation(model: BaselineMock.model(), catalog: try SchemeCatalog.shipped(), methods: methods)
  }

  @Test func withoutAFileEveryAnswerIsToGive() throws {
    let dataset = try EvaluationTests.dataset()
    let evaluation = try Self.evaluation([.argmed, .direct])
    let plan = try evaluation.plan(dataset, resuming: nil)
    #expect(plan.kept.isEmpty)
    #expect(plan.done.isEmpty)
    #expect(plan.pending == evaluation.keys(of: dataset))
    #expect(plan.pending.count == 6)
  }

  @Test func theFilesAnswersForThisDatasetAndTheseMethodsAreKept() throws {
    let dataset = try EvaluationTests.dataset()
    let fingerprint = try #require(dataset.cases.first { $0.id == "trap" }?.fingerprint)
    let kept = [
      Self.result(.direct, "trap", hash: fingerprint),
      // A line written before results named their case's fingerprint.
      Self.result(.direct, "plain", hash: nil),
    ]
    let path = try Self.file(
      [
        kept[0],
        // Another method, and a case the dataset does not have.
        Self.result(.cot, "trap", hash: fingerprint), Self.result(.direct, "gone", hash: "x"),
        kept[1],
      ])
    defer { try? FileManager.default.removeItem(atPath: path) }
    let file = try ResultsFile(path: path, resume: true, run: EvaluationTests.run)
    let plan = try Self.evaluation([.argmed, .direct]).plan(dataset, resuming: file)
    #expect(plan.kept == kept)
    #expect(plan.done == [kept[0].key, kept[1].key])
    #expect(
      plan.pending.map { "\($0.method.rawValue) \($0.caseID)" } == [
        "argmed plain", "argmed trap", "argmed empty", "direct empty",
      ])
    #expect(file.notices.isEmpty)
  }

  @Test func aCaseChangedSinceItWasAnsweredIsRefused() throws {
    let dataset = try EvaluationTests.dataset()
    let path = try Self.file([Self.result(.direct, "trap", hash: "0000000000000000")])
    defer { try? FileManager.default.removeItem(atPath: path) }
    let file = try ResultsFile(path: path, resume: true, run: EvaluationTests.run)
    #expect(
      throws: AgentsError.invalidResults(
        path: path, problem: "case trap has changed since it was answered; name another file")
    ) {
      try Self.evaluation([.direct]).plan(dataset, resuming: file)
    }
    // Not when that case's answers are not wanted.
    #expect(try Self.evaluation([.cot]).plan(dataset, resuming: file).pending.count == 3)
  }

  @Test func aTornLineAndRepeatedAnswersAreSaid() throws {
    let answer = Self.result(.direct, "plain", hash: nil)
    let path = try Self.file([answer, answer, answer], tail: #"{"version":1,"#)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let file = try ResultsFile(path: path, resume: true, run: EvaluationTests.run)
    #expect(
      file.notices == [
        "\(path): cut off a torn last line; its answer is given again",
        "\(path): 2 repeated answers set aside (the first of each counts)",
      ])
    let once = try Self.file([answer, answer])
    defer { try? FileManager.default.removeItem(atPath: once) }
    #expect(
      try ResultsFile(path: once, resume: true, run: EvaluationTests.run).notices == [
        "\(once): 1 repeated answer set aside (the first of each counts)"
      ])
  }

  /// A model that answers nothing, until its request is cancelled.
  struct SilentModel: LanguageModel {
    var identity: String { "silent" }

    func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
      try? await Task.sleep(for: .seconds(600))
      throw .cancelled
    }
  }

  @Test func aCancelledRunRecordsNothingMoreAndReturns() async throws {
    let dataset = try EvaluationTests.dataset()
    let evaluation = Evaluation(
      model: SilentModel(), catalog: try SchemeCatalog.shipped(), methods: [.direct, .cot],
      concurrency: 2)
    let running = Task {
      var recorded = 0
      try await evaluation.run(dataset, skipping: []) { _ in recorded += 1 }
      return recorded
    }
    try await Task.sleep(for: .milliseconds(50))
    running.cancel()
    // The requests cancelled are no answers, and no failure of the model.
    #expect(try await running.value == 0)

    // Cancelled before it begins, it asks the model nothing.
    let model = ScriptedModel([:], fallback: BaselineMock.model())
    let cancelled = Task {
      try? await Task.sleep(for: .seconds(600))
      var recorded = 0
      try await Evaluation(model: model, catalog: try SchemeCatalog.shipped())
        .run(dataset, skipping: []) { _ in recorded += 1 }
      return recorded
    }
    cancelled.cancel()
    #expect(try await cancelled.value == 0)
    #expect(model.requests.isEmpty)
  }
}
