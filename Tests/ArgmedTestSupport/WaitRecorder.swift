import Synchronization

/// Records the waits asked of it without waiting: the `sleep` to give a
/// retrying model, so that a test of back-off takes no time.
public final class WaitRecorder: Sendable {
  private let recorded = Mutex<[Duration]>([])

  public init() {}

  /// The waits asked for so far, in order.
  public var waits: [Duration] { recorded.withLock { $0 } }

  /// Records `duration` and returns at once.
  public func wait(_ duration: Duration) async throws {
    recorded.withLock { $0.append(duration) }
  }
}
