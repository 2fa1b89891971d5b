import Argumentation
import LLMBridge

/// The Verifier's request: ask an argument every critical question of its
/// scheme, and answer each.
struct QuestionsRequest: AgentRequest {
  static let schemaName = "argmed_verifier_answers"

  let argument: StructuredArgument
  let scheme: ArgumentationScheme

  var heading: AgentTurn.Heading {
    .init(agent: .verifier, task: .askCriticalQuestions, subject: argument.id)
  }

  func chatRequest(in context: DiscussionContext) -> ChatRequest {
    let questions = scheme.criticalQuestions
    let sections = [
      context.brief.text,
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
      messages: [
        .system(Verifier.system), .user(sections.joined(separator: "\n\n") + "\n\n" + task),
      ],
      model: context.settings.model, maxTokens: context.settings.maxTokens,
      responseSchema: ResponseSchema(
        name: Self.schemaName, schema: Self.schema(questions: questions)))
  }

  static func schema(questions: [CriticalQuestion]) -> JSONValue {
    let answer = JSONValue.closedObjectSchema([
      "verdict": ["type": "string", "enum": ["accept", "reject"]], "reason": .textSchema,
      "knowledge": .citationsSchema,
    ])
    return .closedObjectSchema(["answers": .closedObjectSchema(questions.map { ($0.id, answer) })])
  }

  /// The answers of a reply that fits the schema, in the questions' order;
  /// citations of statements the case does not have are dropped.
  func reply(from value: JSONValue, in context: DiscussionContext) -> [QuestionAnswer] {
    scheme.criticalQuestions.map { question in
      let item = value["answers"]?[question.id]
      let cited = (item?["knowledge"]?.arrayValue ?? []).compactMap(\.stringValue)
      var seen: Set<String> = []
      return QuestionAnswer(
        argument: argument.id, question: question.id,
        text: question.question.rendered(with: argument.bindings),
        verdict: item?["verdict"]?.stringValue == "reject" ? .reject : .accept,
        reason: (item?["reason"]?.stringValue ?? "").clipped(),
        knowledge: cited.filter { context.brief.statement($0) != nil && seen.insert($0).inserted })
    }
  }
}
