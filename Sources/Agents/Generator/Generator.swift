import Argumentation
import Foundation

/// ArgMed-Agents' Generator (Hong et al., BIBM 2024, section III): it
/// proposes decisions by instantiating the decision scheme, and answers
/// every critical question decided against an argument with a
/// counter-argument that instantiates the question's counter-scheme and
/// attacks the argument (Definition 1).
///
/// - Complexity: one model call per proposal turn and per question
///   answered, plus re-asks.
struct Generator {
  let context: DiscussionContext

  static let system = """
    You are the Generator of ArgMed-Agents, a discussion between agents about a clinical \
    question. You put forward arguments by instantiating argumentation schemes: you fill a \
    scheme's variables with short phrases that make its premises true of this case. Rely on the \
    case, its knowledge statements and established clinical knowledge; cite the statements you \
    use by their ids. Answer with one JSON object that fits the schema, and nothing else.
    """

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

  /// The turn that answers `question` of `answered`.
  static func counterHeading(
    answered: StructuredArgument, question: CriticalQuestion
  ) -> AgentTurn.Heading {
    .init(agent: .generator, task: .counterArgument, subject: "\(answered.id) \(question.id)")
  }

  /// Proposes decisions, each an argument of `scheme` for one option.
  ///
  /// An option proposed twice, without a goal or findings, or with one
  /// over ``maximumValueLength`` characters is left out, and the turn's
  /// summary says so.
  ///
  /// - Returns: the new decision arguments' ids.
  func propose(
    with scheme: ArgumentationScheme, into record: inout DiscussionRecord
  ) async throws(AgentsError) -> [String] {
    let brief = context.brief
    let proposed = try await record.take(ProposalRequest(), round: 0, in: context) {
      (proposals, record: inout DiscussionRecord) -> TurnOutcome<[String]> in
      var added: [(id: String, option: String)] = []
      var skipped: [String] = []
      for proposal in proposals {
        guard let option = brief.clinicalCase.option(proposal.option) else { continue }
        let goal = Self.phrase(proposal.goal)
        let findings = Self.phrase(proposal.findings)
        guard !record.optionsInPlay.contains(option.key) else {
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
        let entered = record.enterArgument { id, graph throws(ArgumentationError) in
          var argument = try scheme.instantiate(
            id: id, bindings: ["P": Self.patient, "F": findings, "G": goal, "D": option.text],
            origin: "Generator: proposed decision (option \(option.key))")
          argument.decision = option.key
          try graph.add(argument)
        }
        switch entered {
        case .failure(let error): skipped.append("\(option.key): \(error)")
        case .success(let id):
          record.bases[id] = ArgumentBasis(
            rationale: proposal.rationale,
            knowledge: proposal.knowledge.filter { brief.statement($0) != nil })
          added.append((id, option.key))
        }
      }
      var summary =
        added.isEmpty
        ? "proposed no decision"
        : "proposed " + added.map { "\($0.id) (option \($0.option))" }.joined(separator: ", ")
      if !skipped.isEmpty { summary += "; left out " + skipped.joined(separator: "; ") }
      return .done(added.map(\.id), summary: summary)
    }
    return (try? proposed.get()) ?? []
  }

  /// A counter-argument in the graph: its id, and whether it is new or an
  /// argument already there that says the same.
  typealias Counter = (id: String, isNew: Bool)

  /// Answers `question`, decided against `argument`, with counter-arguments
  /// that attack it: new arguments, or ones already there that say the
  /// same.
  ///
  /// A question without a counter-scheme is answered by its claim alone,
  /// without asking the model.
  ///
  /// - Returns: the counter-arguments, or why there are none.
  func counter(
    _ argument: StructuredArgument, scheme answeredScheme: ArgumentationScheme,
    question: CriticalQuestion, answer: QuestionAnswer, round: Int,
    into record: inout DiscussionRecord
  ) async throws(AgentsError) -> Result<[Counter], TurnFailure> {
    let heading = Self.counterHeading(answered: argument, question: question)
    let start = context.log.count
    guard let reference = question.counterScheme else {
      let entered = record.enterArgument { id, graph throws(ArgumentationError) in
        _ = try graph.answerAgainst(
          argument.id, question: question.id, catalog: context.catalog, id: id,
          origin: "Generator: the claim of \(question.id) against \(argument.id)")
      }
      let outcome: TurnOutcome<[Counter]> =
        switch entered {
        case .success(let id): .done([(id, true)], summary: "stated the question's claim as \(id)")
        case .failure(let error): .failed(error.description)
        }
      return record.record(outcome, as: heading, round: round, since: start, in: context)
    }
    guard let scheme = context.catalog.scheme(matching: reference) else {
      return record.record(
        TurnOutcome<[Counter]>.failed("the counter-scheme \(reference) is not in the catalog"),
        as: heading, round: round, since: start, in: context)
    }
    let request = CounterArgumentRequest(
      answered: argument, answeredScheme: answeredScheme, question: question, answer: answer,
      scheme: scheme,
      scope: CounterScope(
        scheme: scheme, question: question, answered: argument, catalog: context.catalog))
    return try await record.take(request, round: round, in: context) {
      (proposed, record: inout DiscussionRecord) -> TurnOutcome<[Counter]> in
      var brought: [Counter] = []
      var problems: [String] = []
      var keptOut: [String] = []
      for item in proposed {
        // `nil`: the decision limit keeps the alternative out.
        let outcome = bindings(of: item, in: request.scope).flatMap {
          bindings, alternative -> Result<Counter?, TurnFailure> in
          if scheme.concludes == .decision, let alternative,
            keepsOut(alternative, answering: argument, in: &record)
          {
            keptOut.append(alternative)
            return .success(nil)
          }
          return add(
            scheme, bindings: bindings, alternative: alternative, against: argument,
            question: question, round: round,
            basis: ArgumentBasis(rationale: item.rationale, knowledge: item.knowledge),
            to: &record
          ).map { $0 }
        }
        switch outcome {
        case .success(nil): continue
        case .success(let counter?):
          if !brought.contains(where: { $0.id == counter.id }) { brought.append(counter) }
        case .failure(let failure): problems.append(failure.reason)
        }
      }
      if brought.isEmpty && problems.isEmpty && !keptOut.isEmpty {
        // The limit, not the model, stopped the counter: the turn did what it could.
        let limit = context.settings.decisionLimit(for: context.brief.clinicalCase)
        return .done(
          [],
          summary: "the decision limit (\(limit)) keeps option "
            + keptOut.joined(separator: ", ") + " out")
      }
      guard !brought.isEmpty else {
        return .failed(problems.isEmpty ? "no counter-argument" : problems.joined(separator: "; "))
      }
      var summary =
        "brought "
        + brought.map { $0.isNew ? $0.id : "\($0.id) (already there)" }.joined(separator: ", ")
        + " (\(scheme.id)) against \(argument.id)"
      if !problems.isEmpty { summary += "; left out: " + problems.joined(separator: "; ") }
      return .done(brought, summary: summary)
    }
  }

  /// A counter-argument's bindings: the scope's fixed values and the
  /// reply's, an action taken by its option's key; and the option of the
  /// alternative, if it names one.
  private func bindings(
    of proposed: CounterArgumentRequest.Proposed, in scope: CounterScope
  ) -> Result<([String: String], String?), TurnFailure> {
    var bindings = scope.fixed
    var alternative: String?
    for variable in scope.open {
      guard let text = proposed.values[variable.name] else { continue }
      if variable.type == "action" {
        guard let option = context.brief.clinicalCase.option(text) else {
          return .failure(TurnFailure(reason: "\(variable.name) names no option (\(text))"))
        }
        bindings[variable.name] = option.text
        alternative = option.key
      } else {
        let value = Self.phrase(text)
        guard !value.isEmpty else {
          return .failure(TurnFailure(reason: "\(variable.name) is empty"))
        }
        guard value.count <= Self.maximumValueLength else {
          return .failure(
            TurnFailure(
              reason: "\(variable.name) is longer than \(Self.maximumValueLength) characters"))
        }
        bindings[variable.name] = value
      }
    }
    return .success((bindings, alternative))
  }

  /// Whether the decision limit keeps `alternative` out, as a better
  /// alternative to `argument`; the record notes it when it does.
  private func keepsOut(
    _ alternative: String, answering argument: StructuredArgument,
    in record: inout DiscussionRecord
  ) -> Bool {
    let inPlay = record.optionsInPlay
    guard alternative != argument.decision, !inPlay.contains(alternative),
      inPlay.count >= context.settings.decisionLimit(for: context.brief.clinicalCase)
    else { return false }
    if record.leftOutByLimit[alternative] == nil {
      record.leftOutByLimit[alternative] = "a better alternative to \(argument.id)"
    }
    return true
  }

  /// The argument of `scheme` with these `bindings` already in `graph`:
  /// the same argument, which is made once and acts from where it is.
  static func argument(
    of scheme: ArgumentationScheme, with bindings: [String: String], in graph: ArgumentGraph
  ) -> StructuredArgument? {
    graph.arguments.first { $0.scheme == scheme.reference && $0.bindings == bindings }
  }

  /// Adds one counter-argument and its attack; the same argument already
  /// in the graph attacks from where it is.
  private func add(
    _ scheme: ArgumentationScheme, bindings: [String: String], alternative: String?,
    against argument: StructuredArgument, question: CriticalQuestion, round: Int,
    basis: ArgumentBasis, to record: inout DiscussionRecord
  ) -> Result<Counter, TurnFailure> {
    if scheme.concludes == .decision, let alternative, alternative == argument.decision {
      return .failure(
        TurnFailure(reason: "the alternative offered is the option \(alternative) itself"))
    }
    if let existing = Self.argument(of: scheme, with: bindings, in: record.graph) {
      guard existing.id != argument.id else {
        return .failure(TurnFailure(reason: "the counter-argument is \(argument.id) itself"))
      }
      do throws(ArgumentationError) {
        try record.graph.add(
          Attack(
            attacker: existing.id, target: argument.id, kind: question.attack,
            reason: .criticalQuestion(question.id)))
      } catch {
        return .failure(TurnFailure(reason: error.description))
      }
      return .success((existing.id, false))
    }
    let decision = scheme.concludes == .decision ? alternative : nil
    let entered = record.enterArgument { id, graph throws(ArgumentationError) in
      _ = try graph.answerAgainst(
        argument.id, question: question.id, catalog: context.catalog, id: id, bindings: bindings,
        origin: "Generator: answering \(question.id) of \(argument.id) (round \(round))",
        decision: decision)
    }
    switch entered {
    case .failure(let error): return .failure(TurnFailure(reason: error.description))
    case .success(let id):
      record.bases[id] = basis
      return .success((id, true))
    }
  }
}
