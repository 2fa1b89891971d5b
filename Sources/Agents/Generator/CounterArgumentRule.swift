import LLMBridge

/// The mock Generator's counter-arguments, one for each statement the
/// Verifier cited (or one from the question's claim when it cited none),
/// filled from that statement.
struct CounterArgumentRule: MockRule {
  func reply(to request: ChatRequest) -> String? {
    guard let reading = MockReading(request, schema: CounterArgumentRequest.schemaName),
      let variables = PromptSection.counterScheme.value(in: reading.prompt)?["variables"]?
        .arrayValue,
      let answered = PromptSection.answered.value(in: reading.prompt),
      let question = PromptSection.question.value(in: reading.prompt)
    else { return nil }
    let cited = reading.statements(in: .citedKnowledge)
    var arguments: [JSONValue] = []
    for statements in cited.isEmpty
      ? [[]] : cited.prefix(CounterArgumentRequest.maximumCounterArguments).map({ [$0] })
    {
      guard
        let bindings = Self.bindings(
          variables, from: statements, answered: answered, question: question)
      else { return nil }
      arguments.append(
        .object([
          ("bindings", .object(bindings)), ("knowledge", .array(statements.map { .string($0.id) })),
          (
            "rationale",
            .string(
              statements.isEmpty
                ? "From the question's claim."
                : statements.map(reading.sentence).joined(separator: "; ") + ".")
          ),
        ]))
    }
    return JSONValue.object([("arguments", .array(arguments))]).text
  }

  /// The open variables' values, by their types.
  static func bindings(
    _ variables: [JSONValue], from statements: [NumberedStatement], answered: JSONValue,
    question: JSONValue
  ) -> [(key: String, value: JSONValue)]? {
    let values: (String) -> [String] = { name in statements.compactMap { $0.field(name) } }
    var bindings: [(key: String, value: JSONValue)] = []
    for variable in variables where variable["value"] == .null {
      guard let name = variable["name"]?.stringValue else { return nil }
      let filled: String?
      switch variable["type"]?.stringValue {
      case "outcome": filled = nonEmpty(ProposalRule.list(values("effect") + values("danger")))
      case "condition": filled = nonEmpty(ProposalRule.list(values("condition")))
      case "action": filled = statements.first { $0.kind == .betterThan }?.option
      case "finding":
        // A side effect's `because` is the finding that makes it serious.
        filled =
          nonEmpty(
            statements.filter { $0.kind == .sideEffect }.compactMap { $0.field("because") }
              .joined(separator: "; "))
          ?? answered["bindings"]?[name]?.stringValue
      case "source":
        filled =
          nonEmpty(statements.compactMap(\.statement.source).joined(separator: "; "))
          ?? "the knowledge given with the case"
      case "proposition":
        // The claim as a phrase: the scheme's text puts the full stop.
        filled = question["attackerClaim"]?.stringValue.map {
          $0.hasSuffix(".") ? String($0.dropLast()) : $0
        }
      default:
        // Nothing in the knowledge fills it: the reply leaves it out, and
        // breaks its schema, as a model with nothing to say would.
        filled = nil
      }
      if let filled { bindings.append((name, .string(filled))) }
    }
    return bindings
  }

  private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
