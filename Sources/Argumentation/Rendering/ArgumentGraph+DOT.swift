extension ArgumentGraph {
  /// The graph in Graphviz's DOT language, coloured by `solution` when
  /// given (see ``GraphDrawing`` for the convention).
  ///
  /// - Parameters:
  ///   - solution: the graph solved, for the statuses.
  ///   - drawing: colours and line width.
  ///   - title: a caption under the drawing.
  /// - Returns: the DOT text, ending in a newline.
  /// - Complexity: O(*n* + *m*) in the size of the graph and its texts.
  public func dot(
    solution: SolvedGraph? = nil, drawing: GraphDrawing = GraphDrawing(), title: String? = nil
  ) -> String {
    var statuses: [String: SolvedGraph.Status] = [:]
    var optional: Set<String> = []
    for standing in solution?.standings ?? [] { statuses[standing.id] = standing.status }
    if let solution { optional = Set(solution.optionalDecisions) }
    // Nodes get ids of their own (n0, n1, … in the graph's order): argument
    // ids may be anything, and DOT would merge ids that escape alike.
    var nodeIDs: [String: String] = [:]
    for (index, argument) in arguments.enumerated() { nodeIDs[argument.id] = "n\(index)" }
    let node: (String) -> String = { nodeIDs[$0] ?? "n_" }
    var out = "digraph \"argmed\" {\n"
    out += "  graph [rankdir=BT, fontname=\"Helvetica\", nodesep=0.35, ranksep=0.55"
    if let caption = title ?? solution.map(Self.caption) {
      out += ", label=\(GraphDrawing.quoted(caption)), labelloc=b, fontsize=12"
    }
    out += "];\n"
    out += "  node [fontname=\"Helvetica\", fontsize=11, style=\"filled\", fillcolor=\"white\"];\n"
    out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
    for argument in arguments {
      out +=
        "  \(node(argument.id)) "
        + attributes(
          of: argument, status: statuses[argument.id], isOptional: optional.contains(argument.id),
          drawing: drawing) + "\n"
    }
    let conflicts = Set(
      attacks.filter { $0.reason == .decisionConflict }.map { "\($0.attacker)\u{0}\($0.target)" })
    var drawnConflicts: Set<String> = []
    for attack in orderedAttacks {
      let edge = "\(node(attack.attacker)) -> \(node(attack.target))"
      if attack.reason == .decisionConflict {
        // One two-headed line for a pair of decisions that exclude each
        // other both ways (a question may have replaced one direction).
        let isMutual = conflicts.contains("\(attack.target)\u{0}\(attack.attacker)")
        if isMutual {
          let pair = [attack.attacker, attack.target].sorted().joined(separator: "\u{0}")
          guard drawnConflicts.insert(pair).inserted else { continue }
        }
        out +=
          "  \(edge) [\(isMutual ? "dir=both, " : "")color=\"#8c8c8c\", penwidth=1.2, "
          + "constraint=false, tooltip=\"decisions exclude each other\"];\n"
        continue
      }
      out += "  \(edge) " + style(of: attack, greyed: statuses[attack.attacker] == .rejected) + "\n"
    }
    for support in supports {
      out +=
        "  \(node(support.supporter)) -> \(node(support.target)) "
        + "[color=\"#4d4d4d\", arrowhead=empty, label=\"supports\"];\n"
    }
    if solution != nil { out += "  " + Self.legend(drawing) + "\n" }
    out += "}\n"
    return out
  }

  /// "preferred semantics: optional decisions B, C".
  private static func caption(_ solution: SolvedGraph) -> String {
    let accepted = solution.acceptedDecisions
    let optional = solution.optionalDecisions
    let decisions =
      !accepted.isEmpty
      ? "accepted decision \(accepted.joined(separator: ", "))"
      : !optional.isEmpty
        ? "optional decisions \(optional.joined(separator: ", "))"
        : solution.graph.decisions.isEmpty ? "" : "no decision is acceptable"
    let semantics = "\(solution.semantics.rawValue) semantics"
    return decisions.isEmpty ? semantics : "\(semantics): \(decisions)"
  }

  private func attributes(
    of argument: StructuredArgument, status: SolvedGraph.Status?, isOptional: Bool,
    drawing: GraphDrawing
  ) -> String {
    var lines: [String] = []
    var style = status.map(drawing.style(for:))
    // A decision some extension holds is an optional decision
    // (ArgMed-Agents, Definition 4): say so rather than "undecided".
    if isOptional && status == .undecided { style?.mark = "◐ optional" }
    var head =
      argument.id.count > drawing.lineWidth
      ? String(argument.id.prefix(drawing.lineWidth - 1)) + "…" : argument.id
    if argument.conclusion != argument.id || argument.kind == .decision {
      head += argument.kind == .decision ? " · decision" : " · belief"
    }
    if let style { head += "  " + style.mark }
    lines.append(head)
    if argument.conclusion != argument.id { lines += drawing.wrapped(argument.conclusion) }
    if let scheme = argument.scheme { lines.append(scheme.description) }
    var attributes = [
      "label=\(GraphDrawing.quoted(lines: lines))",
      argument.kind == .decision ? "shape=box" : "shape=note",
    ]
    let rounded = argument.kind == .decision ? "rounded," : ""
    if let style {
      attributes.append("style=\"\(rounded)filled,\(style.border)\"")
      attributes.append("fillcolor=\"\(style.fill)\"")
      attributes.append("fontcolor=\"\(style.font)\"")
      if style.border == "bold" { attributes.append("penwidth=2.2") }
    } else if argument.kind == .decision {
      attributes.append("style=\"rounded,filled\"")
    }
    let tooltip =
      ([argument.id + ": " + argument.conclusion]
      + argument.premises.map { "\($0.id): \($0.text)" }).joined(separator: " | ")
    attributes.append("tooltip=\(GraphDrawing.quoted(tooltip))")
    return "[\(attributes.joined(separator: ", "))];"
  }

  private func style(of attack: Attack, greyed: Bool) -> String {
    // Attacks of a plain framework (no schemes, no questions) carry no
    // type worth a colour or a label.
    if attack.reason == .stated && argument(id: attack.attacker)?.scheme == nil
      && argument(id: attack.target)?.scheme == nil
    {
      return "[color=\"\(greyed ? "#b0b0b0" : "#333333")\"];"
    }
    let (colour, style, width) =
      switch attack.kind {
      case .rebutting: ("#d7191c", "solid", "1.6")
      case .undercutting: ("#7b3294", "dashed", "1.8")
      case .undermining: ("#e66101", "dotted", "2.0")
      }
    var attributes = [
      "color=\"\(greyed ? "#b0b0b0" : colour)\"", "style=\(style)", "penwidth=\(width)",
    ]
    let label = [attack.question, attack.kind.rawValue].compactMap { $0 }.joined(separator: " ")
    attributes.append("label=\(GraphDrawing.quoted(label))")
    attributes.append("fontcolor=\"\(greyed ? "#9a9a9a" : colour)\"")
    return "[\(attributes.joined(separator: ", "))];"
  }

  /// A key to the colours, marks and lines, as an HTML-like label.
  private static func legend(_ drawing: GraphDrawing) -> String {
    let cells = [SolvedGraph.Status.accepted, .undecided, .rejected].map { status in
      let style = drawing.style(for: status)
      let mark = status == .undecided ? style.mark + " (◐ optional decision)" : style.mark
      return "<TD BGCOLOR=\"\(style.fill)\"><FONT COLOR=\"\(style.font)\">\(mark)</FONT></TD>"
    }.joined()
    let lines = [
      ("#d7191c", "── rebuts"), ("#7b3294", "- - undercuts"), ("#e66101", "··· undermines"),
      ("#8c8c8c", "⟷ decisions exclude each other"),
    ].map { "<FONT COLOR=\"\($0.0)\">\($0.1)</FONT>" }.joined(separator: "   ")
    return "legend [shape=plaintext, style=\"\", label=<<TABLE BORDER=\"0\" "
      + "CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\"><TR>\(cells)</TR><TR>"
      + "<TD COLSPAN=\"3\">\(lines)</TD></TR></TABLE>>];"
  }
}
