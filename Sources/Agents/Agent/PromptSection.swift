import LLMBridge

/// A labelled block of one-line JSON in a prompt: how the agents' prompts
/// carry the case, the argument and its questions.
///
/// Each section is a label line ending in `(JSON):` followed by the value
/// on one line. Real models read the JSON as they read any text; the mock
/// model finds a section by its label and parses it, so that it answers
/// from what the prompt says and nothing else. Every text from the case or
/// a model is inside a section's JSON, where a line break is written
/// `\n`: no case can forge a section.
package enum PromptSection: String, CaseIterable, Sendable {
  case clinicalQuestion = "The clinical question"
  case contexts = "Context"
  case patient = "The patient"
  case options = "Options"
  case knowledge = "Knowledge given with the case"
  case argument = "The argument"
  case questions = "Its critical questions"
  case answered = "The argument answered"
  case question = "The critical question answered against it"
  case verdict = "The Verifier's answer"
  case citedKnowledge = "The knowledge the Verifier cited"
  case counterScheme = "The counter-argument's scheme"
  case limits = "Limits"
  case beliefs = "The belief arguments"
  case decisions = "The decision arguments"
  case arguments = "The arguments"

  /// The label line.
  var label: String { rawValue + " (JSON):" }

  /// The section as prompt text: the label line, then the value.
  func text(_ value: JSONValue) -> String {
    label + "\n" + value.text
  }

  /// The section's value in a prompt, when the prompt has it.
  ///
  /// - Complexity: linear in the length of the prompt.
  package func value(in prompt: String) -> JSONValue? {
    guard let range = prompt.range(of: "\n" + label + "\n") ?? prefixRange(in: prompt) else {
      return nil
    }
    let line = prompt[range.upperBound...].prefix { $0 != "\n" }
    return try? JSONValue(parsing: String(line))
  }

  private func prefixRange(in prompt: String) -> Range<String.Index>? {
    guard prompt.hasPrefix(label + "\n") else { return nil }
    return prompt.range(of: label + "\n")
  }
}
