import ArgMedSupport
import Foundation

/// What an evaluation measured, method by method: accuracy with its 95%
/// Wilson interval, how often no decision survived and how often that
/// went with a wrong answer (the paper's Conjecture 1), model calls,
/// tokens and time per case.
public struct EvaluationSummary: Sendable {
  /// One method's figures.
  public struct Method: Hashable, Sendable {
    public var method: EvaluationMethod
    /// The cases answered (with or without an answer).
    public var cases: Int
    /// The cases whose right answer is known.
    public var scored: Int
    /// The scored cases answered right.
    public var correct: Int
    /// The credit of the scored cases: a right answer counts 1, and a
    /// tie of *k* options that holds the right one counts 1/*k*.
    public var credit: Double
    /// The 95% Wilson score interval of the accuracy.
    public var interval: ClosedRange<Double>
    /// ArgMed: the cases where no decision survived.
    public var noDecision: Int
    /// ArgMed: the cases where the leading options tied.
    public var ties: Int
    /// The cases the method failed to answer (replies that never fit).
    public var failures: Int
    public var modelCallsPerCase: Double
    public var promptTokensPerCase: Double
    public var completionTokensPerCase: Double
    public var secondsPerCase: Double

    /// The credit per scored case (ties scored 1/*k*); `nil` without any.
    public var accuracy: Double? { scored == 0 ? nil : credit / Double(scored) }
  }

  /// ArgMed's no-decision cases set against its errors and the baselines'
  /// answers: the paper's Conjecture 1, that no decision survives exactly
  /// when the reasoning has an error.
  public struct Conjecture: Hashable, Sendable {
    /// The scored cases where no decision survived (each a wrong answer).
    public var noDecision: Int
    /// ArgMed's wrong answers, and those of them that were no decision.
    public var wrongAnswers: Int
    public var wrongAnswersWithoutDecision: Int
    /// For each other method, how many of the no-decision cases it too
    /// answered wrong: the knowledge ran out for it as well.
    public var baselinesWrongThere: [EvaluationMethod: Int]
  }

  /// The run: the dataset, the model, the settings.
  public var run: EvaluationRun
  public var dataset: String { run.dataset }
  /// The cases in the dataset.
  public var total: Int
  public var methods: [Method]
  /// Present when ArgMed was evaluated.
  public var conjecture: Conjecture?

  /// Sums `results` up, one entry per method of `methods` in that order.
  ///
  /// - Complexity: O(*r*) for *r* results.
  public init(run: EvaluationRun, total: Int, methods: [EvaluationMethod], results: [CaseResult]) {
    self.run = run
    self.total = total
    self.methods = methods.map { method in
      let mine = results.filter { $0.method == method }
      let scored = mine.filter { $0.isCorrect != nil }
      let correct = scored.filter { $0.isCorrect == true }.count
      let credit = scored.reduce(0) { $0 + ($1.credit ?? 0) }
      let count = Double(max(mine.count, 1))
      return Method(
        method: method, cases: mine.count, scored: scored.count, correct: correct, credit: credit,
        interval: Self.wilsonInterval(successes: credit, trials: scored.count),
        noDecision: mine.filter(\.noDecision).count, ties: mine.filter(\.isTie).count,
        failures: mine.filter { $0.failure != nil }.count,
        modelCallsPerCase: Double(mine.reduce(0) { $0 + $1.modelCalls }) / count,
        promptTokensPerCase: Double(mine.reduce(0) { $0 + $1.promptTokens }) / count,
        completionTokensPerCase: Double(mine.reduce(0) { $0 + $1.completionTokens }) / count,
        secondsPerCase: mine.reduce(0) { $0 + $1.seconds } / count)
    }
    conjecture = methods.contains(.argmed) ? Self.conjecture(methods, results) : nil
  }

  private static func conjecture(
    _ methods: [EvaluationMethod], _ results: [CaseResult]
  ) -> Conjecture {
    let argmed = results.filter { $0.method == .argmed && $0.isCorrect != nil }
    let withoutDecision = Set(argmed.filter(\.noDecision).map(\.caseID))
    // A tie is no answer, right or wrong.
    let wrong = argmed.filter { $0.isCorrect == false && !$0.isTie }
    var baselines: [EvaluationMethod: Int] = [:]
    for method in methods where method != .argmed {
      baselines[method] =
        results.filter {
          $0.method == method && withoutDecision.contains($0.caseID) && $0.isCorrect == false
        }.count
    }
    return Conjecture(
      noDecision: withoutDecision.count, wrongAnswers: wrong.count,
      wrongAnswersWithoutDecision: wrong.filter(\.noDecision).count,
      baselinesWrongThere: baselines)
  }

  /// The 95% Wilson score interval for `successes` out of `trials`
  /// (Wilson, "Probable inference, the law of succession, and statistical
  /// inference", JASA 22, 1927); 0…1 without trials.
  ///
  /// Successes may be fractional, as a tie's credit is.
  public static func wilsonInterval(successes: Double, trials: Int) -> ClosedRange<Double> {
    guard trials > 0 else { return 0...1 }
    let z = 1.959_963_984_540_054
    let n = Double(trials)
    let p = successes / n
    let denominator = 1 + z * z / n
    let centre = (p + z * z / (2 * n)) / denominator
    let half = z * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot() / denominator
    return max(0, centre - half)...min(1, centre + half)
  }
}

extension EvaluationSummary {
  /// A percentage with one decimal: "72.5%"; "–" for none.
  static func percent(_ value: Double?) -> String {
    value.map { String(format: "%.1f%%", $0 * 100) } ?? "–"
  }

  /// The interval, or "–" without scored cases.
  static func interval(_ entry: Method) -> String {
    entry.scored == 0
      ? "–" : percent(entry.interval.lowerBound) + "–" + percent(entry.interval.upperBound)
  }

  /// The summary as a table for a terminal.
  public var textReport: String {
    var lines = [
      "Evaluation of \(dataset): \(total) case\(total == 1 ? "" : "s")",
      "Model: \(run.model); \(run.settingsText)", "",
    ]
    let header = [
      "method", "accuracy", "95% CI", "correct", "ties", "no decision", "failed", "calls/case",
      "tokens/case", "s/case",
    ]
    var rows = [header]
    for entry in methods {
      rows.append([
        entry.method.rawValue, Self.percent(entry.accuracy),
        Self.interval(entry),
        "\(entry.correct)/\(entry.scored)",
        entry.method == .argmed ? "\(entry.ties)" : "–",
        entry.method == .argmed ? "\(entry.noDecision)" : "–", "\(entry.failures)",
        String(format: "%.1f", entry.modelCallsPerCase),
        String(format: "%.0f", entry.promptTokensPerCase + entry.completionTokensPerCase),
        String(format: "%.3f", entry.secondsPerCase),
      ])
    }
    let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    for row in rows {
      lines.append(
        zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
          .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
    }
    if methods.contains(where: { $0.method == .argmed }) {
      lines += [
        "",
        "Accuracy counts a right answer 1 and a tie of k options holding the right one 1/k;",
        "correct counts right answers only.",
      ]
    }
    if let conjecture {
      lines += ["", "Conjecture 1 (no decision survives exactly when the reasoning has an error):"]
      lines.append(
        "  no decision in \(conjecture.noDecision) scored case\(conjecture.noDecision == 1 ? "" : "s"),"
          + " each counted wrong; \(conjecture.wrongAnswersWithoutDecision) of argmed's"
          + " \(conjecture.wrongAnswers) wrong answers were no decision")
      for method in methods.map(\.method) where method != .argmed {
        lines.append(
          "  on those \(conjecture.noDecision) cases, \(method.rawValue) was wrong in"
            + " \(conjecture.baselinesWrongThere[method] ?? 0)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The summary's file format version, written as `"version"`.
  public static let formatVersion = 1

  /// The summary as a versioned JSON document.
  public var jsonDocument: String {
    var json = JSON([
      "version": Self.formatVersion,
      "format": "argmed-eval-summary",
      "dataset": dataset,
      "model": run.model,
      "settings": run.settingsText,
      "cases": total,
      "methods": methods.map { entry in
        JSON([
          "method": entry.method.rawValue,
          "cases": entry.cases,
          "scored": entry.scored,
          "correct": entry.correct,
          "credit": entry.credit,
          "accuracy": entry.accuracy,
          "ties": entry.ties,
          "interval95Low": entry.scored == 0 ? nil : entry.interval.lowerBound,
          "interval95High": entry.scored == 0 ? nil : entry.interval.upperBound,
          "noDecision": entry.noDecision,
          "failures": entry.failures,
          "modelCallsPerCase": entry.modelCallsPerCase,
          "promptTokensPerCase": entry.promptTokensPerCase,
          "completionTokensPerCase": entry.completionTokensPerCase,
          "secondsPerCase": entry.secondsPerCase,
        ])
      },
    ])
    if let conjecture {
      let baselines = methods.map(\.method).filter { $0 != .argmed }
      json.append(
        "conjecture1",
        JSON([
          "noDecision": conjecture.noDecision,
          "wrongAnswers": conjecture.wrongAnswers,
          "wrongAnswersWithoutDecision": conjecture.wrongAnswersWithoutDecision,
          "baselinesWrongOnNoDecision": JSON.object(
            baselines.map { JSON.Member($0.rawValue, conjecture.baselinesWrongThere[$0] ?? 0) }),
        ]))
    }
    return json.text(layout: .indented) + "\n"
  }
}
