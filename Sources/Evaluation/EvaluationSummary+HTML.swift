import ArgMedSupport
import Foundation

extension EvaluationSummary {
  /// The summary as one HTML page that reads offline.
  ///
  /// A table of the methods' figures, as the paper's Table I, and an SVG
  /// bar chart of their accuracies with 95% intervals; no script, no
  /// external file.
  public var htmlReport: String {
    let title = "ArgMed evaluation: \(TextEscaping.html(dataset))"
    var rows = ""
    for entry in methods {
      rows += """
        <tr><th scope="row">\(entry.method.rawValue)</th>\
        <td>\(Self.percent(entry.accuracy))</td>\
        <td>\(Self.interval(entry))</td>\
        <td>\(entry.correct)/\(entry.scored)</td>\
        <td>\(entry.method == .argmed ? String(entry.ties) : "–")</td>\
        <td>\(entry.method == .argmed ? String(entry.noDecision) : "–")</td>\
        <td>\(entry.failures)</td>\
        <td>\(String(format: "%.1f", entry.modelCallsPerCase))</td>\
        <td>\(String(format: "%.0f", entry.promptTokensPerCase + entry.completionTokensPerCase))</td>\
        <td>\(String(format: "%.3f", entry.secondsPerCase))</td></tr>

        """
    }
    var conjectureText = ""
    if let conjecture {
      let baselines = methods.map(\.method).filter { $0 != .argmed }.map {
        "\($0.rawValue) was wrong in \(conjecture.baselinesWrongThere[$0] ?? 0)"
      }
      conjectureText = """
        <p>Conjecture 1 (no decision survives exactly when the reasoning has an error): no decision \
        in \(conjecture.noDecision) scored cases, each counted wrong; \
        \(conjecture.wrongAnswersWithoutDecision) of ArgMed's \(conjecture.wrongAnswers) wrong \
        answers were no decision\(baselines.isEmpty ? "" : "; on those cases " + baselines.joined(separator: ", ")).</p>

        """
    }
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>\(title)</title>
      <style>
      body { font-family: Helvetica, Arial, sans-serif; margin: 2em; color: #1a1a1a; max-width: 60em; }
      table { border-collapse: collapse; margin: 1em 0; }
      th, td { padding: 0.3em 0.8em; border-bottom: 1px solid #ccc; text-align: right; }
      th[scope=row], thead th:first-child { text-align: left; }
      caption { text-align: left; font-weight: bold; margin-bottom: 0.4em; }
      </style>
      </head>
      <body>
      <h1>\(title)</h1>
      <p>\(total) case\(total == 1 ? "" : "s"); model \(TextEscaping.html(run.model)); \
      \(TextEscaping.html(run.settingsText)). Accuracy over the cases whose answer is known, with its 95% \
      Wilson interval: a right answer counts 1, and a tie of k options that holds the right one \
      counts 1/k; correct counts right answers only.</p>
      <table>
      <caption>Accuracy by method</caption>
      <thead><tr><th>method</th><th>accuracy</th><th>95% CI</th><th>correct</th><th>ties</th>\
      <th>no decision</th><th>failed</th><th>calls/case</th><th>tokens/case</th><th>s/case</th></tr></thead>
      <tbody>
      \(rows)</tbody>
      </table>
      \(conjectureText)\(barChart)
      </body>
      </html>

      """
  }

  /// Bars of accuracy with their 95% intervals as whiskers.
  var barChart: String {
    let barWidth = 60.0
    let gap = 40.0
    let height = 240.0
    let left = 50.0
    let top = 20.0
    let width = left + Double(methods.count) * (barWidth + gap) + gap
    let y = { (value: Double) in top + height * (1 - value) }
    var svg = """
      <svg xmlns="http://www.w3.org/2000/svg" role="img" width="\(Int(width))" \
      height="\(Int(height + top + 50))" viewBox="0 0 \(Int(width)) \(Int(height + top + 50))" \
      font-family="Helvetica, Arial, sans-serif" font-size="12">
      <title>Accuracy by method, with 95% intervals</title>

      """
    for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
      svg += """
        <line x1="\(left)" x2="\(width - 10)" y1="\(y(tick))" y2="\(y(tick))" stroke="#ddd"/>\
        <text x="\(left - 6)" y="\(y(tick) + 4)" text-anchor="end">\(Int(tick * 100))%</text>

        """
    }
    let colours = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9"]
    for (index, entry) in methods.enumerated() {
      let x = left + gap + Double(index) * (barWidth + gap)
      let centre = x + barWidth / 2
      svg += """
        <rect x="\(x)" y="\(y(entry.accuracy ?? 0))" width="\(barWidth)" \
        height="\(height * (entry.accuracy ?? 0))" fill="\(colours[index % colours.count])">\
        <title>\(entry.method.rawValue): \(Self.percent(entry.accuracy))</title></rect>

        """
      if entry.scored > 0 {
        let (low, high) = (y(entry.interval.lowerBound), y(entry.interval.upperBound))
        svg += """
          <line x1="\(centre)" x2="\(centre)" y1="\(high)" y2="\(low)" stroke="#1a1a1a" \
          stroke-width="1.5"/>
          <line x1="\(centre - 8)" x2="\(centre + 8)" y1="\(high)" y2="\(high)" stroke="#1a1a1a" \
          stroke-width="1.5"/>
          <line x1="\(centre - 8)" x2="\(centre + 8)" y1="\(low)" y2="\(low)" stroke="#1a1a1a" \
          stroke-width="1.5"/>

          """
      }
      svg += """
        <text x="\(centre)" y="\(top + height + 18)" text-anchor="middle">\(entry.method.rawValue)</text>
        <text x="\(centre)" y="\(top + height + 34)" text-anchor="middle">\(Self.percent(entry.accuracy))</text>

        """
    }
    return svg + "</svg>"
  }
}
