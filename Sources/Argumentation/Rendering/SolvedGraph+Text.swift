import ArgMedSupport

extension SolvedGraph {
  /// A plain-text report for people: the decisions, each argument's
  /// status with a mark that needs no colour, and the explanation sets.
  ///
  /// ```text
  /// preferred semantics: optional decisions B, C
  ///   ✔ D  accepted   belief    Valproate has side effects for the patient …
  ///   ? B  undecided  decision  propranolol should be considered for …
  ///   ✘ A  rejected   decision  valproate should be considered for …
  /// explanation sets:
  ///   B: {B, D, E}
  /// ```
  public var textReport: String {
    let optional = optionalDecisions
    let accepted = acceptedDecisions
    var lines: [String] = []
    var head = "\(semantics.rawValue) semantics: "
    if !accepted.isEmpty {
      head +=
        "accepted decision\(accepted.count == 1 ? "" : "s") \(accepted.joined(separator: ", "))"
    } else if !optional.isEmpty {
      head +=
        "optional decision\(optional.count == 1 ? "" : "s") \(optional.joined(separator: ", "))"
    } else if extensions.isEmpty && listsEveryExtension {
      head += "there is no \(semantics.rawValue) extension, so nothing is decided"
    } else if graph.decisions.isEmpty {
      head += "no decision arguments"
    } else {
      head += "no decision is acceptable"
    }
    lines.append(head)
    if !listsEveryExtension {
      lines.append(
        "(more than \(SolvedGraph.maximumExtensions) extensions: statuses decided one by one, "
          + "explanation sets cut short)")
    }
    let idWidth = graph.arguments.map(\.id.count).max() ?? 0
    for (argument, standing) in zip(graph.arguments, standings) {
      let mark =
        switch standing.status {
        case .accepted: "✔"
        case .undecided: "?"
        case .rejected: "✘"
        }
      let id = argument.id + String(repeating: " ", count: idWidth - argument.id.count)
      let status = standing.status.rawValue.padding(9)
      let kind = argument.kind.rawValue.padding(8)
      // Texts from a file may hold line breaks or escape sequences: shown
      // escaped, they cannot forge a line of the report.
      lines.append(
        "  \(mark) \(TextEscaping.terminal(id))  \(status)  \(kind)  "
          + TextEscaping.terminal(argument.conclusion))
    }
    let decisionsWithSets = optional.filter { !explanationSets(for: $0).isEmpty }
    if !decisionsWithSets.isEmpty && semantics != .grounded && semantics != .ideal {
      lines.append("explanation sets:")
      for decision in decisionsWithSets {
        for set in explanationSets(for: decision) {
          let members = set.map(TextEscaping.terminal).joined(separator: ", ")
          lines.append("  \(TextEscaping.terminal(decision)): {\(members)}")
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
