import LLMBridge

/// The offline model's rules for ArgMed's agents: they read the very
/// prompts a real model gets and answer from the case's knowledge
/// statements in them, by fixed rules, never from a case's expected
/// answer.
///
/// - The Generator proposes, in key order, the options that a statement
///   says achieve the patient's goal (`achieves`; any goal when the case
///   gives none), as many as the limit allows.
/// - The Verifier answers a question against an argument when a statement
///   of the matching kind is about a decision the question is about (the
///   question's `about`): side effects (`side-effect`), contraindications
///   (`contraindication`), danger (`danger`), and better alternatives
///   (`better-than` whose `than` is the option). A question whose burden
///   is on the proponent, asked of a decision argument, needs a statement
///   for the option (`achieves` the argument's goal, `evidence` or
///   `better-than`), or it is answered against it. Every other question is
///   answered for the argument.
/// - The Generator brings one counter-argument per statement the Verifier
///   cited, its variables filled from the statement: outcomes from effects
///   and dangers, conditions from contraindications, the alternative from
///   a `better-than` statement, findings from a side effect's `because`
///   (or the answered argument's findings), sources from the statement's
///   source, and a proposition from the question's attacker's claim. A
///   variable the knowledge cannot fill is left out, and the reply fails
///   its schema as a model with nothing to say would.
/// - The Reasoner finds no attack between belief arguments: the case
///   format has no statement that sets one belief against another.
/// - The direct baseline answers the first option, in key order, that a
///   statement says achieves the patient's goal (the first option when
///   none does): it weighs nothing against it.
/// - The chain-of-thought baseline scores each option, +1 for each
///   statement for it (`achieves` the goal, `evidence`, `better-than`) and
///   −1 for each against it (`side-effect`, `contraindication`, `danger`,
///   another option `better-than` it), writes that reasoning, and answers
///   the best score, ties to the first in key order.
public enum ArgMedMock {
  /// The rules: the agents' three requests and `argmed llm check`.
  public static var rules: [any MockRule] {
    [
      ProposalRule(), VerifierRule(), CounterArgumentRule(), ReasonerRule(), DirectAnswerRule(),
      ChainOfThoughtRule(), ConfigurationCheckRule(),
    ]
  }

  /// The mock model with ArgMed's rules.
  public static func model() -> MockLanguageModel { MockLanguageModel(rules: rules) }
}

/// What the mock reads in a prompt: the options and knowledge statements.
struct MockReading {
  let prompt: String
  let options: [(key: String, text: String)]
  let knowledge: [JSONValue]

  init?(_ request: ChatRequest, schema: String) {
    guard request.responseSchema?.name == schema,
      // The task's prompt; later user messages are re-asks.
      let prompt = request.messages.first(where: { $0.role == .user })?.content,
      case .object(let options)? = PromptSection.options.value(in: prompt)
    else { return nil }
    self.prompt = prompt
    self.options = options.compactMap { member in member.value.stringValue.map { (member.key, $0) }
    }
    self.knowledge = PromptSection.knowledge.value(in: prompt)?.arrayValue ?? []
  }

  func text(of key: String) -> String { options.first { $0.key == key }?.text ?? key }

  /// The keys of the options whose text is one of `decisions` (a
  /// question's `about`).
  func options(named decisions: [JSONValue]) -> Set<String> {
    let texts = Set(decisions.compactMap { $0.stringValue.map(Self.normalised) })
    return Set(options.filter { texts.contains(Self.normalised($0.text)) }.map(\.key))
  }

  /// Text compared without case or surrounding white space.
  static func normalised(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
  }

  /// Whether an `achieves` statement is about `goal` (any goal when `nil`).
  static func achieves(_ statement: JSONValue, goal: String?) -> Bool {
    guard statement["kind"]?.stringValue == "achieves" else { return false }
    guard let goal else { return true }
    return normalised(statement["goal"]?.stringValue ?? "") == normalised(goal)
  }

  /// One statement said in words, for a reason.
  func sentence(_ statement: JSONValue) -> String {
    let field: (String) -> String = { statement[$0]?.stringValue ?? "" }
    let option = text(of: field("option"))
    let id = field("id")
    let said: String
    switch field("kind") {
    case "achieves": said = "\(option) achieves \(field("goal"))"
    case "side-effect":
      said =
        "\(option) can cause \(field("effect"))"
        + (statement["because"]?.stringValue.map { ", serious here because of \($0)" } ?? "")
    case "contraindication": said = "\(option) is contraindicated in \(field("condition"))"
    case "danger": said = "\(option) exposes the patient to \(field("danger"))"
    case "better-than":
      said =
        "\(option) is a better choice than \(text(of: field("than")))"
        + (statement["because"]?.stringValue.map { " because \($0)" } ?? "")
    default: said = field("claim")
    }
    let sentence = said.hasSuffix(".") ? String(said.dropLast()) : said
    return "\(id): \(sentence)"
  }
}

/// The Generator's proposals: the options that achieve a goal.
struct ProposalRule: MockRule {
  func reply(to request: ChatRequest) -> String? {
    guard let reading = MockReading(request, schema: GeneratorPrompts.proposalSchemaName) else {
      return nil
    }
    let limit = PromptSection.limits.value(in: reading.prompt)?["maxDecisions"]?.countValue ?? 4
    let patient = PromptSection.patient.value(in: reading.prompt)
    let findings = (patient?["findings"]?.arrayValue ?? []).compactMap(\.stringValue)
    var decisions: [JSONValue] = []
    for option in reading.options.map(\.key).sorted() where decisions.count < limit {
      let patientGoal = patient?["goal"]?.stringValue
      let support = reading.knowledge.filter {
        MockReading.achieves($0, goal: patientGoal) && $0["option"]?.stringValue == option
      }
      guard let first = support.first else { continue }
      let goal = patientGoal ?? first["goal"]?.stringValue ?? ""
      decisions.append(
        .object([
          ("option", .string(option)), ("goal", .string(goal)),
          (
            "findings",
            .string(findings.isEmpty ? "the findings in the question" : Self.list(findings))
          ),
          ("knowledge", .array(support.compactMap { $0["id"] })),
          ("rationale", .string(support.map(reading.sentence).joined(separator: "; ") + ".")),
        ]))
    }
    return JSONValue.object([("decisions", .array(decisions))]).text
  }

  /// "a, b and c".
  static func list(_ items: [String]) -> String {
    items.count < 2
      ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }
}

/// The Verifier's answers, from the statements about the options a
/// question names.
struct VerifierRule: MockRule {
  /// The knowledge kind that answers a question leading to each counter-scheme.
  static let kindAgainst = [
    "clinical.side-effect": "side-effect", "clinical.contraindication": "contraindication",
    "clinical.danger-appeal": "danger", "clinical.better-alternative": "better-than",
  ]

  func reply(to request: ChatRequest) -> String? {
    guard let reading = MockReading(request, schema: VerifierPrompts.schemaName),
      let argument = PromptSection.argument.value(in: reading.prompt),
      let questions = PromptSection.questions.value(in: reading.prompt)?.arrayValue
    else { return nil }
    let isDecision = argument["kind"]?.stringValue == "decision"
    let goal = argument["bindings"]?["G"]?.stringValue
    var answers: [(key: String, value: JSONValue)] = []
    for question in questions {
      guard let id = question["id"]?.stringValue else { return nil }
      let named = reading.options(named: question["about"]?.arrayValue ?? [])
      let about: (JSONValue) -> Bool = { named.contains($0["option"]?.stringValue ?? "") }
      var verdict = "accept"
      var cited: [JSONValue] = []
      var reason = "Nothing in the case's knowledge answers it against the argument."
      if let kind = question["counterScheme"]?.stringValue.flatMap({ Self.kindAgainst[$0] }),
        case let against = reading.knowledge.filter({ statement in
          statement["kind"]?.stringValue == kind
            && (kind == "better-than"
              ? named.contains(statement["than"]?.stringValue ?? "") : about(statement))
        }), !against.isEmpty
      {
        verdict = "reject"
        cited = against
        reason =
          "The case's knowledge answers it against the argument: "
          + against.map(reading.sentence).joined(separator: "; ") + "."
      } else if isDecision, question["burden"]?.stringValue == "proponent" {
        let support = reading.knowledge.filter {
          about($0)
            && (MockReading.achieves($0, goal: goal)
              || ["evidence", "better-than"].contains($0["kind"]?.stringValue ?? ""))
        }
        if support.isEmpty {
          verdict = "reject"
          reason =
            "The burden of proof is on the argument, and no statement of the case's "
            + "knowledge supports it."
        } else {
          cited = support
          reason =
            "The case's knowledge supports it: "
            + support.map(reading.sentence).joined(separator: "; ") + "."
        }
      }
      answers.append(
        (
          id,
          .object([
            ("verdict", .string(verdict)), ("reason", .string(reason)),
            ("knowledge", .array(cited.compactMap { $0["id"] })),
          ])
        ))
    }
    return JSONValue.object([("answers", .object(answers))]).text
  }
}

/// The Generator's counter-arguments, one for each statement the Verifier
/// cited (or one from the question's claim when it cited none), filled
/// from that statement.
struct CounterArgumentRule: MockRule {
  func reply(to request: ChatRequest) -> String? {
    guard let reading = MockReading(request, schema: GeneratorPrompts.counterSchemaName),
      let variables = PromptSection.counterScheme.value(in: reading.prompt)?["variables"]?
        .arrayValue,
      let answered = PromptSection.answered.value(in: reading.prompt),
      let question = PromptSection.question.value(in: reading.prompt)
    else { return nil }
    let cited = PromptSection.citedKnowledge.value(in: reading.prompt)?.arrayValue ?? []
    var arguments: [JSONValue] = []
    for statements in cited.isEmpty
      ? [[]] : cited.prefix(GeneratorPrompts.maximumCounterArguments).map({ [$0] })
    {
      guard
        let bindings = Self.bindings(
          variables, from: statements, answered: answered, question: question)
      else { return nil }
      let ids = statements.compactMap { $0["id"] }
      arguments.append(
        .object([
          ("bindings", .object(bindings)), ("knowledge", .array(ids)),
          (
            "rationale",
            .string(
              statements.isEmpty
                ? "From the question's claim."
                : statements.map(reading.sentence).joined(separator: "; ") + ".")
          ),
        ]))
    }
    return JSONValue.object([("arguments", .array(arguments))]).text
  }

  /// The open variables' values, by their types.
  static func bindings(
    _ variables: [JSONValue], from statements: [JSONValue], answered: JSONValue, question: JSONValue
  ) -> [(key: String, value: JSONValue)]? {
    let values: (String) -> [String] = { field in statements.compactMap { $0[field]?.stringValue } }
    var bindings: [(key: String, value: JSONValue)] = []
    for variable in variables where variable["value"] == .null {
      guard let name = variable["name"]?.stringValue else { return nil }
      let filled: String?
      switch variable["type"]?.stringValue {
      case "outcome": filled = nonEmpty(ProposalRule.list(values("effect") + values("danger")))
      case "condition": filled = nonEmpty(ProposalRule.list(values("condition")))
      case "action":
        filled =
          statements.first { $0["kind"]?.stringValue == "better-than" }?["option"]?.stringValue
      case "finding":
        // A side effect's `because` is the finding that makes it serious.
        filled =
          nonEmpty(
            statements.filter { $0["kind"]?.stringValue == "side-effect" }
              .compactMap { $0["because"]?.stringValue }.joined(separator: "; "))
          ?? answered["bindings"]?[name]?.stringValue
      case "source":
        filled =
          nonEmpty(values("source").joined(separator: "; "))
          ?? "the knowledge given with the case"
      case "proposition":
        // The claim as a phrase: the scheme's text puts the full stop.
        filled = question["attackerClaim"]?.stringValue.map {
          $0.hasSuffix(".") ? String($0.dropLast()) : $0
        }
      default:
        // Nothing in the knowledge fills it: the reply leaves it out, and
        // breaks its schema, as a model with nothing to say would.
        filled = nil
      }
      if let filled { bindings.append((name, .string(filled))) }
    }
    return bindings
  }

  private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}

/// The Reasoner's attacks between beliefs: none, since no knowledge
/// statement sets one belief against another.
struct ReasonerRule: MockRule {
  func reply(to request: ChatRequest) -> String? {
    guard MockReading(request, schema: ReasonerPrompts.schemaName) != nil else { return nil }
    return JSONValue.object([("attacks", .array([]))]).text
  }
}

/// The direct baseline: the first option that achieves the goal.
struct DirectAnswerRule: MockRule {
  func reply(to request: ChatRequest) -> String? {
    guard let reading = MockReading(request, schema: BaselinePrompts.directSchemaName),
      let first = reading.options.first
    else { return nil }
    let goal = PromptSection.patient.value(in: reading.prompt)?["goal"]?.stringValue
    let keys = reading.options.map(\.key).sorted()
    let answer =
      keys.first { key in
        reading.knowledge.contains {
          MockReading.achieves($0, goal: goal) && $0["option"]?.stringValue == key
        }
      } ?? keys.first ?? first.key
    return JSONValue.object([("answer", .string(answer))]).text
  }
}

/// The chain-of-thought baseline: statements for an option count +1,
/// statements against it −1; the best score wins.
struct ChainOfThoughtRule: MockRule {
  func reply(to request: ChatRequest) -> String? {
    guard let reading = MockReading(request, schema: BaselinePrompts.chainOfThoughtSchemaName),
      !reading.options.isEmpty
    else { return nil }
    let goal = PromptSection.patient.value(in: reading.prompt)?["goal"]?.stringValue
    var steps: [String] = []
    var best: (key: String, score: Int)?
    for key in reading.options.map(\.key).sorted() {
      var score = 0
      var said: [String] = []
      for statement in reading.knowledge {
        let kind = statement["kind"]?.stringValue ?? ""
        let about = statement["option"]?.stringValue == key
        var weight = 0
        if about
          && (MockReading.achieves(statement, goal: goal) || kind == "evidence"
            || kind == "better-than")
        {
          weight = 1
        } else if about && ["side-effect", "contraindication", "danger"].contains(kind) {
          weight = -1
        } else if kind == "better-than" && statement["than"]?.stringValue == key {
          weight = -1
        }
        guard weight != 0 else { continue }
        score += weight
        said.append((weight > 0 ? "for: " : "against: ") + reading.sentence(statement))
      }
      steps.append(
        "\(key). \(reading.text(of: key)): score \(score)"
          + (said.isEmpty ? " (nothing known)" : " (" + said.joined(separator: "; ") + ")"))
      if score > best?.score ?? Int.min { best = (key, score) }
    }
    guard let best else { return nil }
    return JSONValue.object([
      ("reasoning", .string(steps.joined(separator: ". ") + ". Best: \(best.key).")),
      ("answer", .string(best.key)),
    ]).text
  }
}
