import Agents
import Evaluation
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress of a run on standard error: a bar redrawn in place on a
/// terminal, cut to its width; otherwise a line at every tenth, and at
/// least every half minute while answers come.
struct ProgressDisplay {
  private var progress: EvaluationProgress
  private let clock = ContinuousClock()
  private let started: ContinuousClock.Instant
  private let isTerminal = isatty(STDERR_FILENO) == 1
  private var lastDrawn: ContinuousClock.Instant
  private var lastTenth = 0

  init(total: Int, methods: [EvaluationMethod]) {
    progress = EvaluationProgress(total: total, methods: methods)
    started = clock.now
    lastDrawn = started
    if isTerminal && total > 0 { draw() }
  }

  mutating func count(_ result: CaseResult) {
    let now = clock.now
    progress.count(result, at: now - started)
    let isLast = progress.done == progress.total
    if isTerminal {
      // At most ten redraws a second, and always the last.
      if now - lastDrawn >= .milliseconds(100) || isLast {
        draw()
        lastDrawn = now
      }
    } else {
      let tenth = progress.total > 0 ? 10 * progress.done / progress.total : 10
      if tenth > lastTenth || isLast || now - lastDrawn >= .seconds(30) {
        lastTenth = tenth
        lastDrawn = now
        Diagnostics.writeError("argmed eval: " + progress.line + "\n")
      }
    }
  }

  private func draw() {
    Diagnostics.writeError("\r\u{1B}[K" + progress.bar(width: Self.columns() - 1))
  }

  /// Ends the bar's line on a terminal.
  func finish() {
    if isTerminal && progress.total > 0 { Diagnostics.writeError("\n") }
  }

  private static func columns() -> Int {
    var size = winsize()
    if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return 80
  }
}
