import Argumentation
import LLMBridge

/// The Generator's answer to a critical question decided against an
/// argument: counter-arguments instantiating the question's
/// counter-scheme, with the values the scope carries over and the rest for
/// the model to fill.
struct CounterArgumentRequest: AgentRequest {
  /// One counter-argument as the reply gives it.
  struct Proposed: Sendable {
    /// The reply's value for each open variable it gives.
    var values: [String: String]
    /// The knowledge statements it rests on that the case has.
    var knowledge: [String]
    var rationale: String
  }

  static let schemaName = "argmed_generator_counter"
  /// The most counter-arguments answering one question.
  static let maximumCounterArguments = 4

  let answered: StructuredArgument
  let answeredScheme: ArgumentationScheme
  let question: CriticalQuestion
  let answer: QuestionAnswer
  /// The counter-scheme.
  let scheme: ArgumentationScheme
  let scope: CounterScope

  var heading: AgentTurn.Heading {
    Generator.counterHeading(answered: answered, question: question)
  }

  func chatRequest(in context: DiscussionContext) -> ChatRequest {
    let brief = context.brief
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
      PromptSection.counterScheme.text(ArgumentPresentation.value(of: scheme, fixed: scope.fixed)),
    ]
    let names = scope.open.map(\.name).joined(separator: ", ")
    let task = """
      Task: the Verifier answered this critical question against the argument. Bring the \
      counter-argument: instantiate the counter-argument's scheme so that its conclusion states \
      the attacker's claim for this case. When the Verifier's answer gives several independent \
      reasons (say, two side effects), bring one counter-argument for each, at most \
      \(Self.maximumCounterArguments). The variables with a value keep it; fill the others \
      (\(names)) with short phrases that fit the premises' wording. A variable of type "action" \
      takes the key of one of the options. Give the knowledge statements each rests on.
      """
    return ChatRequest(
      messages: [
        .system(Generator.system), .user(sections.joined(separator: "\n\n") + "\n\n" + task),
      ],
      model: context.settings.model, maxTokens: context.settings.maxTokens,
      responseSchema: ResponseSchema(
        name: Self.schemaName, schema: Self.schema(open: scope.open, brief: brief)))
  }

  static func schema(open: [SchemeVariable], brief: CaseBrief) -> JSONValue {
    let keys = JSONValue.array(brief.clinicalCase.options.map { .string($0.key) })
    let bindings = JSONValue.closedObjectSchema(
      open.map { ($0.name, $0.type == "action" ? ["type": "string", "enum": keys] : .textSchema) })
    let argument = JSONValue.closedObjectSchema([
      "bindings": bindings, "knowledge": .citationsSchema, "rationale": ["type": "string"],
    ])
    return .closedObjectSchema([
      "arguments": [
        "type": "array", "minItems": 1, "maxItems": .number(Double(maximumCounterArguments)),
        "items": argument,
      ]
    ])
  }

  /// The counter-arguments of a reply that fits the schema; citations of
  /// statements the case does not have are dropped.
  func reply(from value: JSONValue, in context: DiscussionContext) -> [Proposed] {
    (value["arguments"]?.arrayValue ?? []).map { item in
      var values: [String: String] = [:]
      for variable in scope.open {
        values[variable.name] = item["bindings"]?[variable.name]?.stringValue
      }
      return Proposed(
        values: values,
        knowledge: (item["knowledge"]?.arrayValue ?? []).compactMap(\.stringValue)
          .filter { context.brief.statement($0) != nil },
        rationale: (item["rationale"]?.stringValue ?? "").clipped())
    }
  }
}
