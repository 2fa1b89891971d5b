import ArgMedSupport
import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What Ctrl-C does during a long run.
///
/// It writes a line on stderr that says where the answers are and how to
/// go on, and cancels the run, which then ends with exit status 130 from
/// the entry point; a second Ctrl-C ends the process at once. The answers
/// given so far are already on disk, line by line; a cancelled run records
/// no more.
final class Interruption: Sendable {
  private let message: [UInt8]
  private let task = Mutex<Task<Void, any Error>?>(nil)
  private let source = Mutex<(any DispatchSourceSignal)?>(nil)

  /// The exit status of an interrupted run: 128 + SIGINT, as a shell gives.
  static let status: Int32 = 130

  init(resuming out: String?) {
    let text =
      out.map {
        "\nargmed eval: interrupted; the answers given so far are in \($0): run again with "
          + "--resume to go on\n"
      } ?? "\nargmed eval: interrupted; without --out, the answers are not kept\n"
    message = Array(text.utf8)
  }

  /// Runs `body` in a task that Ctrl-C cancels while watched.
  func run(_ body: @escaping @Sendable () async throws -> Void) async throws {
    let task = Task { try await body() }
    self.task.withLock { $0 = task }
    try await task.value
  }

  /// From now on, Ctrl-C writes the message and cancels the run.
  func watch() {
    signal(SIGINT, SIG_IGN)
    source.withLock { slot in
      let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
      source.setEventHandler { [self] in
        // A second Ctrl-C is the system's: it ends the process.
        signal(SIGINT, SIG_DFL)
        try? writeAll(message, to: STDERR_FILENO)
        task.withLock { $0 }?.cancel()
      }
      source.resume()
      slot = source
    }
  }

  /// From now on, Ctrl-C is ignored: the run is over but for its summary.
  func stopWatching() {
    source.withLock { $0 }?.cancel()
  }
}
