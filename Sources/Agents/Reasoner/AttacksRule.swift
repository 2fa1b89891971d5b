import LLMBridge

/// The mock Reasoner's attacks between beliefs: none, since no knowledge
/// statement sets one belief against another.
struct AttacksRule: MockRule {
  func reply(to request: ChatRequest) -> String? {
    guard MockReading(request, schema: AttacksRequest.schemaName) != nil else { return nil }
    return JSONValue.object([("attacks", .array([]))]).text
  }
}
