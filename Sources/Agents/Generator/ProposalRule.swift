import LLMBridge

/// The mock Generator's proposals: the options that achieve a goal.
struct ProposalRule: MockRule {
  func reply(to request: ChatRequest) -> String? {
    guard let reading = MockReading(request, schema: ProposalRequest.schemaName) else {
      return nil
    }
    let limit = PromptSection.limits.value(in: reading.prompt)?["maxDecisions"]?.countValue ?? 4
    let patient = PromptSection.patient.value(in: reading.prompt)
    let findings = (patient?["findings"]?.arrayValue ?? []).compactMap(\.stringValue)
    var decisions: [JSONValue] = []
    for option in reading.options.map(\.key).sorted(by: ClinicalCase.precedesNaturally)
    where decisions.count < limit {
      let patientGoal = patient?["goal"]?.stringValue
      let support = reading.knowledge.filter {
        MockReading.achieves($0, goal: patientGoal) && $0.option == option
      }
      guard let first = support.first else { continue }
      let goal = patientGoal ?? first.field("goal") ?? ""
      decisions.append(
        .object([
          ("option", .string(option)), ("goal", .string(goal)),
          (
            "findings",
            .string(findings.isEmpty ? "the findings in the question" : Self.list(findings))
          ),
          ("knowledge", .array(support.map { .string($0.id) })),
          ("rationale", .string(support.map(reading.sentence).joined(separator: "; ") + ".")),
        ]))
    }
    return JSONValue.object([("decisions", .array(decisions))]).text
  }

  /// "a, b and c".
  static func list(_ items: [String]) -> String {
    items.count < 2
      ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }
}
