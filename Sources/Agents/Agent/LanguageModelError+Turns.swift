import LLMBridge

extension LanguageModelError {
  /// Whether the error concerns this one request, so that the turn fails
  /// and the run goes on.
  ///
  /// Such errors are a reply that never fits its schema, a refusal, a
  /// reply cut short or garbled, a time-out, or a request the server
  /// refuses as it stands (400, 413, 422: too long for the context, say).
  /// Anything else (the server unreachable, a key refused, a missing
  /// model) would fail every turn alike, and ends the run.
  var failsOnlyThisTurn: Bool {
    switch self {
    case .invalidStructuredReply, .truncated, .refused, .invalidJSON, .malformedReply, .timedOut:
      true
    case .http(let status, _, _, _): [400, 413, 422].contains(status)
    default: false
    }
  }
}
