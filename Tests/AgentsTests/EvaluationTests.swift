import Agents
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
      throws: AgentsError.invalidCase(path: path, field: "id", problem: "\"same\" names two cases")
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
      dataset: "cases.jsonl", total: 3, methods: [.argmed, .direct, .cot], results: results)
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
      let file = try ResultsFile(path: path, resume: false)
      try file.append(result)
    }
    #expect(throws: AgentsError.self) { try ResultsFile(path: path, resume: false) }
    // A run killed while writing leaves half a line.
    let handle = try #require(FileHandle(forWritingAtPath: path))
    handle.seekToEndOfFile()
    handle.write(Data(#"{"version":1,"method":"cot","case":"#.utf8))
    try handle.close()
    let resumed = try ResultsFile(path: path, resume: true)
    #expect(resumed.existing == [result])
    #expect(resumed.cutTornLine)
    try resumed.append(
      CaseResult(
        method: .cot, caseID: "a", answer: nil, expected: "B", failure: "no", modelCalls: 3,
        promptTokens: 30, completionTokens: 0, seconds: 1))
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { CaseResult(jsonLine: String($0)) != nil })

    // A broken line before the last is not a torn write: it is an error.
    try ("garbage\n" + lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: AgentsError.invalidResults(path: "\(path):1", problem: "is not a result line"))
    {
      try ResultsFile(path: path, resume: true)
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
      dataset: "<script>alert(1)</script>.jsonl", total: 1, methods: [.argmed, .direct],
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
    #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(html.contains("&lt;script&gt;"))
    #expect(summary.jsonDocument.contains(#""format": "argmed-eval-summary""#))
  }

  @Test func progressShowsRateTimeLeftAndAccuracy() {
    var progress = EvaluationProgress(total: 40)
    for index in 0..<12 {
      progress.count(
        CaseResult(
          method: .direct, caseID: "\(index)", answer: index < 9 ? "A" : "B", expected: "A",
          modelCalls: 1, promptTokens: 1, completionTokens: 1, seconds: 0),
        at: .seconds(4))
    }
    #expect(progress.line == "12/40 answers (30%), 3.0/s, ETA 0:10, accuracy 75.0%")
    #expect(progress.bar(width: 80).hasPrefix("[###########.........................."))
    #expect(progress.bar(width: 80).hasSuffix("] 12/40  3.0/s  ETA 0:10  accuracy 75.0%"))
  }
}
