import LLMBridge

/// The mock Generator's supporting arguments: one per `evidence` or
/// `benefit` statement about the option a decision argues for.
struct SupportRule: MockRule {
  func reply(to request: ChatRequest) -> String? {
    guard let reading = MockReading(request, schema: SupportRequest.schemaName),
      let decisions = PromptSection.decisions.value(in: reading.prompt)?.arrayValue
    else { return nil }
    var evidence: [JSONValue] = []
    var benefits: [JSONValue] = []
    for decision in decisions {
      guard let id = decision["id"]?.stringValue,
        let option = decision["option"]?.stringValue
      else { continue }
      for statement in reading.knowledge where statement.option == option {
        let cited: [(key: String, value: JSONValue)] = [
          ("knowledge", .array([.string(statement.id)])),
          ("rationale", .string(reading.sentence(statement) + ".")),
        ]
        switch statement.kind {
        case .evidence:
          let source = statement.statement.source ?? "the case's knowledge (\(statement.id))"
          evidence.append(
            .object(
              [
                ("supports", .string(id)), ("source", .string(source)),
                ("claim", .string(statement.field("claim") ?? "")),
              ] + cited))
        case .benefit:
          benefits.append(
            .object(
              [("supports", .string(id)), ("finding", .string(statement.field("finding") ?? ""))]
                + cited))
        default: continue
        }
      }
    }
    return JSONValue.object([("evidence", .array(evidence)), ("benefits", .array(benefits))]).text
  }
}
