import Agents
import ArgmedTestSupport
import Argumentation
import Foundation
import Testing

/// Decisions follow from reasons, never from the order of the options:
/// relabelling a case's options so that they are listed in another order
/// (their texts, the knowledge about them and the answer key following
/// them) gives the same decision, or the same tie, under every rotation
/// and the reversal.
@Suite struct OptionOrderTests {
  static let catalog = Result { try SchemeCatalog.shipped() }
  static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../examples/cases").standardized.path

  /// What a discussion decided, by option text, so that it reads the same
  /// under any labelling.
  struct Outcome: Hashable, CustomStringConvertible {
    var answer: String?
    var tied: Set<String>
    var rule: DecisionRule?

    var description: String {
      "\(answer ?? "no answer") (\(rule?.rawValue ?? "no rule"))"
        + (tied.isEmpty ? "" : " tied \(tied.sorted())")
    }
  }

  /// `clinicalCase` with its options' texts moved so that the option at
  /// position `i` takes the text at `order[i]`; the knowledge and the
  /// answer key follow the texts.
  static func relabelled(_ clinicalCase: ClinicalCase, order: [Int]) -> ClinicalCase {
    let keys = clinicalCase.options.map(\.key)
    var keyFor: [String: String] = [:]
    for (position, source) in order.enumerated() { keyFor[keys[source]] = keys[position] }
    var moved = clinicalCase
    moved.options = order.enumerated().map { position, source in
      ClinicalCase.Option(key: keys[position], text: clinicalCase.options[source].text)
    }
    moved.answerKey = clinicalCase.answerKey.flatMap { keyFor[$0] }
    moved.knowledge = clinicalCase.knowledge.map { statement in
      var statement = statement
      statement.option = keyFor[statement.option] ?? statement.option
      if let than = statement.fields["than"] { statement.fields["than"] = keyFor[than] ?? than }
      return statement
    }
    return moved
  }

  /// Every rotation of the options and their reversal.
  static func orders(of count: Int) -> [[Int]] {
    let identity = Array(0..<count)
    let rotations = (0..<count).map { shift in identity.map { ($0 + shift) % count } }
    return rotations + [identity.reversed()]
  }

  static func outcome(of clinicalCase: ClinicalCase) async throws -> Outcome {
    let discussion = Discussion(model: ArgMedMock.model(), catalog: try catalog.get())
    let decision = try await discussion.run(clinicalCase).decision
    let text = { (key: String) in clinicalCase.option(key)?.text ?? key }
    return Outcome(
      answer: decision.answer.map(text), tied: Set(decision.tied.map(text)), rule: decision.rule)
  }

  static func expectTheSameOutcomeUnderEveryOrder(_ clinicalCase: ClinicalCase) async throws {
    let original = try await outcome(of: clinicalCase)
    for order in orders(of: clinicalCase.options.count) {
      let moved = try await outcome(of: relabelled(clinicalCase, order: order))
      #expect(moved == original, "\(clinicalCase.id ?? "case") in the order \(order)")
    }
  }

  static var exampleFiles: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: examples)) ?? [])
      .filter { $0.hasSuffix(".json") }.sorted()
  }

  @Test func theExamplesAreFound() {
    #expect(Self.exampleFiles.count >= 6)
  }

  @Test(arguments: exampleFiles)
  func anExampleDecidesAlikeInEveryOrder(_ file: String) async throws {
    try await Self.expectTheSameOutcomeUnderEveryOrder(
      try ClinicalCase(contentsOfFile: Self.examples + "/" + file))
  }

  @Test func theMigraineExampleTiesNoLongerButWinsByTheTremor() async throws {
    let migraine = try ClinicalCase(contentsOfFile: Self.examples + "/migraine-prevention.json")
    for order in Self.orders(of: 4) {
      let outcome = try await Self.outcome(of: Self.relabelled(migraine, order: order))
      #expect(outcome.answer == "Propranolol")
      #expect(outcome.rule == .strongest)
    }
  }

  /// A random case: three to five options, each with statements drawn at
  /// random from every kind the mock reads.
  static func randomCase(seed: UInt64) -> ClinicalCase {
    var generator = SplitMix64(seed: seed)
    let count = Int.random(in: 3...5, using: &generator)
    let keys = ["A", "B", "C", "D", "E"].prefix(count)
    let goal = "the goal of care"
    var knowledge: [KnowledgeStatement] = []
    for key in keys {
      if Double.random(in: 0..<1, using: &generator) < 0.8 {
        knowledge.append(.init(kind: .achieves, option: key, fields: ["goal": goal]))
      }
      let draws: [(Double, KnowledgeStatement)] = [
        (0.3, .init(kind: .sideEffect, option: key, fields: ["effect": "harm \(key)"])),
        (0.15, .init(kind: .contraindication, option: key, fields: ["condition": "state \(key)"])),
        (0.15, .init(kind: .danger, option: key, fields: ["danger": "danger \(key)"])),
        (0.3, .init(kind: .evidence, option: key, fields: ["claim": "\(key) works."])),
        (0.3, .init(kind: .benefit, option: key, fields: ["finding": "finding \(key)"])),
      ]
      for (chance, statement) in draws where Double.random(in: 0..<1, using: &generator) < chance {
        knowledge.append(statement)
      }
      for other in keys where other != key && Double.random(in: 0..<1, using: &generator) < 0.15 {
        knowledge.append(.init(kind: .betterThan, option: key, fields: ["than": other]))
      }
    }
    return ClinicalCase(
      id: "random-\(seed)", question: "Which option?",
      options: keys.map { .init(key: $0, text: "Option text \($0)") }, findings: ["a finding"],
      goal: goal, knowledge: knowledge)
  }

  @Test(arguments: 1...10)
  func aRandomCaseDecidesAlikeInEveryOrder(_ seed: Int) async throws {
    try await Self.expectTheSameOutcomeUnderEveryOrder(Self.randomCase(seed: UInt64(seed)))
  }
}
