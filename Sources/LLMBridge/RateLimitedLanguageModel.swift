/// A model that sends at most a given number of requests per second, so
/// that a run stays under a server's rate limit.
///
/// Requests are spaced evenly: each takes the next free slot, one
/// interval after the last, and waits for it. The clock and the sleep are
/// injected, so tests need not wait.
///
/// - Complexity: O(1) per request, besides the wait.
public struct RateLimitedLanguageModel: LanguageModel {
  public let model: any LanguageModel
  private let slots: Slots

  /// Limits `model` to `requestsPerSecond`.
  ///
  /// - Parameters:
  ///   - model: the model that answers.
  ///   - requestsPerSecond: more than 0.
  ///   - now: the current time on a monotonic clock.
  ///   - sleep: waits until the given time.
  public init(
    _ model: any LanguageModel, requestsPerSecond: Double,
    now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock().now },
    sleep: @escaping @Sendable (ContinuousClock.Instant) async throws -> Void = {
      try await Task.sleep(until: $0, clock: ContinuousClock())
    }
  ) {
    self.model = model
    let interval = Duration.nanoseconds(Int64((1e9 / max(requestsPerSecond, 1e-6)).rounded()))
    slots = Slots(interval: interval, now: now, sleep: sleep)
  }

  public var identity: String { model.identity }

  public func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    let slot = await slots.reserve()
    do {
      try await slots.sleep(slot)
    } catch {
      throw .cancelled
    }
    return try await model.reply(to: request)
  }

  /// The schedule of request slots.
  actor Slots {
    let interval: Duration
    let now: @Sendable () -> ContinuousClock.Instant
    let sleep: @Sendable (ContinuousClock.Instant) async throws -> Void
    private var next: ContinuousClock.Instant?

    init(
      interval: Duration, now: @escaping @Sendable () -> ContinuousClock.Instant,
      sleep: @escaping @Sendable (ContinuousClock.Instant) async throws -> Void
    ) {
      self.interval = interval
      self.now = now
      self.sleep = sleep
    }

    /// The next free slot, taken.
    func reserve() -> ContinuousClock.Instant {
      let current = now()
      let slot = max(current, next ?? current)
      next = slot + interval
      return slot
    }
  }
}
