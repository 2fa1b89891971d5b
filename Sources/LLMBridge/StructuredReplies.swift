import Foundation

extension LanguageModel {
  /// A reply that is JSON valid against the request's schema, re-asking
  /// with the problems found, at most `maxReasks` times.
  ///
  /// Re-asking is separate from transport retries (``RetryingLanguageModel``):
  /// it sends a new request, the conversation so far plus the validation
  /// problems, because the same request would get the same wrong reply.
  /// Whatever the backend's structured-output mode, the reply is checked
  /// here (``JSONSchemaCheck``). A reply wrapped in a Markdown code fence,
  /// as small models write, is unwrapped first.
  ///
  /// - Returns: the value and the reply that carried it.
  /// - Throws: ``LanguageModelError/invalidStructuredReply(reply:problems:)``
  ///   when every attempt breaks the schema, or whatever the model throws.
  public func structuredReply(
    to request: ChatRequest, maxReasks: Int = 2
  ) async throws(LanguageModelError) -> (value: JSONValue, reply: ChatReply) {
    guard let schema = request.responseSchema else {
      throw .misconfigured("a structured reply needs a response schema")
    }
    var conversation = request
    var attempt = 0
    while true {
      let reply = try await self.reply(to: conversation)
      let problems: [String]
      let value: JSONValue?
      do {
        let parsed = try JSONValue(parsing: Self.unfenced(reply.content))
        value = parsed
        problems = JSONSchemaCheck.problems(of: parsed, against: schema.schema)
      } catch {
        value = nil
        problems = ["the reply is not valid JSON (\(error))"]
      }
      if let value, problems.isEmpty { return (value, reply) }
      guard attempt < maxReasks else {
        throw .invalidStructuredReply(reply: reply.content, problems: problems)
      }
      attempt += 1
      conversation.messages += [
        .assistant(reply.content),
        .user(
          "That reply does not fit the required JSON schema: "
            + problems.prefix(8).joined(separator: "; ")
            + ". Reply again with one JSON object that fits the schema, and nothing else."),
      ]
    }
  }

  /// The text inside a Markdown code fence, or the text itself.
  static func unfenced(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.hasPrefix("```"), let firstBreak = trimmed.firstIndex(of: "\n") else {
      return trimmed
    }
    var body = trimmed[trimmed.index(after: firstBreak)...]
    if body.hasSuffix("```") { body = body.dropLast(3) }
    return String(body)
  }
}
