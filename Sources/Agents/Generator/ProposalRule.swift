import LLMBridge

/// The mock Generator's proposals: the options that achieve a goal; when
/// there are more than the limit, those the knowledge favours most.
struct ProposalRule: MockRule {
  func reply(to request: ChatRequest) -> String? {
    guard let reading = MockReading(request, schema: ProposalRequest.schemaName) else {
      return nil
    }
    let limit =
      PromptSection.limits.value(in: reading.prompt)?["maxDecisions"]?.countValue
      ?? reading.options.count
    let patient = PromptSection.patient.value(in: reading.prompt)
    let findings = (patient?["findings"]?.arrayValue ?? []).compactMap(\.stringValue)
    let patientGoal = patient?["goal"]?.stringValue
    let candidates = reading.options.map(\.key).filter { option in
      reading.knowledge.contains {
        MockReading.achieves($0, goal: patientGoal) && $0.option == option
      }
    }
    let chosen = Set(
      candidates.count <= limit
        ? candidates
        : candidates.sorted { Self.ranks($0, before: $1, in: reading) }.prefix(limit).map { $0 })
    var decisions: [JSONValue] = []
    for option in candidates.sorted(by: ClinicalCase.precedesNaturally)
    where chosen.contains(option) {
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

  /// Whether `option` comes before `other` when the decision limit binds.
  ///
  /// By the knowledge, never by where an option is listed. An option's
  /// standing is its statements for it (`achieves`, `evidence`, `benefit`,
  /// `better-than` another) less those against it (side effects,
  /// contraindications, dangers, another `better-than` it); options that
  /// stand alike go by their texts, which a relabelling keeps.
  static func ranks(_ option: String, before other: String, in reading: MockReading) -> Bool {
    let standing = { (key: String) -> Int in
      reading.knowledge.reduce(0) { total, statement in
        if statement.kind == .betterThan && statement.field("than") == key { return total - 1 }
        guard statement.option == key else { return total }
        switch statement.kind {
        case .achieves, .evidence, .benefit, .betterThan: return total + 1
        case .sideEffect, .contraindication, .danger: return total - 1
        }
      }
    }
    let (mine, theirs) = (standing(option), standing(other))
    if mine != theirs { return mine > theirs }
    let (text, otherText) = (reading.text(of: option), reading.text(of: other))
    return text != otherText ? text < otherText : ClinicalCase.precedesNaturally(option, other)
  }

  /// "a, b and c".
  static func list(_ items: [String]) -> String {
    items.count < 2
      ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }
}
