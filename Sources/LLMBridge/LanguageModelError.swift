/// Everything that can go wrong in the `LLMBridge` module.
///
/// No case ever holds an API key: messages quote what servers said, and
/// servers' error bodies are cut short and stripped of anything that looks
/// like the key before they get here.
public enum LanguageModelError: Error, Equatable, Sendable {
  /// The server could not be reached, or the connection broke.
  case unreachable(String)
  /// The request ran out of time, connecting or waiting for the reply.
  case timedOut(String)
  /// The server answered with an HTTP error status; `retryAfter` and
  /// `shouldRetry` carry its `retry-after` and `x-should-retry` headers.
  case http(status: Int, message: String, retryAfter: Duration?, shouldRetry: Bool? = nil)
  /// The reply was cut short by the token limit (finish reason `length`).
  case truncated(ChatReply)
  /// The model refused to answer.
  case refused(String)
  /// The server's reply is not what its API says.
  case malformedReply(String)
  /// Text that should be JSON is not.
  case invalidJSON(String)
  /// A structured reply broke its schema, after every re-ask.
  case invalidStructuredReply(reply: String, problems: [String])
  /// A replayed run asked for an exchange the cassette does not have.
  case replayMiss(String)
  /// The cassette cannot be read or written.
  case cassette(String)
  /// The backend needs an API key, and the environment variable is unset.
  case missingAPIKey(variable: String)
  /// The configuration cannot work (a bad base URL, an unknown dialect).
  case misconfigured(String)
  /// The task was cancelled.
  case cancelled

  /// Whether trying again may help: connection failures, time-outs, and
  /// the statuses the official SDKs retry (408, 409, 429, 5xx), unless the
  /// server says otherwise with `x-should-retry`.
  public var isTransient: Bool {
    switch self {
    case .unreachable, .timedOut: true
    case .http(let status, _, _, let shouldRetry):
      shouldRetry ?? ([408, 409, 429].contains(status) || status >= 500)
    default: false
    }
  }
}

extension LanguageModelError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unreachable(let detail): "the model server cannot be reached: \(detail)"
    case .timedOut(let detail): "the model did not answer in time: \(detail)"
    case .http(let status, let message, _, _): "the model server answered \(status): \(message)"
    case .truncated(let reply):
      "the reply was cut short at the token limit (\(reply.content.count) characters); raise "
        + "the limit or ask for less"
    case .refused(let detail): "the model refused: \(detail)"
    case .malformedReply(let detail): "the server's reply is not what its API says: \(detail)"
    case .invalidJSON(let detail): "the reply is not valid JSON: \(detail)"
    case .invalidStructuredReply(_, let problems):
      "the reply does not fit its schema: " + problems.prefix(5).joined(separator: "; ")
    case .replayMiss(let key): "the cassette has no recorded exchange for this request (\(key))"
    case .cassette(let detail): "the cassette: \(detail)"
    case .missingAPIKey(let variable):
      "no API key: set the environment variable \(variable) (keys are read from the environment "
        + "only)"
    case .misconfigured(let detail): "the model configuration cannot work: \(detail)"
    case .cancelled: "the request was cancelled"
    }
  }
}
