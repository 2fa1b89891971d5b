import LLMBridge

/// The mock Verifier's answers, from the statements about the options a
/// question names.
struct QuestionsRule: MockRule {
  /// The knowledge kind that answers a question leading to each counter-scheme.
  static let kindAgainst: [String: KnowledgeStatement.Kind] = [
    "clinical.side-effect": .sideEffect, "clinical.contraindication": .contraindication,
    "clinical.danger-appeal": .danger, "clinical.better-alternative": .betterThan,
  ]

  func reply(to request: ChatRequest) -> String? {
    guard let reading = MockReading(request, schema: QuestionsRequest.schemaName),
      let argument = PromptSection.argument.value(in: reading.prompt),
      let questions = PromptSection.questions.value(in: reading.prompt)?.arrayValue
    else { return nil }
    let isDecision = argument["kind"]?.stringValue == "decision"
    let goal = argument["bindings"]?["G"]?.stringValue
    var answers: [(key: String, value: JSONValue)] = []
    for question in questions {
      guard let id = question["id"]?.stringValue else { return nil }
      let named = reading.options(named: question["about"]?.arrayValue ?? [])
      let about: (NumberedStatement) -> Bool = { named.contains($0.option) }
      var verdict = "accept"
      var cited: [NumberedStatement] = []
      var reason = "Nothing in the case's knowledge answers it against the argument."
      if let kind = question["counterScheme"]?.stringValue.flatMap({ Self.kindAgainst[$0] }),
        case let against = reading.knowledge.filter({ statement in
          statement.kind == kind
            && (kind == .betterThan
              ? named.contains(statement.field("than") ?? "") : about(statement))
        }), !against.isEmpty
      {
        verdict = "reject"
        cited = against
        reason =
          "The case's knowledge answers it against the argument: "
          + against.map(reading.sentence).joined(separator: "; ") + "."
      } else if isDecision, question["burden"]?.stringValue == "proponent" {
        let support = reading.knowledge.filter {
          about($0)
            && (MockReading.achieves($0, goal: goal) || [.evidence, .betterThan].contains($0.kind))
        }
        if support.isEmpty {
          verdict = "reject"
          reason =
            "The burden of proof is on the argument, and no statement of the case's "
            + "knowledge supports it."
        } else {
          cited = support
          reason =
            "The case's knowledge supports it: "
            + support.map(reading.sentence).joined(separator: "; ") + "."
        }
      }
      answers.append(
        (
          id,
          .object([
            ("verdict", .string(verdict)), ("reason", .string(reason)),
            ("knowledge", .array(cited.map { .string($0.id) })),
          ])
        ))
    }
    return JSONValue.object([("answers", .object(answers))]).text
  }
}
