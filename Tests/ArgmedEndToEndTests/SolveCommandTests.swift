import ArgmedTestSupport
import Foundation
import Testing

/// `argmed solve`, run on every shipped example case as a user runs it.
@Suite struct SolveCommandTests {
  let argmed = CommandRunner()
  static let cases = fixturesDirectory() + "/../../../examples/cases"

  /// What each example must give with the mock (examples/cases/README.md).
  struct Expectation: Sendable, CustomStringConvertible {
    var file: String
    var answer: String?
    var rule: String?
    var optional: [String]
    var rejected: [String]
    var description: String { file }
  }

  static let examples = [
    Expectation(
      file: "migraine-prevention", answer: "B", rule: "strongest",
      optional: ["B", "C"], rejected: ["A1"]),
    Expectation(
      file: "depression-with-insomnia", answer: "C", rule: "in-every-extension",
      optional: ["C"], rejected: ["A1"]),
    Expectation(
      file: "better-alternative", answer: "B", rule: "in-every-extension", optional: ["B"],
      rejected: ["A1"]),
    Expectation(
      file: "no-decision", answer: nil, rule: nil, optional: [], rejected: ["A1", "A2", "A3"]),
    Expectation(
      file: "pubmedqa-style", answer: "A", rule: "in-every-extension", optional: ["A"],
      rejected: ["A2"]),
    Expectation(
      file: "penicillin-allergy", answer: "C", rule: "in-every-extension", optional: ["C"],
      rejected: ["A1", "A2", "A6"]),
  ]

  static func path(_ name: String) -> String { "\(cases)/\(name).json" }

  private func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test(arguments: examples)
  func eachExampleReachesItsDecision(_ example: Expectation) throws {
    let run = try argmed.run(["solve", Self.path(example.file), "--format", "json"])
    #expect(run.status == 0)
    #expect(run.standardError == "")
    let report = try json(run.standardOutput)
    #expect(report["version"] as? Int == 2)
    let decision = try #require(report["decision"] as? [String: Any])
    #expect(decision["answer"] as? String == example.answer)
    #expect(decision["rule"] as? String == example.rule)
    let optional = try #require(decision["optional"] as? [[String: Any]])
    #expect(optional.compactMap { $0["option"] as? String } == example.optional)
    #expect(decision["noDecision"] as? Bool == (example.answer == nil))
    let graph = try #require(report["graph"] as? [String: Any])
    let solution = try #require(graph["solution"] as? [String: Any])
    let standings = try #require(solution["standings"] as? [[String: Any]])
    let rejected = standings.filter { $0["status"] as? String == "rejected" }
      .compactMap { $0["id"] as? String }
    let arguments = try #require(graph["arguments"] as? [[String: Any]])
    let decisions = Set(
      arguments.filter { $0["decision"] != nil }.compactMap { $0["id"] as? String })
    #expect(rejected.filter(decisions.contains) == example.rejected)
    let discussion = try #require(report["discussion"] as? [String: Any])
    #expect(discussion["ending"] as? String == "settled")
    #expect(discussion["failedTurns"] as? Int == 0)

    let text = try argmed.run(["solve", Self.path(example.file)])
    #expect(text.status == 0)
    let caseID = example.file
    #expect(text.standardOutput.hasPrefix("ArgMed: \(caseID)\nQuestion: "))
    if let answer = example.answer {
      #expect(text.standardOutput.contains("\nDecision: \(answer). "))
      #expect(text.standardOutput.contains("(rule \(example.rule ?? ""))"))
    } else {
      #expect(text.standardOutput.contains("\nDecision: none. No decision is acceptable"))
      #expect(text.standardOutput.contains("Conjecture 1"))
    }
  }

  @Test func exampleOneHasThePapersExplanationSets() throws {
    let run = try argmed.run(["solve", Self.path("migraine-prevention"), "--format", "json"])
    let decision = try #require(try json(run.standardOutput)["decision"] as? [String: Any])
    let optional = try #require(decision["optional"] as? [[String: Any]])
    #expect(
      optional.map { $0["explanationSets"] as? [[String]] } == [
        [["A2", "A4", "A5", "A6"]], [["A3", "A4", "A5", "A6"]],
      ])
    let text = try argmed.run(["solve", Self.path("migraine-prevention")])
    #expect(text.standardOutput.contains("  Explanation set for B: {A2, A4, A5, A6}\n"))
    // The paper's reason: propranolol also treats her essential tremor.
    #expect(
      text.standardOutput.contains(
        "  Why B rather than C: B is stronger under DF-QuAD (0.75 against 0.50), supported by "
          + "A6: Propranolol brings the patient a further benefit: it also helps essential tremor.\n"
      ))
    #expect(text.standardOutput.contains("CQ2 Does Valproate have side effects"))
    #expect(
      text.standardOutput.contains("Attacked by A4 (undercutting, CQ2), A5 (undercutting, CQ2)."))

    let grounded = try argmed.run([
      "solve", Self.path("migraine-prevention"), "--semantics", "grounded",
    ])
    #expect(
      grounded.standardOutput.contains(
        "Decision: none under grounded semantics: B. Propranolol, C. Verapamil undecided."))
  }

  @Test func twoMockRunsWriteTheSameBytes() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-solve-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var outputs: [[String]] = []
    for run in 1...2 {
      let transcript = "\(directory)/t\(run).jsonl"
      let dot = "\(directory)/g\(run).dot"
      let result = try argmed.run([
        "solve", Self.path("depression-with-insomnia"), "--transcript", transcript, "--dot", dot,
      ])
      #expect(result.status == 0)
      outputs.append([
        result.standardOutput, try String(contentsOfFile: transcript, encoding: .utf8),
        try String(contentsOfFile: dot, encoding: .utf8),
      ])
    }
    #expect(outputs[0] == outputs[1])
    let lines = outputs[0][1].split(separator: "\n")
    #expect(
      lines.first?.hasPrefix(#"{"version":1,"type":"discussion","case":"depression-with-insomnia""#)
        == true)
    #expect(lines.allSatisfy { $0.hasPrefix(#"{"version":1,"type":""#) })
    #expect(
      lines.contains {
        $0.contains(#""type":"exchange""#) && $0.contains("argmed_verifier_answers")
      })
    #expect(outputs[0][2].hasPrefix("digraph \"argmed\" {\n"))
  }

  @Test func drawsTheGraphAsSVG() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-solve-\(UUID().uuidString).svg").path
    defer { try? FileManager.default.removeItem(atPath: file) }
    let run = try argmed.run(["solve", Self.path("penicillin-allergy"), "--svg", file])
    #expect(run.status == 0)
    #expect(try String(contentsOfFile: file, encoding: .utf8).contains("<svg"))
  }

  @Test func aBadCaseIsRefusedWithTheField() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-bad-\(UUID().uuidString).json").path
    defer { try? FileManager.default.removeItem(atPath: file) }
    try #"{"question": "Which?", "options": {"A": "x", "B": 2}}"#.write(
      toFile: file, atomically: true, encoding: .utf8)
    let run = try argmed.run(["solve", file])
    #expect(run.status == 1)
    #expect(run.standardOutput == "")
    #expect(run.standardError == "argmed: error: \(file): options.B must be a string\n")

    let missing = try argmed.run(["solve", "/nonexistent/case.json"])
    #expect(missing.status == 1)
    #expect(
      missing.standardError.hasPrefix("argmed: error: /nonexistent/case.json: cannot be read"))

    let limits = try argmed.run(["solve", Self.path("no-decision"), "--max-rounds", "0"])
    #expect(limits.status == 64)
    #expect(limits.standardError.contains("--max-rounds must be between 1 and 100"))
    let semantics = try argmed.run(["solve", Self.path("no-decision"), "--semantics", "stage"])
    #expect(semantics.status == 64)
    // The help offers only what the command takes.
    let help = try argmed.run(["solve", "--help"])
    #expect(help.standardOutput.contains("semi-stable"))
    #expect(!help.standardOutput.contains("stage"))
  }
}
