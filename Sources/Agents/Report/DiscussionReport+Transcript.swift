import LLMBridge

extension DiscussionReport {
  /// The transcript's version, written in every line as `"version"`.
  public static let transcriptVersion = 1

  /// The transcript as JSON Lines: a line for the discussion, then for
  /// each agent turn its model exchanges (request and reply, re-asks
  /// included) followed by the turn itself, in the order they happened.
  ///
  /// It holds no times, so two runs of the mock give the same bytes.
  public var transcriptLines: String {
    var lines: [JSONValue] = [
      .object([
        ("version", .number(Double(Self.transcriptVersion))), ("type", "discussion"),
        ("case", clinicalCase.id.map { .string($0) } ?? .null), ("model", .string(model)),
        ("semantics", .string(settings.semantics.rawValue)),
        ("maxRounds", .number(Double(settings.maxRounds))),
        ("maxDecisions", .number(Double(decisionLimit))),
      ])
    ]
    for (index, turn) in turns.enumerated() {
      for position in turn.exchanges where exchanges.indices.contains(position) {
        lines.append(Self.line(for: exchanges[position], number: position + 1, turn: index + 1))
      }
      lines.append(
        .object([
          ("version", .number(Double(Self.transcriptVersion))), ("type", "turn"),
          ("turn", .number(Double(index + 1))), ("round", .number(Double(turn.round))),
          ("agent", .string(turn.agent.rawValue)), ("task", .string(turn.task.rawValue)),
          ("subject", turn.subject.map { .string($0) } ?? .null),
          ("succeeded", .bool(turn.succeeded)), ("summary", .string(turn.summary)),
          ("exchanges", .array(turn.exchanges.map { .number(Double($0 + 1)) })),
        ]))
    }
    return lines.map(\.text).joined(separator: "\n") + "\n"
  }

  private static func line(for exchange: ModelExchange, number: Int, turn: Int) -> JSONValue {
    let request = exchange.request
    var members: [(key: String, value: JSONValue)] = [
      ("version", .number(Double(transcriptVersion))), ("type", "exchange"),
      ("exchange", .number(Double(number))), ("turn", .number(Double(turn))),
      (
        "request",
        .object([
          (
            "messages",
            .array(
              request.messages.map {
                .object([("role", .string($0.role.rawValue)), ("content", .string($0.content))])
              })
          ),
          ("model", request.model.map { .string($0) } ?? .null),
          ("temperature", .number(request.temperature)),
          ("maxTokens", .number(Double(request.maxTokens))),
          ("schema", request.responseSchema.map { .string($0.name) } ?? .null),
        ])
      ),
    ]
    if let reply = exchange.reply {
      var replyMembers: [(key: String, value: JSONValue)] = [
        ("content", .string(reply.content)), ("finishReason", .string(reply.finishReason.name)),
      ]
      if let usage = reply.usage {
        replyMembers.append(("promptTokens", .number(Double(usage.promptTokens))))
        replyMembers.append(("completionTokens", .number(Double(usage.completionTokens))))
      }
      members.append(("reply", .object(replyMembers)))
    }
    if let error = exchange.error { members.append(("error", .string(error))) }
    return .object(members)
  }
}
