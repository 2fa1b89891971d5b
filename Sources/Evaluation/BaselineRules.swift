import Agents
import LLMBridge

/// The offline model's rules for the baselines.
///
/// As `ArgMedMock`'s rules do for the agents, they read the very prompts a
/// real model gets and answer from the case's knowledge statements in
/// them, by fixed rules:
///
/// - The direct baseline answers the first option, in key order, that a
///   statement says achieves the patient's goal (the first option when
///   none does): it weighs nothing against it.
/// - The chain-of-thought baseline scores each option, +1 for each
///   statement for it (`achieves` the goal, `evidence`, `better-than`) and
///   −1 for each against it (`side-effect`, `contraindication`, `danger`,
///   another option `better-than` it), writes that reasoning, and answers
///   the best score, ties to the first in key order.
public enum BaselineMock {
  /// The rules: the direct answer and the chain of thought.
  public static var rules: [any MockRule] { [DirectAnswerRule(), ChainOfThoughtRule()] }

  /// The mock model for an evaluation: `ArgMedMock`'s rules for the
  /// agents (and `argmed llm check`), then the baselines'.
  public static func model() -> MockLanguageModel {
    MockLanguageModel(rules: ArgMedMock.rules + rules)
  }
}

/// The direct baseline: the first option that achieves the goal.
struct DirectAnswerRule: MockRule {
  func reply(to request: ChatRequest) -> String? {
    guard let reading = MockReading(request, schema: BaselinePrompts.directSchemaName),
      let first = reading.options.first
    else { return nil }
    let goal = PromptSection.patient.value(in: reading.prompt)?["goal"]?.stringValue
    let keys = reading.options.map(\.key).sorted(by: ClinicalCase.precedesNaturally)
    let answer =
      keys.first { key in
        reading.knowledge.contains { MockReading.achieves($0, goal: goal) && $0.option == key }
      } ?? keys.first ?? first.key
    return JSONValue.object([("answer", .string(answer))]).text
  }
}

/// The chain-of-thought baseline: statements for an option count +1,
/// statements against it −1; the best score wins.
struct ChainOfThoughtRule: MockRule {
  func reply(to request: ChatRequest) -> String? {
    guard let reading = MockReading(request, schema: BaselinePrompts.chainOfThoughtSchemaName),
      !reading.options.isEmpty
    else { return nil }
    let goal = PromptSection.patient.value(in: reading.prompt)?["goal"]?.stringValue
    var steps: [String] = []
    var best: (key: String, score: Int)?
    for key in reading.options.map(\.key).sorted(by: ClinicalCase.precedesNaturally) {
      var score = 0
      var said: [String] = []
      for statement in reading.knowledge {
        let about = statement.option == key
        var weight = 0
        if about
          && (MockReading.achieves(statement, goal: goal)
            || [.evidence, .betterThan].contains(statement.kind))
        {
          weight = 1
        } else if about && [.sideEffect, .contraindication, .danger].contains(statement.kind) {
          weight = -1
        } else if statement.kind == .betterThan && statement.field("than") == key {
          weight = -1
        }
        guard weight != 0 else { continue }
        score += weight
        said.append((weight > 0 ? "for: " : "against: ") + reading.sentence(statement))
      }
      steps.append(
        "\(key). \(reading.text(of: key)): score \(score)"
          + (said.isEmpty ? " (nothing known)" : " (" + said.joined(separator: "; ") + ")"))
      if score > best?.score ?? Int.min { best = (key, score) }
    }
    guard let best else { return nil }
    return JSONValue.object([
      ("reasoning", .string(steps.joined(separator: ". ") + ". Best: \(best.key).")),
      ("answer", .string(best.key)),
    ]).text
  }
}
