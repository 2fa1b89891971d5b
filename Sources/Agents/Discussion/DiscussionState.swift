import Argumentation
import Foundation
import LLMBridge

/// The discussion so far: the graph, the answers, the turns; and the
/// agents' moves that change it.
struct DiscussionState {
  let brief: CaseBrief
  let log: ExchangeLog
  let settings: DiscussionSettings
  let catalog: SchemeCatalog
  var graph = ArgumentGraph()
  var answers: [QuestionAnswer] = []
  var turns: [AgentTurn] = []
  /// The option each decision argument argues for.
  var decisionOptions: [String: String] = [:]
  /// What the Generator said each argument rests on.
  var bases: [String: ArgumentBasis] = [:]
  /// The attacks between beliefs the Reasoner proposed.
  var reasonerAttacks: [ReasonerAttack] = []
  private var argumentCount = 0

  init(brief: CaseBrief, log: ExchangeLog, settings: DiscussionSettings, catalog: SchemeCatalog) {
    self.brief = brief
    self.log = log
    self.settings = settings
    self.catalog = catalog
  }

  /// The patient, as every argument names them.
  static let patient = "the patient"

  /// The longest value a model may give a scheme's variable: a phrase, not
  /// a document.
  static let maximumValueLength = 2_000

  /// A value as a phrase for a scheme's text, which puts its own
  /// punctuation: without surrounding white space or a final full stop.
  static func phrase(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.hasSuffix(".") && !trimmed.hasSuffix("..") ? String(trimmed.dropLast()) : trimmed
  }

  /// The options the decision arguments argue for.
  var optionsInPlay: Set<String> { Set(decisionOptions.values) }

  private mutating func nextID() -> String {
    argumentCount += 1
    return "A\(argumentCount)"
  }

  struct Failure: Error {
    var reason: String
  }

  /// Asks the model for a reply that fits the request's schema.
  ///
  /// An error about this one request is a failure of this turn
  /// (`LanguageModelError.failsOnlyThisTurn`).
  ///
  /// - Throws: `AgentsError.modelFailed` when the model cannot be reached
  ///   or is misconfigured: then no turn can succeed.
  private func ask(_ request: ChatRequest) async throws(AgentsError) -> Result<JSONValue, Failure> {
    var request = request
    request.seed = settings.seed
    do {
      return .success(
        try await log.structuredReply(to: request, maxReasks: settings.maxReasks).value)
    } catch {
      guard error.failsOnlyThisTurn else { throw .modelFailed("\(log.identity): \(error)") }
      return .failure(Failure(reason: error.description))
    }
  }

  private mutating func record(
    round: Int, agent: AgentTurn.Agent, task: AgentTurn.Task, subject: String?, from start: Int,
    succeeded: Bool, summary: String
  ) {
    turns.append(
      AgentTurn(
        round: round, agent: agent, task: task, subject: subject, succeeded: succeeded,
        summary: summary, exchanges: start..<log.count))
  }

  /// The Generator's proposals, added as decision arguments.
  ///
  /// - Returns: their ids.
  mutating func propose(with scheme: ArgumentationScheme) async throws(AgentsError) -> [String] {
    let start = log.count
    let request = GeneratorPrompts.proposalRequest(
      brief: brief, maxDecisions: settings.maxDecisions, model: settings.model,
      maxTokens: settings.maxTokens)
    let proposals: [DecisionProposal]
    switch try await ask(request) {
    case .failure(let failure):
      record(
        round: 0, agent: .generator, task: .proposeDecisions, subject: nil, from: start,
        succeeded: false, summary: failure.reason)
      return []
    case .success(let value): proposals = GeneratorPrompts.proposals(from: value)
    }
    var added: [String] = []
    var skipped: [String] = []
    for proposal in proposals {
      guard let option = brief.clinicalCase.option(proposal.option) else { continue }
      let goal = Self.phrase(proposal.goal)
      let findings = Self.phrase(proposal.findings)
      guard !optionsInPlay.contains(option.key) else {
        skipped.append("\(option.key) proposed twice")
        continue
      }
      guard !goal.isEmpty, !findings.isEmpty else {
        skipped.append("\(option.key) without a goal or findings")
        continue
      }
      guard max(goal.count, findings.count) <= Self.maximumValueLength else {
        skipped.append(
          "\(option.key) with a goal or findings over \(Self.maximumValueLength) characters")
        continue
      }
      let id = nextID()
      do {
        var argument = try scheme.instantiate(
          id: id, bindings: ["P": Self.patient, "F": findings, "G": goal, "D": option.text],
          origin: "Generator: proposed decision (option \(option.key))")
        argument.decision = option.key
        try graph.add(argument)
      } catch {
        argumentCount -= 1
        skipped.append("\(option.key): \(error)")
        continue
      }
      decisionOptions[id] = option.key
      bases[id] = ArgumentBasis(
        rationale: proposal.rationale,
        knowledge: proposal.knowledge.filter { brief.statement($0) != nil })
      added.append(id)
    }
    var summary =
      added.isEmpty
      ? "proposed no decision"
      : "proposed "
        + added.map { "\($0) (option \(decisionOptions[$0] ?? ""))" }.joined(separator: ", ")
    if !skipped.isEmpty { summary += "; left out " + skipped.joined(separator: "; ") }
    record(
      round: 0, agent: .generator, task: .proposeDecisions, subject: nil, from: start,
      succeeded: true, summary: summary)
    return added
  }

  /// The Verifier questions one argument, and the Generator answers each
  /// question decided against it.
  ///
  /// - Returns: the new arguments' ids.
  mutating func question(_ id: String, round: Int) async throws(AgentsError) -> [String] {
    guard let argument = graph.argument(id: id), let reference = argument.scheme,
      let scheme = catalog.scheme(matching: reference), !scheme.criticalQuestions.isEmpty
    else { return [] }
    let start = log.count
    let request = VerifierPrompts.request(
      brief: brief, argument: argument, scheme: scheme, model: settings.model,
      maxTokens: settings.maxTokens)
    let value: JSONValue
    switch try await ask(request) {
    case .failure(let failure):
      record(
        round: round, agent: .verifier, task: .askCriticalQuestions, subject: id, from: start,
        succeeded: false, summary: failure.reason)
      return []
    case .success(let reply): value = reply
    }
    let asked = VerifierPrompts.answers(
      from: value, questions: scheme.criticalQuestions, argument: argument, brief: brief)
    let rejected = asked.filter { $0.verdict == .reject }.map(\.question)
    record(
      round: round, agent: .verifier, task: .askCriticalQuestions, subject: id, from: start,
      succeeded: true,
      summary: "asked \(asked.count) critical questions of \(id); "
        + (rejected.isEmpty
          ? "accepted every one" : "answered against it: " + rejected.joined(separator: ", ")))
    var added: [String] = []
    for var answer in asked {
      if answer.verdict == .reject, let question = scheme.criticalQuestion(id: answer.question) {
        switch try await counter(
          argument, scheme: scheme, question: question, answer: answer, round: round)
        {
        case .success(let counters):
          answer.counterArguments = counters.map(\.id)
          added += counters.filter(\.isNew).map(\.id)
        case .failure(let failure): answer.unanswered = failure.reason
        }
      }
      answers.append(answer)
    }
    return added
  }

  /// The Reasoner's attacks between belief arguments, each checked: two
  /// different arguments, not yet attacking, with a justification.
  mutating func identifyAttacks(round: Int) async throws(AgentsError) {
    let beliefs = graph.arguments.filter { $0.kind == .belief }
    guard beliefs.count >= 2 else { return }
    let start = log.count
    let request = ReasonerPrompts.request(
      brief: brief, beliefs: beliefs, model: settings.model, maxTokens: settings.maxTokens)
    let value: JSONValue
    switch try await ask(request) {
    case .failure(let failure):
      record(
        round: round, agent: .reasoner, task: .identifyAttacks, subject: nil, from: start,
        succeeded: false, summary: failure.reason)
      return
    case .success(let reply): value = reply
    }
    var added = 0
    for var attack in ReasonerPrompts.attacks(from: value, brief: brief) {
      if attack.attacker == attack.target {
        attack.refused = "an argument does not attack itself"
      } else if graph.attacks.contains(where: {
        $0.attacker == attack.attacker && $0.target == attack.target
      }) {
        attack.refused = "\(attack.attacker) already attacks \(attack.target)"
      } else if attack.reason.allSatisfy(\.isWhitespace) {
        attack.refused = "no justification"
      } else {
        do {
          try graph.add(Attack(attacker: attack.attacker, target: attack.target, kind: attack.kind))
          added += 1
        } catch {
          attack.refused = error.description
        }
      }
      reasonerAttacks.append(attack)
    }
    let refused = reasonerAttacks.count - added
    record(
      round: round, agent: .reasoner, task: .identifyAttacks, subject: nil, from: start,
      succeeded: true,
      summary: "found \(added) attack\(added == 1 ? "" : "s") between beliefs"
        + (refused > 0 ? "; refused \(refused)" : ""))
  }

  /// The counter-arguments answering `question`, added to the graph with
  /// their attacks: new arguments, or ones already there that say the same.
  private mutating func counter(
    _ argument: StructuredArgument, scheme answeredScheme: ArgumentationScheme,
    question: CriticalQuestion, answer: QuestionAnswer, round: Int
  ) async throws(AgentsError) -> Result<[(id: String, isNew: Bool)], Failure> {
    let start = log.count
    let subject = "\(argument.id) \(question.id)"
    let fail: (inout Self, String) -> Result<[(id: String, isNew: Bool)], Failure> = {
      state, reason in
      state.record(
        round: round, agent: .generator, task: .counterArgument, subject: subject, from: start,
        succeeded: false, summary: reason)
      return .failure(Failure(reason: reason))
    }
    // A question without a counter-scheme is answered by its claim alone.
    guard let reference = question.counterScheme else {
      let id = nextID()
      do {
        try graph.answerAgainst(
          argument.id, question: question.id, catalog: catalog, id: id,
          origin: "Generator: the claim of \(question.id) against \(argument.id)")
      } catch {
        argumentCount -= 1
        return fail(&self, error.description)
      }
      record(
        round: round, agent: .generator, task: .counterArgument, subject: subject, from: start,
        succeeded: true, summary: "stated the question's claim as \(id)")
      return .success([(id, true)])
    }
    guard let scheme = catalog.scheme(matching: reference) else {
      return fail(&self, "the counter-scheme \(reference) is not in the catalog")
    }
    let scope = CounterScope(
      scheme: scheme, question: question, answered: argument, catalog: catalog)
    let request = GeneratorPrompts.counterRequest(
      brief: brief, answered: argument, answeredScheme: answeredScheme, question: question,
      answer: answer, scheme: scheme, fixed: scope.fixed, open: scope.open,
      model: settings.model, maxTokens: settings.maxTokens)
    let value: JSONValue
    switch try await ask(request) {
    case .failure(let failed): return fail(&self, failed.reason)
    case .success(let reply): value = reply
    }
    var brought: [(id: String, isNew: Bool)] = []
    var problems: [String] = []
    for item in value["arguments"]?.arrayValue ?? [] {
      let outcome = bindings(of: item, in: scope).flatMap { bindings, alternative in
        add(
          scheme, bindings: bindings, alternative: alternative, against: argument,
          question: question, round: round,
          basis: ArgumentBasis(
            rationale: (item["rationale"]?.stringValue ?? "").clipped(),
            knowledge: (item["knowledge"]?.arrayValue ?? []).compactMap(\.stringValue)
              .filter { brief.statement($0) != nil }))
      }
      switch outcome {
      case .success(let counter):
        if !brought.contains(where: { $0.id == counter.id }) { brought.append(counter) }
      case .failure(let failure): problems.append(failure.reason)
      }
    }
    guard !brought.isEmpty else {
      return fail(
        &self, problems.isEmpty ? "no counter-argument" : problems.joined(separator: "; "))
    }
    var summary =
      "brought "
      + brought.map { $0.isNew ? $0.id : "\($0.id) (already there)" }.joined(separator: ", ")
      + " (\(scheme.id)) against \(argument.id)"
    if !problems.isEmpty { summary += "; left out: " + problems.joined(separator: "; ") }
    record(
      round: round, agent: .generator, task: .counterArgument, subject: subject, from: start,
      succeeded: true, summary: summary)
    return .success(brought)
  }

  /// A counter-argument's bindings: the scope's fixed values and the
  /// reply's, an action taken by its option's key; and the option of the
  /// alternative, if it names one.
  private func bindings(
    of item: JSONValue, in scope: CounterScope
  ) -> Result<([String: String], String?), Failure> {
    var bindings = scope.fixed
    var alternative: String?
    for variable in scope.open {
      guard let text = item["bindings"]?[variable.name]?.stringValue else { continue }
      if variable.type == "action" {
        guard let option = brief.clinicalCase.option(text) else {
          return .failure(Failure(reason: "\(variable.name) names no option (\(text))"))
        }
        bindings[variable.name] = option.text
        alternative = option.key
      } else {
        let value = Self.phrase(text)
        guard !value.isEmpty else {
          return .failure(Failure(reason: "\(variable.name) is empty"))
        }
        guard value.count <= Self.maximumValueLength else {
          return .failure(
            Failure(reason: "\(variable.name) is longer than \(Self.maximumValueLength) characters")
          )
        }
        bindings[variable.name] = value
      }
    }
    return .success((bindings, alternative))
  }

  /// Adds one counter-argument and its attack; the same argument already
  /// in the graph attacks from where it is.
  private mutating func add(
    _ scheme: ArgumentationScheme, bindings: [String: String], alternative: String?,
    against argument: StructuredArgument, question: CriticalQuestion, round: Int,
    basis: ArgumentBasis
  ) -> Result<(id: String, isNew: Bool), Failure> {
    if scheme.concludes == .decision, let alternative {
      if alternative == decisionOptions[argument.id] {
        return .failure(
          Failure(reason: "the alternative offered is the option \(alternative) itself"))
      }
      if !optionsInPlay.contains(alternative) && optionsInPlay.count >= settings.maxDecisions {
        return .failure(
          Failure(
            reason: "the decision limit (\(settings.maxDecisions)) is reached, so option "
              + "\(alternative) cannot enter"))
      }
    }
    if let existing = graph.arguments.first(where: {
      $0.scheme == scheme.reference && $0.bindings == bindings
    }) {
      guard existing.id != argument.id else {
        return .failure(Failure(reason: "the counter-argument is \(argument.id) itself"))
      }
      do {
        try graph.add(
          Attack(
            attacker: existing.id, target: argument.id, kind: question.attack,
            reason: .criticalQuestion(question.id)))
      } catch {
        return .failure(Failure(reason: error.description))
      }
      return .success((existing.id, false))
    }
    let id = nextID()
    let decision = scheme.concludes == .decision ? alternative : nil
    do {
      try graph.answerAgainst(
        argument.id, question: question.id, catalog: catalog, id: id, bindings: bindings,
        origin: "Generator: answering \(question.id) of \(argument.id) (round \(round))",
        decision: decision)
    } catch {
      argumentCount -= 1
      return .failure(Failure(reason: error.description))
    }
    if let decision { decisionOptions[id] = decision }
    bases[id] = basis
    return .success((id, true))
  }
}

/// What the Generator said an argument rests on: its rationale and the
/// knowledge statements it cited.
public struct ArgumentBasis: Hashable, Sendable {
  public var rationale: String
  public var knowledge: [String]

  public init(rationale: String, knowledge: [String]) {
    self.rationale = rationale
    self.knowledge = knowledge
  }
}
