import ArgMedSupport
import Argumentation

extension DiscussionReport {
  /// The report for a clinician: the decision and the rule that chose it,
  /// why it stands, then every argument with its scheme, the critical
  /// questions asked of it and how they were answered, and what attacks it.
  ///
  /// Texts from the case and the model are shown escaped, so that they
  /// cannot forge a line of the report.
  public var textReport: String {
    var lines: [String] = []
    let title = clinicalCase.id.map { "ArgMed: \(show($0))" } ?? "ArgMed"
    lines += [title, "Question: " + show(clinicalCase.question), ""]
    lines += decisionLines + [""]
    lines += whyLines
    lines += ["", "Arguments"]
    for argument in graph.arguments { lines += argumentLines(argument) }
    if !reasonerSupports.isEmpty {
      lines += ["", "Supports the Reasoner found"]
      for support in reasonerSupports {
        var line = "  \(show(support.supporter)) → \(show(support.target)): " + show(support.reason)
        if !support.knowledge.isEmpty {
          line += " [\(support.knowledge.map(show).joined(separator: ", "))]"
        }
        if let refused = support.refused { line += " — refused: \(show(refused))" }
        lines.append(line)
      }
    }
    if !reasonerAttacks.isEmpty {
      lines += ["", "Attacks between beliefs the Reasoner found"]
      for attack in reasonerAttacks {
        var line =
          "  \(show(attack.attacker)) → \(show(attack.target)) (\(attack.kind.rawValue)): "
          + show(attack.reason)
        if !attack.knowledge.isEmpty {
          line += " [\(attack.knowledge.map(show).joined(separator: ", "))]"
        }
        if let refused = attack.refused { line += " — refused: \(show(refused))" }
        lines.append(line)
      }
    }
    lines += ["", "Discussion"] + discussionLines
    return lines.joined(separator: "\n") + "\n"
  }

  private func show(_ text: String) -> String { TextEscaping.terminal(text) }

  private func optionName(_ key: String) -> String {
    "\(show(key)). \(show(clinicalCase.option(key)?.text ?? key))"
  }

  private var semanticsName: String { settings.semantics.rawValue }

  private var decisionLines: [String] {
    if decision.rule == .tie, !decision.tied.isEmpty { return tieLines }
    guard let answer = decision.answer, let rule = decision.rule else {
      if !decision.undecided.isEmpty {
        return [
          "Decision: none under \(semanticsName) semantics: "
            + decision.undecided.map(optionName).joined(separator: ", ") + " undecided.",
          "  Rival decisions attack each other, and \(semanticsName) semantics accepts none of them",
          "  where nothing else decides; preferred semantics lets each stand in an extension of its own.",
        ]
      }
      var lines = [
        "Decision: none. No decision is acceptable under \(semanticsName) semantics.",
        "  As the paper's Conjecture 1 reads it, the reasoning likely has an error or the knowledge",
        "  runs out: no option's decision argument holds together with the arguments against it.",
      ]
      if graph.decisions.isEmpty { lines.append("  No decision was proposed.") }
      lines += notArguedLines
      return lines
    }
    var lines = [
      "Decision: " + optionName(answer),
      "  Chosen because it is \(rule.explanation) (rule \(rule.rawValue)).",
    ]
    return lines + optionalLines + contrastLines + notArguedLines
  }

  /// The optional decisions, their strengths and explanation sets.
  private var optionalLines: [String] {
    let total = decision.extensionCount
    var lines = [
      "  Optional decisions under \(semanticsName) semantics: "
        + decision.optional.map {
          "\(optionName($0.option)) (in \($0.extensions) of \(total) extension\(total == 1 ? "" : "s")"
            + (decision.optional.count > 1
              ? $0.strength.map { ", strength \($0.fixedPoint(digits: 2))" } ?? "" : "")
            + ")"
        }.joined(separator: "; ")
    ]
    if !solution.listsEveryExtension {
      lines.append(
        "  (more than \(SolvedGraph.maximumExtensions) extensions: counts over those listed)")
    }
    for option in decision.optional {
      for set in option.explanationSets {
        lines.append(
          "  Explanation set for \(show(option.option)): {\(set.map(show).joined(separator: ", "))}"
        )
      }
    }
    for conflict in decision.preference.conflicts {
      lines.append(
        "  Contradictory preferences: the case states each of "
          + conflict.map(show).joined(separator: ", ")
          + " better than another in a cycle, so none of them is preferred to another.")
    }
    return lines
  }

  /// A tie: the options, and why nothing separates them.
  private var tieLines: [String] {
    let tied = decision.tied
    var lines = [
      "Decision: a tie between " + tied.map(optionName).joined(separator: " and ")
        + ": nothing separates them, so there is no answer (rule tie)."
    ]
    let conflicting = decision.preference.conflict(between: tied[0], and: tied[tied.count - 1])
    let preference =
      conflicting.map {
        "the case's better-than statements contradict each other (\($0.map(show).joined(separator: ", ")) in a cycle)"
      } ?? "no better-than statement prefers one of them to the other"
    let strengths: String
    if let problem = decision.strengthProblem {
      strengths = "their strengths could not be weighed: \(show(problem))"
    } else {
      strengths =
        "their strengths under DF-QuAD ("
        + tied.map { "\(show($0)) \((decision.strength(of: $0) ?? 0.5).fixedPoint(digits: 2))" }
        .joined(separator: ", ")
        + ") are within the tolerance of \(decision.strengthTolerance.fixedPoint(digits: 2))"
    }
    lines.append("  Why they tie: \(preference), and \(strengths).")
    return lines + optionalLines + notArguedLines
  }

  /// Why the answer rather than each other optional decision.
  private var contrastLines: [String] {
    guard let answer = decision.answer else { return [] }
    return decision.contrasts.map { contrast in
      let head = "  Why \(show(answer)) rather than \(show(contrast.rival)): "
      switch contrast.reason {
      case .preference(let pair):
        let chain = pair.chain.map(show).joined(separator: " better than ")
        if pair.preferred == answer {
          return head + "the case prefers \(show(answer)) to \(show(contrast.rival)) (\(chain))."
        }
        return head
          + "\(show(contrast.rival)) gives way to \(show(pair.preferred)), which the case prefers to it (\(chain))."
      case .strength(let strength, let rival):
        let own = decision.optional.first { $0.option == answer }?.supporters ?? []
        let theirs = Set(decision.optional.first { $0.option == contrast.rival }?.supporters ?? [])
        let reasons = own.filter { !theirs.contains($0) }.compactMap { id in
          graph.argument(id: id).map { "\(show(id)): \(show($0.conclusion))" }
        }
        return head
          + "\(show(answer)) is stronger under DF-QuAD (\(strength.fixedPoint(digits: 2)) against \(rival.fixedPoint(digits: 2)))"
          + (reasons.isEmpty
            ? "."
            : ", supported by " + reasons.joined(separator: "; ")
              + (reasons.last?.hasSuffix(".") == true ? "" : "."))
      }
    }
  }

  private var limitText: String { "\(decisionLimit) option\(decisionLimit == 1 ? "" : "s")" }

  /// The options no argument was made for, and those the decision limit
  /// kept out.
  private var notArguedLines: [String] {
    var lines: [String] = []
    let keptOut = clinicalCase.options.filter { leftOutByLimit[$0.key] != nil }
    if !keptOut.isEmpty {
      lines.append(
        "  Kept out by the decision limit (\(limitText)): "
          + keptOut.map { "\(optionName($0.key)), as \(show(leftOutByLimit[$0.key] ?? ""))" }
          .joined(separator: "; ") + ".")
    }
    let options = optionsNotArgued
    guard !options.isEmpty else { return lines }
    let why =
      decisionLimitReached
      ? "the decision limit, \(limitText), was reached"
      : "no agent made a case for \(options.count == 1 ? "it" : "them")"
    lines.append(
      "  Not argued for: " + options.map { optionName($0.key) }.joined(separator: ", ")
        + " (\(why)).")
    return lines
  }

  private var whyLines: [String] {
    guard let answer = decision.answer,
      let chosen = decision.optional.first(where: { $0.option == answer })
    else {
      return ["Why", "  No decision argument stands; see the arguments and what attacks them."]
    }
    var lines = ["Why"]
    for id in chosen.arguments {
      guard let argument = graph.argument(id: id) else { continue }
      lines.append("  \(show(id)) argues: \(show(argument.conclusion))")
      let survived = answers.filter { $0.argument == id && $0.verdict == .accept }
      if !survived.isEmpty {
        lines.append(
          "    It survived its critical questions "
            + survived.map { show($0.question) }.joined(separator: ", ")
            + ".")
      }
      let attackers = graph.orderedAttacks.filter {
        $0.target == id && $0.reason != .decisionConflict
      }
      for attack in attackers {
        let status = solution.standing(of: attack.attacker)?.status.rawValue ?? "unknown"
        lines.append("    \(show(attack.attacker)) attacks it and is \(status).")
      }
      for support in graph.supports where support.target == id {
        let status = solution.standing(of: support.supporter)?.status.rawValue ?? "unknown"
        let said = graph.argument(id: support.supporter).map { ": " + show($0.conclusion) } ?? "."
        lines.append("    \(show(support.supporter)) supports it and is \(status)\(said)")
      }
    }
    for decided in graph.decisions where !chosen.arguments.contains(decided.id) {
      let option = decided.decision.map(optionName) ?? "a decision of its own"
      let standing = solution.standing(of: decided.id)
      let status =
        standing?.isCredulouslyAccepted == true
        ? "also optional, in other extensions" : standing?.status.rawValue ?? "unknown"
      let against = graph.orderedAttacks.filter {
        $0.target == decided.id && $0.reason != .decisionConflict
          && solution.standing(of: $0.attacker)?.isCredulouslyAccepted == true
      }.map(\.attacker)
      let who = decided.decision == answer ? "Another argument for it" : "The rival"
      var line = "  \(who), \(show(decided.id)) (\(option)), is \(status)"
      if !against.isEmpty {
        line +=
          ": \(against.map(show).joined(separator: ", ")) attack\(against.count == 1 ? "s" : "") it"
      }
      lines.append(line + ".")
    }
    return lines
  }

  private func argumentLines(_ argument: StructuredArgument) -> [String] {
    let standing = solution.standing(of: argument.id)
    let status = standing?.status.rawValue ?? "unknown"
    var head = "  \(show(argument.id))  \(argument.kind.rawValue)"
    if let option = argument.decision { head += " for \(optionName(option))" }
    head += ", \(status)"
    if standing?.status != .accepted && standing?.isCredulouslyAccepted == true {
      head += " (optional)"
    }
    if let scheme = argument.scheme {
      let name = catalogName(scheme)
      head += "; scheme \(show(scheme.description))" + (name.map { " (\(show($0)))" } ?? "")
    }
    var lines = [head]
    if let basis = bases[argument.id], !basis.rationale.isEmpty || !basis.knowledge.isEmpty {
      let cited =
        basis.knowledge.isEmpty ? "" : " [\(basis.knowledge.map(show).joined(separator: ", "))]"
      lines.append("      Generator: \(show(basis.rationale))\(cited)")
    }
    for premise in argument.premises { lines.append("      \(show(premise.text))") }
    lines.append("      So: \(show(argument.conclusion))")
    for answer in answers where answer.argument == argument.id {
      let verdict = answer.verdict == .accept ? "accepted" : "answered against it"
      var line =
        "      \(show(answer.question)) \(show(answer.text)) — \(verdict): \(show(answer.reason))"
      if !answer.counterArguments.isEmpty {
        line += " → " + answer.counterArguments.map(show).joined(separator: ", ")
      }
      if let unanswered = answer.unanswered {
        line += " (no counter-argument: \(show(unanswered)))"
      }
      lines.append(line)
    }
    let attacks = graph.orderedAttacks.filter { $0.target == argument.id }
    let stated = attacks.filter { $0.reason != .decisionConflict }.map {
      "\(show($0.attacker)) (\($0.kind.rawValue)\($0.question.map { ", \(show($0))" } ?? ""))"
    }
    let rivals = attacks.filter { $0.reason == .decisionConflict }.map { show($0.attacker) }
    if !stated.isEmpty { lines.append("      Attacked by " + stated.joined(separator: ", ") + ".") }
    let supported = graph.supports.filter { $0.supporter == argument.id }.map { show($0.target) }
    if !supported.isEmpty {
      lines.append("      Supports " + supported.joined(separator: ", ") + ".")
    }
    let supporters = graph.supports.filter { $0.target == argument.id }.map { show($0.supporter) }
    if !supporters.isEmpty {
      lines.append("      Supported by " + supporters.joined(separator: ", ") + ".")
    }
    if !rivals.isEmpty {
      lines.append("      Excluded by the rival decisions " + rivals.joined(separator: ", ") + ".")
    }
    return lines
  }

  private func catalogName(_ reference: SchemeReference) -> String? {
    schemeNames[reference.description]
  }

  private var discussionLines: [String] {
    var lines: [String] = []
    switch ending {
    case .settled(let rounds):
      lines.append(
        "  Settled after \(rounds) round\(rounds == 1 ? "" : "s") of questions: no new argument.")
    case .roundLimit(let unquestioned):
      lines.append(
        "  Stopped at the round limit (\(settings.maxRounds)); never questioned: "
          + unquestioned.map(show).joined(separator: ", ") + ".")
    }
    let failed = failedTurns
    lines.append(
      "  \(exchanges.count) model call\(exchanges.count == 1 ? "" : "s") to \(show(model)); "
        + "\(failed.count) failed turn\(failed.count == 1 ? "" : "s"); tokens \(tokens.prompt) prompt, "
        + "\(tokens.completion) completion.")
    for turn in failed {
      lines.append(
        "  Failed: \(turn.agent.rawValue) \(turn.task.rawValue)\(turn.subject.map { " (\(show($0)))" } ?? ""): "
          + show(turn.summary))
    }
    return lines
  }
}
