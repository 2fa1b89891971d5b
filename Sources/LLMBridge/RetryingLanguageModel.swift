/// When and how often to try a request again, as the official OpenAI and
/// Anthropic SDKs do.
public struct RetryPolicy: Hashable, Sendable {
  /// Tries after the first; the SDKs' default is 2.
  public var maxRetries: Int
  /// The first back-off, doubled for each retry.
  public var initialDelay: Duration
  /// The longest back-off.
  public var maxDelay: Duration
  /// The longest wait a server may ask for (`retry-after`); a server that
  /// asks for longer is not retried, as the OpenAI SDK does.
  public var maxServerDelay: Duration

  public init(
    maxRetries: Int = 2, initialDelay: Duration = .milliseconds(500),
    maxDelay: Duration = .seconds(8), maxServerDelay: Duration = .seconds(60)
  ) {
    self.maxRetries = max(0, maxRetries)
    self.initialDelay = initialDelay
    self.maxDelay = maxDelay
    self.maxServerDelay = maxServerDelay
  }

  /// The wait before retry number `retry` (from 0): the server's positive
  /// `retry-after` when it gives one within `maxServerDelay`, otherwise
  /// `initialDelay · 2^retry` capped at `maxDelay`, shortened by up to a
  /// quarter by `jitter` (a number in 0..<1).
  public func delay(beforeRetry retry: Int, serverAsked: Duration?, jitter: Double) -> Duration {
    if let serverAsked, serverAsked > .zero, serverAsked <= maxServerDelay { return serverAsked }
    let doubled = initialDelay * (1 << min(retry, 20))
    let capped = min(doubled, maxDelay)
    return capped * (1 - 0.25 * min(max(jitter, 0), 1))
  }
}

/// A model that tries again after transient failures: connection errors,
/// time-outs, and HTTP 408, 409, 429 and 5xx, with exponential back-off and
/// jitter, honouring the server's `retry-after`.
///
/// An error that would not change is not retried: a 400, a 401, a refusal,
/// a truncated reply, and a 500 that reports a validation error (as
/// llama-cpp-python's server answers an unsupported schema dialect). The
/// wait and the jitter are injected, so tests never sleep.
///
/// - SeeAlso: openai-python `_base_client.py`, anthropic-sdk-python
///   `_base_client.py` (retry rules and defaults).
public struct RetryingLanguageModel: LanguageModel {
  public let base: any LanguageModel
  public let policy: RetryPolicy
  private let sleep: @Sendable (Duration) async throws -> Void
  private let jitter: @Sendable () -> Double

  /// - Parameters:
  ///   - base: the model to retry.
  ///   - policy: how often and how long to wait.
  ///   - sleep: waits; by default `Task.sleep`, cancellable.
  ///   - jitter: a number in 0..<1 per wait; by default the system's
  ///     random source.
  public init(
    _ base: any LanguageModel, policy: RetryPolicy = RetryPolicy(),
    sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
    jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
  ) {
    self.base = base
    self.policy = policy
    self.sleep = sleep
    self.jitter = jitter
  }

  public var identity: String { base.identity }

  public func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    var retry = 0
    while true {
      if Task.isCancelled { throw .cancelled }
      do {
        return try await base.reply(to: request)
      } catch {
        guard retry < policy.maxRetries, Self.isWorthRetrying(error) else { throw error }
        var serverAsked: Duration?
        if case .http(_, _, let retryAfter, _) = error { serverAsked = retryAfter }
        // A server that asks for a longer wait than we would give is not
        // hammered sooner.
        if let serverAsked, serverAsked > policy.maxServerDelay { throw error }
        let wait = policy.delay(beforeRetry: retry, serverAsked: serverAsked, jitter: jitter())
        do {
          try await sleep(wait)
        } catch {
          throw .cancelled
        }
        retry += 1
      }
    }
  }

  /// Transient, and not a server error that reports a validation failure
  /// (unless the server says to retry with `x-should-retry: true`).
  static func isWorthRetrying(_ error: LanguageModelError) -> Bool {
    guard error.isTransient else { return false }
    if case .http(500, let message, _, nil) = error {
      let lowered = message.lowercased()
      return !(lowered.contains("validation error") || lowered.contains("input should be"))
    }
    return true
  }
}
