import Argumentation
import LLMBridge

/// A decision the Generator proposes: an option, the goal it serves and
/// the findings that call for it.
public struct DecisionProposal: Hashable, Sendable {
  public var option: String
  public var goal: String
  public var findings: String
  /// The knowledge statements it rests on (K1, K2, …).
  public var knowledge: [String]
  public var rationale: String

  public init(
    option: String, goal: String, findings: String, knowledge: [String], rationale: String
  ) {
    self.option = option
    self.goal = goal
    self.findings = findings
    self.knowledge = knowledge
    self.rationale = rationale
  }
}

/// The Generator's first request: propose at most the settings' number of
/// decisions, each an argument of the decision scheme.
struct ProposalRequest: AgentRequest {
  static let schemaName = "argmed_generator_decisions"

  var heading: AgentTurn.Heading { .init(agent: .generator, task: .proposeDecisions) }

  func chatRequest(in context: DiscussionContext) -> ChatRequest {
    let maxDecisions = context.settings.decisionLimit(for: context.brief.clinicalCase)
    let task = """
      Task: propose the decisions worth considering, at most \(maxDecisions) of the options. Each \
      is an argument of the decision-making scheme: "the patient presents with {findings}; for a \
      patient with {findings}, {goal} is a goal of care; {option} promotes {goal}; so {option} \
      should be considered for the patient". Propose an option only when the case, its knowledge \
      or established clinical knowledge says it promotes the goal of care. Give the option's key, \
      the goal, the findings (one phrase), the knowledge statements you rely on, and a one-sentence \
      rationale.
      """
    let limits = PromptSection.limits.text(
      .object([("maxDecisions", .number(Double(maxDecisions)))]))
    return ChatRequest(
      messages: [
        .system(Generator.system), .user(context.brief.text + "\n\n" + limits + "\n\n" + task),
      ],
      model: context.settings.model, maxTokens: context.settings.maxTokens,
      responseSchema: ResponseSchema(
        name: Self.schemaName,
        schema: Self.schema(brief: context.brief, maxDecisions: maxDecisions)))
  }

  static func schema(brief: CaseBrief, maxDecisions: Int) -> JSONValue {
    let decision = JSONValue.closedObjectSchema([
      "option": [
        "type": "string", "enum": .array(brief.clinicalCase.options.map { .string($0.key) }),
      ],
      "goal": .textSchema, "findings": .textSchema, "knowledge": .citationsSchema,
      "rationale": ["type": "string"],
    ])
    return .closedObjectSchema([
      "decisions": ["type": "array", "maxItems": .number(Double(maxDecisions)), "items": decision]
    ])
  }

  /// The proposals of a reply that fits the schema.
  func reply(from value: JSONValue, in context: DiscussionContext) -> [DecisionProposal] {
    (value["decisions"]?.arrayValue ?? []).map { item in
      DecisionProposal(
        option: item["option"]?.stringValue ?? "", goal: item["goal"]?.stringValue ?? "",
        findings: item["findings"]?.stringValue ?? "",
        knowledge: (item["knowledge"]?.arrayValue ?? []).compactMap(\.stringValue),
        rationale: (item["rationale"]?.stringValue ?? "").clipped())
    }
  }
}
