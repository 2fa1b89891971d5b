import Argumentation
import LLMBridge

/// The Reasoner's request: which arguments support which others.
///
/// The paper's Reasoner "identifies semantic relationships between
/// arguments (attack or support)". The Generator's supporting arguments
/// come with the decision they were brought for; what is left to find is
/// the other arguments they also support, and supports between beliefs.
struct SupportsRequest: AgentRequest {
  static let schemaName = "argmed_reasoner_supports"
  /// The most supports one reply may propose.
  static let maximumSupports = 32

  let graph: ArgumentGraph

  var heading: AgentTurn.Heading { .init(agent: .reasoner, task: .identifySupports) }

  func chatRequest(in context: DiscussionContext) -> ChatRequest {
    let sections = [
      context.brief.text,
      PromptSection.arguments.text(
        .array(graph.arguments.map { ArgumentPresentation.value(of: $0, in: graph) })),
    ]
    let task = """
      Task: list the supports between these arguments that are not there yet (each argument's \
      `supports` lists those that are). One argument supports another when its conclusion makes \
      the other's conclusion more acceptable: it backs a premise or gives a further reason for the \
      same decision. A decision argument never supports a belief argument. Give the supporter's \
      id, the target's id, a one-sentence justification and the knowledge statements it rests \
      on. An empty list is a fine answer.
      """
    return ChatRequest(
      messages: [
        .system(Reasoner.system), .user(sections.joined(separator: "\n\n") + "\n\n" + task),
      ],
      model: context.settings.model, maxTokens: context.settings.maxTokens,
      responseSchema: ResponseSchema(name: Self.schemaName, schema: schema))
  }

  var schema: JSONValue {
    let ids = JSONValue.array(graph.arguments.map { .string($0.id) })
    let support = JSONValue.closedObjectSchema([
      "supporter": ["type": "string", "enum": ids], "target": ["type": "string", "enum": ids],
      "reason": .textSchema, "knowledge": .citationsSchema,
    ])
    return .closedObjectSchema([
      "supports": [
        "type": "array", "maxItems": .number(Double(Self.maximumSupports)), "items": support,
      ]
    ])
  }

  /// The supports of a reply that fits the schema; citations of statements
  /// the case does not have are dropped.
  func reply(from value: JSONValue, in context: DiscussionContext) -> [ReasonerSupport] {
    (value["supports"]?.arrayValue ?? []).map { item in
      ReasonerSupport(
        supporter: item["supporter"]?.stringValue ?? "", target: item["target"]?.stringValue ?? "",
        reason: (item["reason"]?.stringValue ?? "").clipped(),
        knowledge: (item["knowledge"]?.arrayValue ?? []).compactMap(\.stringValue)
          .filter { context.brief.statement($0) != nil })
    }
  }
}
