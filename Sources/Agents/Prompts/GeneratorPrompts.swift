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

/// The Generator's two requests: proposing decisions, and answering a
/// critical question decided against an argument with a counter-argument.
enum GeneratorPrompts {
  static let proposalSchemaName = "argmed_generator_decisions"
  static let counterSchemaName = "argmed_generator_counter"
  /// The most counter-arguments answering one question.
  static let maximumCounterArguments = 4

  static let system = """
    You are the Generator of ArgMed-Agents, a discussion between agents about a clinical \
    question. You put forward arguments by instantiating argumentation schemes: you fill a \
    scheme's variables with short phrases that make its premises true of this case. Rely on the \
    case, its knowledge statements and established clinical knowledge; cite the statements you \
    use by their ids. Answer with one JSON object that fits the schema, and nothing else.
    """

  /// The request for at most `maxDecisions` decisions.
  static func proposalRequest(
    brief: CaseBrief, maxDecisions: Int, model: String?, maxTokens: Int
  ) -> ChatRequest {
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
      messages: [.system(system), .user(brief.text + "\n\n" + limits + "\n\n" + task)],
      model: model, maxTokens: maxTokens,
      responseSchema: ResponseSchema(
        name: proposalSchemaName, schema: proposalSchema(brief: brief, maxDecisions: maxDecisions)))
  }

  static func proposalSchema(brief: CaseBrief, maxDecisions: Int) -> JSONValue {
    let decision: JSONValue = [
      "type": "object",
      "properties": [
        "option": [
          "type": "string", "enum": .array(brief.clinicalCase.options.map { .string($0.key) }),
        ],
        "goal": ["type": "string", "minLength": 1],
        "findings": ["type": "string", "minLength": 1],
        "knowledge": ["type": "array", "items": ["type": "string"]],
        "rationale": ["type": "string"],
      ],
      "required": ["option", "goal", "findings", "knowledge", "rationale"],
      "additionalProperties": false,
    ]
    return [
      "type": "object",
      "properties": [
        "decisions": [
          "type": "array", "maxItems": .number(Double(maxDecisions)), "items": decision,
        ]
      ],
      "required": ["decisions"],
      "additionalProperties": false,
    ]
  }

  /// The proposals of a reply that fits the schema.
  static func proposals(from value: JSONValue) -> [DecisionProposal] {
    (value["decisions"]?.arrayValue ?? []).map { item in
      DecisionProposal(
        option: item["option"]?.stringValue ?? "", goal: item["goal"]?.stringValue ?? "",
        findings: item["findings"]?.stringValue ?? "",
        knowledge: (item["knowledge"]?.arrayValue ?? []).compactMap(\.stringValue),
        rationale: (item["rationale"]?.stringValue ?? "").clipped())
    }
  }

  /// The request for a counter-argument: the scheme of the question's
  /// counter-scheme, with `fixed` values carried over from the argument
  /// answered and `open` variables for the model to fill.
  static func counterRequest(
    brief: CaseBrief, answered: StructuredArgument, answeredScheme: ArgumentationScheme,
    question: CriticalQuestion, answer: QuestionAnswer, scheme: ArgumentationScheme,
    fixed: [String: String], open: [SchemeVariable], model: String?, maxTokens: Int
  ) -> ChatRequest {
    let cited = JSONValue.array(
      answer.knowledge.compactMap { id in
        brief.statement(id).map { CaseBrief.value(of: $0, id: id) }
      })
    let sections = [
      brief.text,
      PromptSection.answered.text(ArgumentPresentation.value(of: answered)),
      PromptSection.question.text(
        ArgumentPresentation.value(of: question, askedOf: answered, scheme: answeredScheme)),
      PromptSection.verdict.text(
        .object([
          ("verdict", "reject"), ("reason", .string(answer.reason)),
          ("knowledge", .array(answer.knowledge.map { .string($0) })),
        ])),
      PromptSection.citedKnowledge.text(cited),
      PromptSection.counterScheme.text(ArgumentPresentation.value(of: scheme, fixed: fixed)),
    ]
    let names = open.map(\.name).joined(separator: ", ")
    let task = """
      Task: the Verifier answered this critical question against the argument. Bring the \
      counter-argument: instantiate the counter-argument's scheme so that its conclusion states \
      the attacker's claim for this case. When the Verifier's answer gives several independent \
      reasons (say, two side effects), bring one counter-argument for each, at most \
      \(maximumCounterArguments). The variables with a value keep it; fill the others \
      (\(names)) with short phrases that fit the premises' wording. A variable of type "action" \
      takes the key of one of the options. Give the knowledge statements each rests on.
      """
    return ChatRequest(
      messages: [.system(system), .user(sections.joined(separator: "\n\n") + "\n\n" + task)],
      model: model, maxTokens: maxTokens,
      responseSchema: ResponseSchema(
        name: counterSchemaName, schema: counterSchema(open: open, brief: brief)))
  }

  static func counterSchema(open: [SchemeVariable], brief: CaseBrief) -> JSONValue {
    let keys = JSONValue.array(brief.clinicalCase.options.map { .string($0.key) })
    let properties = JSONValue.object(
      open.map { variable in
        (
          variable.name,
          variable.type == "action"
            ? ["type": "string", "enum": keys] : ["type": "string", "minLength": 1]
        )
      })
    let argument: JSONValue = [
      "type": "object",
      "properties": [
        "bindings": [
          "type": "object", "properties": properties,
          "required": .array(open.map { .string($0.name) }), "additionalProperties": false,
        ],
        "knowledge": ["type": "array", "items": ["type": "string"]],
        "rationale": ["type": "string"],
      ],
      "required": ["bindings", "knowledge", "rationale"],
      "additionalProperties": false,
    ]
    return [
      "type": "object",
      "properties": [
        "arguments": [
          "type": "array", "minItems": 1, "maxItems": .number(Double(maximumCounterArguments)),
          "items": argument,
        ]
      ],
      "required": ["arguments"],
      "additionalProperties": false,
    ]
  }
}
