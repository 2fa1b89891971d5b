import LLMBridge
import Synchronization
import Testing

/// The rate limit, on an injected clock: no test waits.
@Suite struct RateLimitTests {
  /// A clock that moves only when slept on.
  final class ManualClock: Sendable {
    private let current = Mutex(ContinuousClock().now)
    private let waits = Mutex<[Duration]>([])

    var now: ContinuousClock.Instant { current.withLock { $0 } }
    var recordedWaits: [Duration] { waits.withLock { $0 } }

    func sleep(until instant: ContinuousClock.Instant) {
      current.withLock { now in
        waits.withLock { $0.append(instant - now) }
        if instant > now { now = instant }
      }
    }
  }

  @Test func requestsAreSpacedEvenly() async throws {
    let clock = ManualClock()
    let limited = RateLimitedLanguageModel(
      MockLanguageModel(), requestsPerSecond: 4, now: { clock.now },
      sleep: { clock.sleep(until: $0) })
    for _ in 0..<3 {
      _ = try await limited.reply(to: ConfigurationCheckRule.request())
    }
    #expect(clock.recordedWaits == [.zero, .milliseconds(250), .milliseconds(250)])
    #expect(limited.identity == "mock")
  }
}
