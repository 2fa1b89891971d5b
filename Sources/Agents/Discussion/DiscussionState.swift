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
  var decisionOptions: [String: String] = [:]
  private var argumentCount = 0

  init(brief: CaseBrief, log: ExchangeLog, settings: DiscussionSettings, catalog: SchemeCatalog) {
    self.brief = brief
    self.log = log
    self.settings = settings
    self.catalog = catalog
  }

  /// A value as a phrase for a scheme's text, which puts its own
  /// punctuation: without surrounding white space or a final full stop.
  static func phrase(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.hasSuffix(".") && !trimmed.hasSuffix("..") ? String(trimmed.dropLast()) : trimmed
  }

  /// The patient, as every argument names them.
  static let patient = "the patient"

  private mutating func nextID() -> String {
    argumentCount += 1
    return "A\(argumentCount)"
  }

  /// Asks the model; a reply that never fits its schema, a refusal or a
  /// reply cut short is `nil` with the reason, anything else ends the run.
  private func ask(_ request: ChatRequest) async throws(AgentsError) -> Result<JSONValue, Failure> {
    do {
      return .success(
        try await log.structuredReply(to: request, maxReasks: settings.maxReasks).value)
    } catch {
      switch error {
      case .invalidStructuredReply, .truncated, .refused, .invalidJSON:
        return .failure(Failure(reason: error.description))
      default:
        throw .modelFailed("\(log.identity): \(error)")
      }
    }
  }

  struct Failure: Error {
    var reason: String
  }

  private mutating func record(
    round: Int, agent: AgentTurn.Agent, task: AgentTurn.Task, subject: String?, from start: Int,
    succeeded: Bool, summary: String
  ) {
    turns.append(
      AgentTurn(
        round: round, agent: agent, task: task, subject: subject, succeeded: succeeded,
        summary: summary, exchanges: start..<log.all.count))
  }

  /// The Generator's proposals, added as decision arguments; their ids.
  mutating func propose(with scheme: ArgumentationScheme) async throws(AgentsError) -> [String] {
    let start = log.all.count
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
      guard let option = brief.clinicalCase.option(proposal.option),
        !decisionOptions.values.contains(option.key)
      else {
        skipped.append("\(proposal.option) again")
        continue
      }
      let id = nextID()
      do {
        try graph.add(
          try scheme.instantiate(
            id: id,
            bindings: [
              "P": Self.patient, "F": Self.phrase(proposal.findings),
              "G": Self.phrase(proposal.goal), "D": option.text,
            ],
            origin: "Generator: proposed decision (option \(option.key))"))
      } catch {
        argumentCount -= 1
        skipped.append("\(option.key): \(error)")
        continue
      }
      decisionOptions[id] = option.key
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
    let start = log.all.count
    let request = VerifierPrompts.request(
      brief: brief, argument: argument, questions: scheme.criticalQuestions,
      model: settings.model, maxTokens: settings.maxTokens)
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
        switch try await counter(argument, question: question, answer: answer, round: round) {
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

  /// The counter-arguments answering `question`, added to the graph with
  /// their attacks: new arguments, or ones already there that say the same.
  private mutating func counter(
    _ argument: StructuredArgument, question: CriticalQuestion, answer: QuestionAnswer, round: Int
  ) async throws(AgentsError) -> Result<[(id: String, isNew: Bool)], Failure> {
    let start = log.all.count
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
    if scheme.concludes == .decision && graph.decisions.count >= settings.maxDecisions {
      // Not a failure of the model: the limit is the discussion's.
      let reason = "the decision limit (\(settings.maxDecisions)) is reached, so no new decision"
      record(
        round: round, agent: .generator, task: .counterArgument, subject: subject, from: start,
        succeeded: true, summary: reason)
      return .failure(Failure(reason: reason))
    }
    let scope = CounterScope(
      scheme: scheme, question: question, answered: argument, catalog: catalog)
    let request = GeneratorPrompts.counterRequest(
      brief: brief, answered: argument, question: question, answer: answer, scheme: scheme,
      fixed: scope.fixed, open: scope.open, model: settings.model, maxTokens: settings.maxTokens)
    let value: JSONValue
    switch try await ask(request) {
    case .failure(let failed): return fail(&self, failed.reason)
    case .success(let reply): value = reply
    }
    var brought: [(id: String, isNew: Bool)] = []
    var problems: [String] = []
    for item in value["arguments"]?.arrayValue ?? [] {
      var bindings = scope.fixed
      var alternative: String?
      for variable in scope.open {
        guard let text = item["bindings"]?[variable.name]?.stringValue.map(Self.phrase) else {
          continue
        }
        if variable.type == "action", let option = brief.clinicalCase.option(text) {
          bindings[variable.name] = option.text
          alternative = option.key
        } else {
          bindings[variable.name] = text
        }
      }
      switch add(
        scheme, bindings: bindings, alternative: alternative, against: argument,
        question: question, round: round)
      {
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
      + brought.map { $0.isNew ? $0.id : "\($0.id) (already there)" }
      .joined(separator: ", ") + " (\(scheme.id)) against \(argument.id)"
    if !problems.isEmpty { summary += "; left out: " + problems.joined(separator: "; ") }
    record(
      round: round, agent: .generator, task: .counterArgument, subject: subject, from: start,
      succeeded: true, summary: summary)
    return .success(brought)
  }

  /// Adds one counter-argument and its attack; the same argument already
  /// in the graph attacks from where it is.
  private mutating func add(
    _ scheme: ArgumentationScheme, bindings: [String: String], alternative: String?,
    against argument: StructuredArgument, question: CriticalQuestion, round: Int
  ) -> Result<(id: String, isNew: Bool), Failure> {
    if scheme.concludes == .decision {
      if let alternative, alternative == decisionOptions[argument.id] {
        return .failure(
          Failure(reason: "the alternative offered is the option \(alternative) itself"))
      }
      if graph.decisions.count >= settings.maxDecisions {
        return .failure(Failure(reason: "the decision limit (\(settings.maxDecisions)) is reached"))
      }
    }
    if let existing = graph.arguments.first(where: {
      $0.scheme == scheme.reference && $0.bindings == bindings
    }) {
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
    do {
      try graph.answerAgainst(
        argument.id, question: question.id, catalog: catalog, id: id, bindings: bindings,
        origin: "Generator: answering \(question.id) of \(argument.id) (round \(round))")
    } catch {
      argumentCount -= 1
      return .failure(Failure(reason: error.description))
    }
    if scheme.concludes == .decision, let alternative { decisionOptions[id] = alternative }
    return .success((id, true))
  }
}

/// Which variables of a counter-scheme keep the answered argument's
/// values, and which the Generator fills.
///
/// The patient, the goal and the decisions carry over. When the question's
/// claim names one variable of a type and the counter-scheme has one of
/// that type, that is the one carried ("Is {D2} contraindicated?" makes the
/// contraindication's {D} the alternative); otherwise variables carry over
/// by name. Everything else (findings, outcomes, sources) is the
/// Generator's to fill.
struct CounterScope {
  var fixed: [String: String] = [:]
  var open: [SchemeVariable] = []

  static let carriedTypes: Set<String> = ["patient", "goal", "action"]

  init(
    scheme: ArgumentationScheme, question: CriticalQuestion, answered: StructuredArgument,
    catalog: SchemeCatalog
  ) {
    let answeredVariables =
      answered.scheme.flatMap { catalog.scheme(matching: $0) }?.variables ?? []
    let typeOf = Dictionary(
      answeredVariables.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
    var claimed: [String: [String]] = [:]
    for name in question.attackerClaim.variables
    where !(claimed[typeOf[name] ?? ""] ?? []).contains(name) {
      claimed[typeOf[name] ?? "", default: []].append(name)
    }
    for variable in scheme.variables {
      guard Self.carriedTypes.contains(variable.type) else {
        open.append(variable)
        continue
      }
      let sameType = scheme.variables.filter { $0.type == variable.type }
      var source: String?
      if sameType.count == 1, let named = claimed[variable.type], named.count == 1 {
        source = named[0]
      } else if typeOf[variable.name] == variable.type {
        source = variable.name
      }
      if let source, let value = answered.bindings[source] {
        fixed[variable.name] = value
      } else {
        open.append(variable)
      }
    }
  }
}
