import Agents
import LLMBridge

/// The baselines ArgMed-Agents is compared with (the paper's section IV).
///
/// Answering directly, and chain-of-thought reasoning before the answer:
/// our own prompts, through the same bridge as the agents.
enum BaselinePrompts {
  static let directSchemaName = "argmed_direct_answer"
  static let chainOfThoughtSchemaName = "argmed_chain_of_thought"

  static let system = """
    You are a clinician answering a multiple-choice clinical question. Use the case, its \
    knowledge statements and established clinical knowledge. Answer with one JSON object that \
    fits the schema, and nothing else.
    """

  /// The request for a direct answer: the option's key, nothing else.
  static func directRequest(brief: CaseBrief, model: String?, seed: Int?) -> ChatRequest {
    let task = "Task: answer with the key of the best option, without explanation."
    return ChatRequest(
      messages: [.system(system), .user(brief.text + "\n\n" + task)], model: model, seed: seed,
      maxTokens: 64,
      responseSchema: ResponseSchema(
        name: directSchemaName,
        schema: [
          "type": "object", "properties": ["answer": answer(brief)], "required": ["answer"],
          "additionalProperties": false,
        ]))
  }

  /// The request for reasoning step by step, then the answer.
  static func chainOfThoughtRequest(
    brief: CaseBrief, model: String?, seed: Int?, maxTokens: Int
  ) -> ChatRequest {
    let task = """
      Task: think step by step. Weigh each option against the patient's findings and the \
      knowledge (what speaks for it, what speaks against it), write that reasoning, then give the \
      key of the best option.
      """
    return ChatRequest(
      messages: [.system(system), .user(brief.text + "\n\n" + task)], model: model, seed: seed,
      maxTokens: maxTokens,
      responseSchema: ResponseSchema(
        name: chainOfThoughtSchemaName,
        schema: [
          "type": "object",
          "properties": ["reasoning": ["type": "string"], "answer": answer(brief)],
          "required": ["reasoning", "answer"], "additionalProperties": false,
        ]))
  }

  private static func answer(_ brief: CaseBrief) -> JSONValue {
    ["type": "string", "enum": .array(brief.clinicalCase.options.map { .string($0.key) })]
  }
}
