import Argumentation
import LLMBridge

/// The Verifier's answer to one critical question asked of an argument.
public struct QuestionAnswer: Hashable, Sendable {
  public enum Verdict: String, Hashable, Sendable {
    /// The argument survives the question.
    case accept
    /// The question is answered against the argument (Definition 1: a
    /// counter-argument follows).
    case reject
  }

  /// The id of the argument asked.
  public var argument: String
  /// The question's id in the argument's scheme.
  public var question: String
  /// The question as asked, with the argument's values.
  public var text: String
  public var verdict: Verdict
  public var reason: String
  /// The knowledge statements cited (K1, K2, …).
  public var knowledge: [String]
  /// The counter-arguments that answer a rejected question, once brought.
  public var counterArguments: [String]
  /// Why a rejected question has no counter-argument, when it has none.
  public var unanswered: String?

  public init(
    argument: String, question: String, text: String, verdict: Verdict, reason: String,
    knowledge: [String], counterArguments: [String] = [], unanswered: String? = nil
  ) {
    self.argument = argument
    self.question = question
    self.text = text
    self.verdict = verdict
    self.reason = reason
    self.knowledge = knowledge
    self.counterArguments = counterArguments
    self.unanswered = unanswered
  }
}

/// The Verifier's request: ask an argument every critical question of its
/// scheme, and answer each.
enum VerifierPrompts {
  static let schemaName = "argmed_verifier_answers"

  static let system = """
    You are the Verifier of ArgMed-Agents, a discussion between agents about a clinical \
    question. You check each argument by asking its scheme's critical questions and answering \
    them yourself from the case, its knowledge statements and established clinical knowledge. \
    Answer "reject" only when the question is answered against the argument; when the burden is \
    on the proponent, the argument must have support, or the question is answered against it. \
    Cite the knowledge statements you use by their ids. Answer with one JSON object that fits \
    the schema, and nothing else.
    """

  static func request(
    brief: CaseBrief, argument: StructuredArgument, scheme: ArgumentationScheme, model: String?,
    maxTokens: Int
  ) -> ChatRequest {
    let questions = scheme.criticalQuestions
    let sections = [
      brief.text,
      PromptSection.argument.text(ArgumentPresentation.value(of: argument)),
      PromptSection.questions.text(
        .array(
          questions.map { ArgumentPresentation.value(of: $0, askedOf: argument, scheme: scheme) })),
    ]
    let task = """
      Task: answer each critical question of the argument: "accept" when the argument survives \
      it, "reject" when it is answered against the argument, with a one-sentence reason and the \
      knowledge statements you rely on.
      """
    return ChatRequest(
      messages: [.system(system), .user(sections.joined(separator: "\n\n") + "\n\n" + task)],
      model: model, maxTokens: maxTokens,
      responseSchema: ResponseSchema(name: schemaName, schema: schema(questions: questions)))
  }

  static func schema(questions: [CriticalQuestion]) -> JSONValue {
    let answer: JSONValue = [
      "type": "object",
      "properties": [
        "verdict": ["type": "string", "enum": ["accept", "reject"]],
        "reason": ["type": "string", "minLength": 1],
        "knowledge": ["type": "array", "items": ["type": "string"]],
      ],
      "required": ["verdict", "reason", "knowledge"],
      "additionalProperties": false,
    ]
    return [
      "type": "object",
      "properties": [
        "answers": [
          "type": "object",
          "properties": .object(questions.map { ($0.id, answer) }),
          "required": .array(questions.map { .string($0.id) }),
          "additionalProperties": false,
        ]
      ],
      "required": ["answers"],
      "additionalProperties": false,
    ]
  }

  /// The answers of a reply that fits the schema, in the questions' order;
  /// citations of statements the case does not have are dropped.
  static func answers(
    from value: JSONValue, questions: [CriticalQuestion], argument: StructuredArgument,
    brief: CaseBrief
  ) -> [QuestionAnswer] {
    questions.map { question in
      let item = value["answers"]?[question.id]
      let cited = (item?["knowledge"]?.arrayValue ?? []).compactMap(\.stringValue)
      var seen: Set<String> = []
      return QuestionAnswer(
        argument: argument.id, question: question.id,
        text: question.question.rendered(with: argument.bindings),
        verdict: item?["verdict"]?.stringValue == "reject" ? .reject : .accept,
        reason: (item?["reason"]?.stringValue ?? "").clipped(),
        knowledge: cited.filter { brief.statement($0) != nil && seen.insert($0).inserted })
    }
  }
}
