import Argumentation

extension DiscussionReport {
  /// The report file format's version, written as `"version"`.
  ///
  /// Version 2 dropped version 1's `decisionOptions`: the option a
  /// decision argument argues for is its `decision` in the graph.
  public static let formatVersion = 2

  /// The report as a versioned JSON document: the case, the settings, the
  /// decision, how the discussion went, every question asked, and the
  /// solved graph (itself a graph document, readable by `argmed graph`).
  public var jsonDocument: String {
    var json = JSONText(version: Self.formatVersion)
    json.add("format", string: "argmed-solve-report")
    json.add("case", object: caseJSON)
    json.add("model", string: model)
    var settingsJSON = JSONText(version: nil)
    settingsJSON.add("semantics", string: settings.semantics.rawValue)
    settingsJSON.add("maxRounds", number: settings.maxRounds)
    settingsJSON.add("maxDecisions", number: settings.maxDecisions)
    settingsJSON.add("maxReasks", number: settings.maxReasks)
    json.add("settings", object: settingsJSON)
    json.add("decision", object: decisionJSON)
    json.add("discussion", object: discussionJSON)
    json.add(
      "questions",
      objects: answers.map { answer in
        var entry = JSONText(version: nil)
        entry.add("argument", string: answer.argument)
        entry.add("question", string: answer.question)
        entry.add("text", string: answer.text)
        entry.add("verdict", string: answer.verdict.rawValue)
        entry.add("reason", string: answer.reason)
        entry.add("knowledge", strings: answer.knowledge)
        entry.add("counterArguments", strings: answer.counterArguments)
        entry.add("unanswered", optionalString: answer.unanswered)
        return entry
      })
    json.add(
      "reasonerAttacks",
      objects: reasonerAttacks.map { attack in
        var entry = JSONText(version: nil)
        entry.add("from", string: attack.attacker)
        entry.add("to", string: attack.target)
        entry.add("kind", string: attack.kind.rawValue)
        entry.add("reason", string: attack.reason)
        entry.add("knowledge", strings: attack.knowledge)
        entry.add("refused", optionalString: attack.refused)
        return entry
      })
    var bases = JSONText(version: nil)
    for argument in graph.arguments {
      guard let basis = self.bases[argument.id] else { continue }
      var entry = JSONText(version: nil)
      entry.add("rationale", string: basis.rationale)
      entry.add("knowledge", strings: basis.knowledge)
      bases.add(argument.id, object: entry)
    }
    json.add("bases", object: bases)
    json.add("graph", json: solution.jsonDocument.trimmingSuffixNewline)
    return JSONText.prettyPrinted(json.finished) + "\n"
  }

  private var caseJSON: JSONText {
    var json = JSONText(version: nil)
    json.add("id", optionalString: clinicalCase.id)
    json.add("source", string: clinicalCase.source.rawValue)
    json.add("question", string: clinicalCase.question)
    var options = JSONText(version: nil)
    for option in clinicalCase.options { options.add(option.key, string: option.text) }
    json.add("options", object: options)
    json.add("answerKey", optionalString: clinicalCase.answerKey)
    return json
  }

  private var decisionJSON: JSONText {
    var json = JSONText(version: nil)
    json.add("answer", optionalString: decision.answer)
    json.add("text", optionalString: decision.answer.flatMap { clinicalCase.option($0)?.text })
    json.add("rule", optionalString: decision.rule?.rawValue)
    json.add("ruleExplanation", optionalString: decision.rule?.explanation)
    json.add("extensionCount", number: decision.extensionCount)
    json.add(
      "optional",
      objects: decision.optional.map { option in
        var entry = JSONText(version: nil)
        entry.add("option", string: option.option)
        entry.add("text", string: option.text)
        entry.add("arguments", strings: option.arguments)
        entry.add("extensions", number: option.extensions)
        entry.add("explanationSets", stringLists: option.explanationSets)
        return entry
      })
    json.add("undecided", strings: decision.undecided)
    // The paper's Conjecture 1: no decision survives, so the reasoning
    // likely has an error or the knowledge runs out.
    json.add("noDecision", bool: decision.answer == nil)
    return json
  }

  private var discussionJSON: JSONText {
    var json = JSONText(version: nil)
    switch ending {
    case .settled(let rounds):
      json.add("ending", string: "settled")
      json.add("rounds", number: rounds)
      json.add("unquestioned", strings: [])
    case .roundLimit(let unquestioned):
      json.add("ending", string: "round-limit")
      json.add("rounds", number: settings.maxRounds)
      json.add("unquestioned", strings: unquestioned)
    }
    json.add("modelCalls", number: exchanges.count)
    json.add("failedTurns", number: failedTurns.count)
    json.add("promptTokens", number: tokens.prompt)
    json.add("completionTokens", number: tokens.completion)
    json.add(
      "turns",
      objects: turns.map { turn in
        var entry = JSONText(version: nil)
        entry.add("round", number: turn.round)
        entry.add("agent", string: turn.agent.rawValue)
        entry.add("task", string: turn.task.rawValue)
        entry.add("subject", optionalString: turn.subject)
        entry.add("succeeded", bool: turn.succeeded)
        entry.add("summary", string: turn.summary)
        return entry
      })
    return json
  }
}

extension String {
  fileprivate var trimmingSuffixNewline: String {
    hasSuffix("\n") ? String(dropLast()) : self
  }
}
