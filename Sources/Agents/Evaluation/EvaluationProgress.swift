import Foundation

/// Where an evaluation stands, for a progress display: answers done of
/// the total, the rate, the time left, and the running accuracy.
public struct EvaluationProgress: Hashable, Sendable {
  /// Answers (case × method) to give in this run, and given so far.
  public var total: Int
  public var done: Int
  /// Of those done whose answer is known, how many were right.
  public var scored: Int
  public var correct: Int
  /// Time since the run began.
  public var elapsed: Duration

  public init(
    total: Int, done: Int = 0, scored: Int = 0, correct: Int = 0, elapsed: Duration = .zero
  ) {
    self.total = total
    self.done = done
    self.scored = scored
    self.correct = correct
    self.elapsed = elapsed
  }

  /// Counts one more result.
  public mutating func count(_ result: CaseResult, at elapsed: Duration) {
    done += 1
    if let isCorrect = result.isCorrect {
      scored += 1
      if isCorrect { correct += 1 }
    }
    self.elapsed = elapsed
  }

  private var seconds: Double {
    Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// Answers per second so far.
  public var rate: Double { seconds > 0 ? Double(done) / seconds : 0 }

  /// The time left at the rate so far, when there is a rate.
  public var secondsLeft: Double? {
    rate > 0 ? Double(total - done) / rate : nil
  }

  private var figures: [String] {
    var parts = [String(format: "%.1f/s", rate)]
    parts.append("ETA " + (secondsLeft.map(Self.clock) ?? "–"))
    parts.append(
      "accuracy "
        + (scored > 0 ? String(format: "%.1f%%", 100 * Double(correct) / Double(scored)) : "–"))
    return parts
  }

  /// A bar for a terminal line of `width` columns:
  /// `[#########.........] 12/40  3.1/s  ETA 0:09  accuracy 75.0%`.
  public func bar(width: Int) -> String {
    let tail = " \(done)/\(total)  " + figures.joined(separator: "  ")
    let room = max(10, min(40, width - tail.count - 2))
    let filled = total > 0 ? room * done / total : room
    return "[" + String(repeating: "#", count: filled)
      + String(repeating: ".", count: room - filled) + "]" + tail
  }

  /// A line for a log: `12/40 answers (30%), 3.1/s, ETA 0:09, accuracy 75.0%`.
  public var line: String {
    let percent = total > 0 ? 100 * done / total : 100
    return "\(done)/\(total) answers (\(percent)%), " + figures.joined(separator: ", ")
  }

  /// "1:05", "12:00:03".
  static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded(.up))
    let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
    return hours > 0
      ? String(format: "%d:%02d:%02d", hours, minutes, rest)
      : String(format: "%d:%02d", minutes, rest)
  }
}
