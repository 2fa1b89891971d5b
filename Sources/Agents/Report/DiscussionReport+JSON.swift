import ArgMedSupport
import Argumentation

extension DiscussionReport {
  /// The report file format's version, written as `"version"`.
  ///
  /// Version 2 dropped version 1's `decisionOptions`: the option a
  /// decision argument argues for is its `decision` in the graph. It
  /// gained, beside it, ties (`tied`), strengths, supports, preferences
  /// and contrasts, which readers of version 2 without them ignore.
  public static let formatVersion = 2

  /// The report as a versioned JSON document: the case, the settings, the
  /// decision, how the discussion went, every question asked, and the
  /// solved graph (itself a graph document, readable by `argmed graph`).
  public var jsonDocument: String {
    JSON([
      "version": Self.formatVersion,
      "format": "argmed-solve-report",
      "case": caseJSON,
      "model": model,
      "settings": JSON([
        "semantics": settings.semantics.rawValue, "maxRounds": settings.maxRounds,
        "maxDecisions": decisionLimit, "maxReasks": settings.maxReasks,
        "strengthTolerance": settings.strengthTolerance,
      ]),
      "decision": decisionJSON,
      "discussion": discussionJSON,
      "questions": answers.map { answer in
        JSON([
          "argument": answer.argument, "question": answer.question, "text": answer.text,
          "verdict": answer.verdict.rawValue, "reason": answer.reason,
          "knowledge": answer.knowledge, "counterArguments": answer.counterArguments,
          "unanswered": answer.unanswered,
        ])
      },
      "reasonerSupports": reasonerSupports.map { support in
        JSON([
          "from": support.supporter, "to": support.target, "reason": support.reason,
          "knowledge": support.knowledge, "refused": support.refused,
        ])
      },
      "reasonerAttacks": reasonerAttacks.map { attack in
        JSON([
          "from": attack.attacker, "to": attack.target, "kind": attack.kind.rawValue,
          "reason": attack.reason, "knowledge": attack.knowledge, "refused": attack.refused,
        ])
      },
      "bases": JSON.object(
        graph.arguments.compactMap { argument in
          bases[argument.id].map { basis in
            JSON.Member(
              argument.id, JSON(["rationale": basis.rationale, "knowledge": basis.knowledge]))
          }
        }),
      "graph": solution.json,
    ]).text(layout: .indented) + "\n"
  }

  private var caseJSON: JSON {
    JSON([
      "id": clinicalCase.id,
      "source": clinicalCase.source.rawValue,
      "question": clinicalCase.question,
      "options": JSON.object(clinicalCase.options.map { JSON.Member($0.key, $0.text) }),
      "answerKey": clinicalCase.answerKey,
    ])
  }

  private var decisionJSON: JSON {
    JSON([
      "answer": decision.answer,
      "text": decision.answer.flatMap { clinicalCase.option($0)?.text },
      "rule": decision.rule?.rawValue,
      "ruleExplanation": decision.rule?.explanation,
      "extensionCount": decision.extensionCount,
      "tied": decision.tied,
      "optional": decision.optional.map { option in
        JSON([
          "option": option.option, "text": option.text, "arguments": option.arguments,
          "extensions": option.extensions, "explanationSets": option.explanationSets,
          "strength": option.strength, "supporters": option.supporters,
        ])
      },
      "contrasts": decision.contrasts.map(contrastJSON),
      "strengths": JSON([
        "semantics": "df-quad", "baseScore": 0.5, "tolerance": decision.strengthTolerance,
        "problem": decision.strengthProblem,
      ]),
      "preference": JSON([
        "pairs": decision.preference.pairs.map {
          JSON(["preferred": $0.preferred, "over": $0.over, "chain": $0.chain])
        },
        "conflicts": decision.preference.conflicts,
      ]),
      "undecided": decision.undecided,
      "notArgued": optionsNotArgued.map(\.key),
      "leftOutByLimit": JSON.object(
        clinicalCase.options.compactMap { option in
          leftOutByLimit[option.key].map { JSON.Member(option.key, $0) }
        }),
      // The paper's Conjecture 1: no decision survives, so the reasoning
      // likely has an error or the knowledge runs out. A tie is not that.
      "noDecision": decision.noDecision,
    ])
  }

  private func contrastJSON(_ contrast: DecisionOutcome.Contrast) -> JSON {
    switch contrast.reason {
    case .preference(let pair):
      JSON([
        "rival": contrast.rival, "reason": "preference", "preferred": pair.preferred,
        "chain": pair.chain,
      ])
    case .strength(let answer, let rival):
      JSON([
        "rival": contrast.rival, "reason": "strength", "answerStrength": answer,
        "rivalStrength": rival,
      ])
    }
  }

  private var discussionJSON: JSON {
    let (ending, rounds, unquestioned) =
      switch ending {
      case .settled(let rounds): ("settled", rounds, [String]())
      case .roundLimit(let unquestioned): ("round-limit", settings.maxRounds, unquestioned)
      }
    return JSON([
      "ending": ending,
      "rounds": rounds,
      "unquestioned": unquestioned,
      "modelCalls": exchanges.count,
      "failedTurns": failedTurns.count,
      "promptTokens": tokens.prompt,
      "completionTokens": tokens.completion,
      "turns": turns.map { turn in
        JSON([
          "round": turn.round, "agent": turn.agent.rawValue, "task": turn.task.rawValue,
          "subject": turn.subject, "succeeded": turn.succeeded, "summary": turn.summary,
        ])
      },
    ])
  }
}
