import Argumentation
import LLMBridge

/// An attack between belief arguments that the Reasoner identified, with
/// its justification, and whether it was added to the graph.
public struct ReasonerAttack: Hashable, Sendable {
  public var attacker: String
  public var target: String
  public var kind: AttackKind
  /// The Reasoner's justification.
  public var reason: String
  /// The knowledge statements cited (K1, K2, …).
  public var knowledge: [String]
  /// Why the attack was not added, when it was refused.
  public var refused: String?

  public init(
    attacker: String, target: String, kind: AttackKind, reason: String, knowledge: [String],
    refused: String? = nil
  ) {
    self.attacker = attacker
    self.target = target
    self.kind = kind
    self.reason = reason
    self.knowledge = knowledge
    self.refused = refused
  }
}

/// The Reasoner's request: which belief arguments attack each other.
///
/// The paper's Reasoner "identifies semantic relationships between
/// arguments" from the record of the discussion; the Verifier's questions
/// give every attack on a decision, so what is left to find is conflicts
/// between beliefs.
enum ReasonerPrompts {
  static let schemaName = "argmed_reasoner_attacks"
  /// The most attacks one reply may propose.
  static let maximumAttacks = 32

  static let system = """
    You are the Reasoner of ArgMed-Agents, a discussion between agents about a clinical \
    question. You read the belief arguments the discussion produced and identify which of them \
    attack each other: one attacks another when its conclusion contradicts the other's \
    conclusion or one of its premises. Give only attacks you can justify from the case, its \
    knowledge statements or established clinical knowledge, and cite the statements you use. \
    Answer with one JSON object that fits the schema, and nothing else.
    """

  static func request(
    brief: CaseBrief, beliefs: [StructuredArgument], model: String?, maxTokens: Int
  ) -> ChatRequest {
    let sections = [
      brief.text,
      PromptSection.beliefs.text(.array(beliefs.map(ArgumentPresentation.value(of:)))),
    ]
    let task = """
      Task: list the attacks between these belief arguments, each with the attacker's id, the \
      target's id, the kind of attack (undermining a premise, undercutting the inference, or \
      rebutting the conclusion), a one-sentence justification and the knowledge statements it \
      rests on. An empty list is a fine answer when none of them conflict.
      """
    return ChatRequest(
      messages: [.system(system), .user(sections.joined(separator: "\n\n") + "\n\n" + task)],
      model: model, maxTokens: maxTokens,
      responseSchema: ResponseSchema(name: schemaName, schema: schema(beliefs: beliefs)))
  }

  static func schema(beliefs: [StructuredArgument]) -> JSONValue {
    let ids = JSONValue.array(beliefs.map { .string($0.id) })
    let attack: JSONValue = [
      "type": "object",
      "properties": [
        "attacker": ["type": "string", "enum": ids],
        "target": ["type": "string", "enum": ids],
        "kind": ["type": "string", "enum": ["undermining", "undercutting", "rebutting"]],
        "reason": ["type": "string", "minLength": 1],
        "knowledge": ["type": "array", "items": ["type": "string"]],
      ],
      "required": ["attacker", "target", "kind", "reason", "knowledge"],
      "additionalProperties": false,
    ]
    return [
      "type": "object",
      "properties": [
        "attacks": [
          "type": "array", "maxItems": .number(Double(maximumAttacks)), "items": attack,
        ]
      ],
      "required": ["attacks"],
      "additionalProperties": false,
    ]
  }

  /// The attacks of a reply that fits the schema; citations of statements
  /// the case does not have are dropped.
  static func attacks(from value: JSONValue, brief: CaseBrief) -> [ReasonerAttack] {
    (value["attacks"]?.arrayValue ?? []).map { item in
      ReasonerAttack(
        attacker: item["attacker"]?.stringValue ?? "", target: item["target"]?.stringValue ?? "",
        kind: item["kind"]?.stringValue.flatMap(AttackKind.init(rawValue:)) ?? .rebutting,
        reason: (item["reason"]?.stringValue ?? "").clipped(),
        knowledge: (item["knowledge"]?.arrayValue ?? []).compactMap(\.stringValue)
          .filter { brief.statement($0) != nil })
    }
  }
}
