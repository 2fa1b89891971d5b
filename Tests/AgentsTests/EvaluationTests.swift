import Agents
import ArgmedTestSupport
import Argumentation
import Foundation
import LLMBridge
import Testing

/// Datasets, the results file, the runner and the summary of `argmed eval`.
@Suite struct EvaluationTests {
  static func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-eval-\(UUID().uuidString)-\(name)").path
  }

  static func line(_ id: String, answer: String, knowledge: String) -> String {
    #"{"id": "\#(id)", "question": "Which drug prevents her migraine?", "options": {"A": "Alphamab", "B": "Betanol", "C": "Gammazide"}, "answer_idx": "\#(answer)", "patient": {"goal": "fewer migraine attacks"}, "knowledge": [\#(knowledge)]}"#
  }

  static func achieves(_ option: String) -> String {
    #"{"kind": "achieves", "option": "\#(option)", "goal": "fewer migraine attacks"}"#
  }
  static func sideEffect(_ option: String) -> String {
    #"{"kind": "side-effect", "option": "\#(option)", "effect": "weight gain"}"#
  }

  /// Three cases: a plain one, a trap for the direct answer, and one where
  /// the knowledge runs out.
  static let jsonl =
    [
      line("plain", answer: "B", knowledge: achieves("B")),
      line(
        "trap", answer: "B",
        knowledge: [achieves("A"), sideEffect("A"), achieves("B")].joined(separator: ",")),
      line("empty", answer: "C", knowledge: ""),
    ].joined(separator: "\n") + "\n"

  static let run = EvaluationRun(dataset: "cases.jsonl", model: "mock", settings: .init())

  static func dataset() throws -> EvaluationDataset {
    let path = temporaryPath("cases.jsonl")
    try jsonl.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try EvaluationDataset(contentsOfFile: path)
  }

  @Test func aJSONLinesFileIsACasePerLine() throws {
    let path = Self.temporaryPath("lines.jsonl")
    defer { try? FileManager.default.removeItem(atPath: path) }
    try
      (#"{"question": "Q?", "options": {"A": "x", "B": "y"}}"# + "\n\n"
      + Self.line("b", answer: "A", knowledge: "") + "\n")
      .write(toFile: path, atomically: true, encoding: .utf8)
    let dataset = try EvaluationDataset(contentsOfFile: path)
    #expect(dataset.cases.map(\.id) == ["line-1", "b"])

    try
      (#"{"question": "Q?", "options": {"A": "x", "B": "y"}}"# + "\n"
      + #"{"question": "Q?", "options": {"A": "x"}}"#)
      .write(toFile: path, atomically: true, encoding: .utf8)
    #expect(
      throws: AgentsError.invalidCase(
        path: "\(path):2", field: "options", problem: "must hold at least two options")
    ) {
      try EvaluationDataset(contentsOfFile: path)
    }
    try
      (Self.line("same", answer: "A", knowledge: "") + "\n"
      + Self.line("same", answer: "B", knowledge: ""))
      .write(toFile: path, atomically: true, encoding: .utf8)
    #expect(
      throws: AgentsError.invalidCase(
        path: "\(path):2", field: "id", problem: "\"same\" is also the id of line 1")
    ) {
      try EvaluationDataset(contentsOfFile: path)
    }
  }

  @Test func aPubMedQAFileIsAnObjectOfRecordsByPMID() throws {
    let path = Self.temporaryPath("ori_pqal.json")
    defer { try? FileManager.default.removeItem(atPath: path) }
    try #"""
    {"21645374": {"QUESTION": "Do mitochondria play a role?", "CONTEXTS": ["…"], "LABELS": ["BACKGROUND"], "final_decision": "yes"},
     "16418930": {"QUESTION": "Is it safe?", "CONTEXTS": ["…"], "final_decision": "maybe"}}
    """#.write(toFile: path, atomically: true, encoding: .utf8)
    let dataset = try EvaluationDataset(contentsOfFile: path)
    #expect(dataset.cases.map(\.id) == ["16418930", "21645374"])
    #expect(dataset.cases.map(\.answerKey) == ["C", "A"])
    #expect(dataset.limited(to: 1, seed: nil).cases.map(\.id) == ["16418930"])
  }

  @Test func aSeededSampleIsTheSameForTheSameSeed() throws {
    let cases = (1...50).map {
      ClinicalCase(
        id: "c\($0)", question: "Q?",
        options: [.init(key: "A", text: "x"), .init(key: "B", text: "y")])
    }
    let dataset = try EvaluationDataset(path: "d", checking: cases)
    let first = dataset.limited(to: 10, seed: 7).cases.compactMap(\.id)
    #expect(first == dataset.limited(to: 10, seed: 7).cases.compactMap(\.id))
    #expect(first != dataset.limited(to: 10, seed: 8).cases.compactMap(\.id))
    #expect(first.count == 10)
    // In file order.
    let numbers = first.compactMap { Int($0.dropFirst()) }
    #expect(numbers == numbers.sorted())
  }

  @Test func theMockEvaluationAnswersEveryCaseByEveryMethodOnce() async throws {
    let dataset = try Self.dataset()
    let evaluation = Evaluation(
      model: ArgMedMock.model(), catalog: try SchemeCatalog.shipped(), concurrency: 3)
    var results: [CaseResult] = []
    try await evaluation.run(dataset, skipping: []) { results.append($0) }
    #expect(results.count == 9)
    #expect(Set(results.map { "\($0.method.rawValue) \($0.caseID)" }).count == 9)
    let answers = Dictionary(
      uniqueKeysWithValues: results.map {
        ("\($0.method.rawValue) \($0.caseID)", $0.answer ?? "none")
      })
    // The direct answer falls into the trap; the discussion and the
    // chain of thought weigh the side effect.
    #expect(answers["direct trap"] == "A")
    #expect(answers["cot trap"] == "B")
    #expect(answers["argmed trap"] == "B")
    #expect(answers["argmed empty"] == "none")
    #expect(results.first { $0.method == .argmed && $0.caseID == "empty" }?.noDecision == true)

    let summary = EvaluationSummary(
      run: Self.run, total: 3, methods: [.argmed, .direct, .cot], results: results)
    #expect(summary.methods.map(\.correct) == [2, 1, 2])
    #expect(summary.conjecture?.noDecision == 1)
    #expect(summary.conjecture?.wrongAnswersWithoutDecision == 1)
    #expect(summary.conjecture?.baselinesWrongThere == [.direct: 1, .cot: 1])

    // Skipping what is done leaves the rest.
    var rest: [CaseResult] = []
    try await evaluation.run(
      dataset,
      skipping: Set(
        results.filter { $0.method == .argmed }.map {
          Evaluation.Key(method: .argmed, caseID: $0.caseID)
        })
    ) { rest.append($0) }
    #expect(rest.count == 6)
    #expect(!rest.contains { $0.method == .argmed })
  }

  @Test func theResultsFileKeepsWholeLinesAndCutsATornOne() throws {
    let path = Self.temporaryPath("results.jsonl")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = CaseResult(
      method: .direct, caseID: "a", answer: "B", expected: "B", modelCalls: 1, promptTokens: 10,
      completionTokens: 2, seconds: 0.25)
    do {
      let file = try ResultsFile(path: path, resume: false, run: Self.run)
      try file.append(result)
    }
    #expect(throws: AgentsError.self) { try ResultsFile(path: path, resume: false, run: Self.run) }
    // A run killed while writing leaves half a line.
    let handle = try #require(FileHandle(forWritingAtPath: path))
    handle.seekToEndOfFile()
    handle.write(Data(#"{"version":1,"method":"cot","case":"#.utf8))
    try handle.close()
    let resumed = try ResultsFile(path: path, resume: true, run: Self.run)
    #expect(resumed.existing == [result])
    #expect(resumed.cutTornLine)
    try resumed.append(
      CaseResult(
        method: .cot, caseID: "a", answer: nil, expected: "B", failure: "no", modelCalls: 3,
        promptTokens: 30, completionTokens: 0, seconds: 1))
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.dropFirst().allSatisfy { CaseResult(jsonLine: String($0)) != nil })
    #expect(lines.first?.hasPrefix(#"{"version":1,"format":"argmed-eval-results""#) == true)
    // While a run holds the file, another cannot open it.
    #expect(
      throws: AgentsError.invalidResults(
        path: path, problem: "is in use by another run (it is locked)")
    ) {
      try ResultsFile(path: path, resume: true, run: Self.run)
    }
  }

  @Test func aResultsFileIsCheckedLineByLine() throws {
    let path = Self.temporaryPath("checked.jsonl")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let header = Self.run.jsonLine
    let answer = CaseResult(
      method: .direct, caseID: "a", answer: "B", expected: "B", modelCalls: 1, promptTokens: 1,
      completionTokens: 1, seconds: 0)
    // A complete last line that is not a result is no torn write: an error.
    try (header + "\n" + answer.jsonLine + "\ngarbage\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    #expect(
      throws: AgentsError.invalidResults(path: "\(path):3", problem: "is not a result line")
    ) {
      try ResultsFile(path: path, resume: true, run: Self.run)
    }
    // The same answer twice counts once.
    try (header + "\n" + answer.jsonLine + "\n" + answer.jsonLine + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    do {
      let file = try ResultsFile(path: path, resume: true, run: Self.run)
      #expect(file.existing == [answer])
      #expect(file.repeated == 1)
    }
    // Another model's file is not resumed.
    let other = EvaluationRun(
      dataset: "cases.jsonl", model: "openai-compatible gpt at x", settings: .init())
    #expect(
      throws: AgentsError.invalidResults(
        path: path,
        problem:
          "was made by another run (model mock, not openai-compatible gpt at x); name another file")
    ) {
      try ResultsFile(path: path, resume: true, run: other)
    }
    // A file that is not a results file at all.
    try "{\"question\": \"Q?\"}\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(
      throws: AgentsError.invalidResults(
        path: "\(path):1", problem: "is not the first line of an argmed eval results file")
    ) {
      try ResultsFile(path: path, resume: true, run: Self.run)
    }
    #expect(
      throws: AgentsError.invalidResults(path: "/dev/zero", problem: "is not a regular file")
    ) {
      try ResultsFile(path: "/dev/zero", resume: true, run: Self.run)
    }
  }

  @Test func theWilsonIntervalIsTheTextbooks() {
    let interval = EvaluationSummary.wilsonInterval(successes: 8, trials: 10)
    #expect(abs(interval.lowerBound - 0.4902) < 0.0005)
    #expect(abs(interval.upperBound - 0.9433) < 0.0005)
    #expect(EvaluationSummary.wilsonInterval(successes: 0, trials: 0) == 0...1)
    let none = EvaluationSummary.wilsonInterval(successes: 0, trials: 20)
    #expect(none.lowerBound == 0)
    #expect(abs(none.upperBound - 0.1611) < 0.0005)
  }

  @Test func theHTMLReportReadsOfflineAndEscapesItsText() throws {
    let summary = EvaluationSummary(
      run: EvaluationRun(
        dataset: "<script>alert(1)</script>.jsonl", model: "mock", settings: .init()),
      total: 1, methods: [.argmed, .direct],
      results: [
        CaseResult(
          method: .argmed, caseID: "a", answer: "A", expected: "A", modelCalls: 9, promptTokens: 1,
          completionTokens: 1, seconds: 0.1),
        CaseResult(
          method: .direct, caseID: "a", answer: "B", expected: "A", modelCalls: 1, promptTokens: 1,
          completionTokens: 1, seconds: 0.1),
      ])
    let html = summary.htmlReport
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<svg"))
    #expect(!html.contains("<script>"))
    // No link out of the page: the only URL is the SVG namespace.
    #expect(
      html.components(separatedBy: "http").count - 1
        == html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1)
    #expect(html.contains("&lt;script&gt;"))
    #expect(summary.jsonDocument.contains(#""format": "argmed-eval-summary""#))
  }

  @Test func progressShowsRateTimeLeftAndAccuracy() {
    var progress = EvaluationProgress(total: 40, methods: [.direct])
    for index in 0..<12 {
      progress.count(
        CaseResult(
          method: .direct, caseID: "\(index)", answer: index < 9 ? "A" : "B", expected: "A",
          modelCalls: 1, promptTokens: 1, completionTokens: 1, seconds: 0),
        at: .seconds(4))
    }
    #expect(progress.line == "12/40 answers (30%), 3.0/s, ETA 0:10, direct 75.0%")
    let bar = progress.bar(width: 80)
    let room = bar.prefix { $0 != "]" }.count - 1
    #expect(bar.filter { $0 == "#" }.count == room * 12 / 40)
    #expect(progress.bar(width: 80).hasSuffix("] 12/40  3.0/s  ETA 0:10  direct 75.0%"))
    #expect(progress.bar(width: 30).count == 30)
  }

  @Test func anArgMedCaseWhoseProposalsFailIsAFailureNotANoDecision() async throws {
    let wrong: ScriptedModel.Step = #"{"decisions": 3}"#
    let model = ScriptedModel(["argmed_generator_decisions": [wrong, wrong, wrong]])
    let evaluation = Evaluation(
      model: model, catalog: try SchemeCatalog.shipped(), methods: [.argmed])
    let result = try await evaluation.answer(try Self.dataset().cases[0], by: .argmed)
    #expect(result.answer == nil)
    #expect(!result.noDecision)
    #expect(result.failure?.hasPrefix("the Generator's proposals failed") == true)
    #expect(result.failedTurns == 1)
  }

  @Test func aRequestTheServerRefusesFailsThatCaseOnly() async throws {
    let tooLong: ScriptedModel.Step = .failure(
      .http(status: 400, message: "context length exceeded", retryAfter: nil))
    let model = ScriptedModel(["argmed_direct_answer": [tooLong]])
    let evaluation = Evaluation(
      model: model, catalog: try SchemeCatalog.shipped(), methods: [.direct])
    var results: [CaseResult] = []
    try await evaluation.run(try Self.dataset(), skipping: []) { results.append($0) }
    #expect(results.count == 3)
    #expect(results.filter { $0.failure != nil }.count == 1)
    let unreachable = Evaluation(
      model: UnreachableModel(), catalog: try SchemeCatalog.shipped(), methods: [.direct])
    await #expect(throws: AgentsError.self) {
      try await unreachable.run(try Self.dataset(), skipping: []) { _ in }
    }
  }
}
