import LLMBridge

/// The mock Reasoner's supports: a belief argument that supports one
/// decision argument for an option supports every other decision argument
/// for that option too, since they argue for the same decision.
struct SupportsRule: MockRule {
  func reply(to request: ChatRequest) -> String? {
    guard let reading = MockReading(request, schema: SupportsRequest.schemaName),
      let arguments = PromptSection.arguments.value(in: reading.prompt)?.arrayValue
    else { return nil }
    // The decision arguments in the prompt's order, with their options.
    let decisions = arguments.compactMap { argument -> (id: String, option: String)? in
      guard argument["kind"]?.stringValue == "decision", let id = argument["id"]?.stringValue,
        let option = argument["option"]?.stringValue
      else { return nil }
      return (id, option)
    }
    let optionOf = Dictionary(decisions, uniquingKeysWith: { first, _ in first })
    var supports: [JSONValue] = []
    for argument in arguments where argument["kind"]?.stringValue == "belief" {
      guard let id = argument["id"]?.stringValue else { continue }
      let targets = (argument["supports"]?.arrayValue ?? []).compactMap(\.stringValue)
      let options = Set(targets.compactMap { optionOf[$0] })
      for (decision, option) in decisions
      where options.contains(option) && !targets.contains(decision) {
        supports.append(
          .object([
            ("supporter", .string(id)), ("target", .string(decision)),
            (
              "reason",
              .string(
                "\(id) supports an argument for \(reading.text(of: option)), and \(decision) "
                  + "argues for the same decision.")
            ),
            ("knowledge", .array([])),
          ]))
      }
    }
    return JSONValue.object([("supports", .array(supports))]).text
  }
}
