import Argumentation
import LLMBridge

/// The Reasoner's request: which belief arguments attack each other.
///
/// The paper's Reasoner "identifies semantic relationships between
/// arguments" from the record of the discussion; the Verifier's questions
/// give every attack on a decision, so what is left to find is conflicts
/// between beliefs.
struct AttacksRequest: AgentRequest {
  static let schemaName = "argmed_reasoner_attacks"
  /// The most attacks one reply may propose.
  static let maximumAttacks = 32

  let beliefs: [StructuredArgument]

  var heading: AgentTurn.Heading { .init(agent: .reasoner, task: .identifyAttacks) }

  func chatRequest(in context: DiscussionContext) -> ChatRequest {
    let sections = [
      context.brief.text,
      PromptSection.beliefs.text(.array(beliefs.map(ArgumentPresentation.value(of:)))),
    ]
    let task = """
      Task: list the attacks between these belief arguments, each with the attacker's id, the \
      target's id, the kind of attack (undermining a premise, undercutting the inference, or \
      rebutting the conclusion), a one-sentence justification and the knowledge statements it \
      rests on. An empty list is a fine answer when none of them conflict.
      """
    return ChatRequest(
      messages: [
        .system(Reasoner.system), .user(sections.joined(separator: "\n\n") + "\n\n" + task),
      ],
      model: context.settings.model, maxTokens: context.settings.maxTokens,
      responseSchema: ResponseSchema(name: Self.schemaName, schema: Self.schema(beliefs: beliefs)))
  }

  static func schema(beliefs: [StructuredArgument]) -> JSONValue {
    let ids = JSONValue.array(beliefs.map { .string($0.id) })
    let attack = JSONValue.closedObjectSchema([
      "attacker": ["type": "string", "enum": ids], "target": ["type": "string", "enum": ids],
      "kind": ["type": "string", "enum": ["undermining", "undercutting", "rebutting"]],
      "reason": .textSchema, "knowledge": .citationsSchema,
    ])
    return .closedObjectSchema([
      "attacks": ["type": "array", "maxItems": .number(Double(maximumAttacks)), "items": attack]
    ])
  }

  /// The attacks of a reply that fits the schema; citations of statements
  /// the case does not have are dropped.
  func reply(from value: JSONValue, in context: DiscussionContext) -> [ReasonerAttack] {
    (value["attacks"]?.arrayValue ?? []).map { item in
      ReasonerAttack(
        attacker: item["attacker"]?.stringValue ?? "", target: item["target"]?.stringValue ?? "",
        kind: item["kind"]?.stringValue.flatMap(AttackKind.init(rawValue:)) ?? .rebutting,
        reason: (item["reason"]?.stringValue ?? "").clipped(),
        knowledge: (item["knowledge"]?.arrayValue ?? []).compactMap(\.stringValue)
          .filter { context.brief.statement($0) != nil })
    }
  }
}
