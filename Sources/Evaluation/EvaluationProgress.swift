import ArgMedSupport
import Foundation

/// Where an evaluation stands, for a progress display: answers done of
/// the total, the rate, the time left, and each method's running accuracy.
public struct EvaluationProgress: Hashable, Sendable {
  /// Answers (case × method) to give in this run, and given so far.
  public var total: Int
  public var done = 0
  /// The methods, in the order shown.
  public var methods: [EvaluationMethod]
  /// Per method: the answers whose right answer is known, and the right ones.
  public var scored: [EvaluationMethod: Int] = [:]
  public var correct: [EvaluationMethod: Int] = [:]
  /// Time since the run began.
  public var elapsed: Duration = .zero

  public init(total: Int, methods: [EvaluationMethod]) {
    self.total = total
    self.methods = methods
  }

  /// Counts one more result.
  public mutating func count(_ result: CaseResult, at elapsed: Duration) {
    done += 1
    if let isCorrect = result.isCorrect {
      scored[result.method, default: 0] += 1
      if isCorrect { correct[result.method, default: 0] += 1 }
    }
    self.elapsed = elapsed
  }

  private var seconds: Double { elapsed.inSeconds }

  /// Answers per second so far.
  public var rate: Double { seconds > 0 ? Double(done) / seconds : 0 }

  /// The time left at the rate so far, when there is a rate.
  public var secondsLeft: Double? {
    rate > 0 ? Double(total - done) / rate : nil
  }

  private var figures: [String] {
    var parts = [String(format: "%.1f/s", rate)]
    parts.append("ETA " + (secondsLeft.map(Self.clock) ?? "–"))
    for method in methods {
      let known = scored[method] ?? 0
      let right = correct[method] ?? 0
      parts.append(
        "\(method.rawValue) "
          + (known > 0 ? String(format: "%.1f%%", 100 * Double(right) / Double(known)) : "–"))
    }
    return parts
  }

  /// A line of at most `width` columns for a terminal:
  /// `[#########.........] 12/40  3.1/s  ETA 0:09  argmed 75.0%`.
  public func bar(width: Int) -> String {
    let tail = " \(done)/\(total)  " + figures.joined(separator: "  ")
    let room = max(10, min(40, width - tail.count - 2))
    let filled = total > 0 ? room * done / total : room
    let line =
      "[" + String(repeating: "#", count: filled)
      + String(repeating: ".", count: room - filled) + "]" + tail
    return String(line.prefix(max(width, 1)))
  }

  /// A line for a log: `12/40 answers (30%), 3.1/s, ETA 0:09, argmed 75.0%`.
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
