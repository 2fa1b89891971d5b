import Argumentation
import LLMBridge
import Solver

/// ArgMed-Agents' discussion of a clinical case (Hong et al., BIBM 2024,
/// section III): the Generator proposes decisions, the Verifier asks each
/// new argument its critical questions, the Generator answers every
/// question decided against an argument with a counter-argument that
/// attacks it (Definition 1), and the Reasoner solves the resulting
/// framework (Definitions 2 to 4).
///
/// ```swift
/// let discussion = Discussion(model: ArgMedMock.model(), catalog: try SchemeCatalog.shipped())
/// let report = try await discussion.run(clinicalCase)
/// report.decision.answer  // "B"
/// ```
///
/// Rounds: the proposals come first (round 0); in round *k* the Verifier
/// questions the arguments that round *k* − 1 brought, and the Generator
/// answers. The discussion settles when a round brings no new argument,
/// or stops at ``DiscussionSettings/maxRounds``. Every reply must fit its
/// JSON schema; one that never does, after the re-asks, is a failed turn:
/// the discussion goes on without it. A model that cannot be reached ends
/// the discussion with an error.
///
/// - Complexity: one model call per argument questioned and per question
///   decided against one, plus re-asks; then the semantics' solving.
public struct Discussion: Sendable {
  public var model: any LanguageModel
  public var catalog: SchemeCatalog
  public var settings: DiscussionSettings

  /// The scheme decisions are proposed with.
  public static let decisionScheme = "clinical.decision"

  public init(
    model: any LanguageModel, catalog: SchemeCatalog, settings: DiscussionSettings = .init()
  ) {
    self.model = model
    self.catalog = catalog
    self.settings = settings
  }

  /// Discusses `clinicalCase` and decides.
  ///
  /// - Throws: `AgentsError.invalidSettings`, `.missingScheme`,
  ///   `.modelFailed` (the model cannot be reached or is misconfigured), or
  ///   `.solvingFailed`.
  public func run(_ clinicalCase: ClinicalCase) async throws(AgentsError) -> DiscussionReport {
    guard settings.maxRounds >= 1, settings.maxDecisions >= 1 else {
      throw .invalidSettings("the round and decision limits must be at least 1")
    }
    guard settings.maxReasks >= 0 else {
      throw .invalidSettings("the number of re-asks must be 0 or more")
    }
    guard let decisionScheme = catalog.scheme(id: Self.decisionScheme) else {
      throw .missingScheme(Self.decisionScheme)
    }
    var state = DiscussionState(
      brief: CaseBrief(clinicalCase: clinicalCase), log: ExchangeLog(model), settings: settings,
      catalog: catalog)
    var queue = try await state.propose(with: decisionScheme)
    var round = 0
    while !queue.isEmpty && round < settings.maxRounds {
      round += 1
      var next: [String] = []
      for id in queue {
        next += try await state.question(id, round: round)
      }
      queue = next
    }
    let ending: DiscussionReport.Ending =
      queue.isEmpty ? .settled(rounds: round) : .roundLimit(unquestioned: queue)
    if settings.reasonerAttacks { try await state.identifyAttacks(round: round) }
    let solution: SolvedGraph
    do {
      solution = try state.graph.solve(under: settings.semantics)
    } catch {
      throw .solvingFailed(error.description)
    }
    let decision = DecisionOutcome(
      solution: solution, options: state.decisionOptions, clinicalCase: clinicalCase)
    state.turns.append(
      AgentTurn(
        round: round, agent: .reasoner, task: .solve, subject: nil, succeeded: true,
        summary: Self.summary(of: decision, semantics: settings.semantics),
        exchanges: state.log.count..<state.log.count))
    return DiscussionReport(
      clinicalCase: clinicalCase, settings: settings, model: model.identity, solution: solution,
      decisionOptions: state.decisionOptions, bases: state.bases,
      reasonerAttacks: state.reasonerAttacks, answers: state.answers,
      turns: state.turns,
      exchanges: state.log.all, ending: ending, decision: decision,
      schemeNames: Dictionary(
        state.graph.arguments.compactMap { argument in
          argument.scheme.flatMap { reference in
            catalog.scheme(matching: reference).map { (reference.description, $0.name) }
          }
        }, uniquingKeysWith: { first, _ in first }))
  }

  static func summary(of decision: DecisionOutcome, semantics: Semantics) -> String {
    guard let answer = decision.answer, let rule = decision.rule else {
      return "no decision is acceptable under \(semantics.rawValue) semantics"
    }
    let keys = decision.optional.map(\.option).joined(separator: ", ")
    return "optional decisions \(keys) under \(semantics.rawValue) semantics; answer \(answer), "
      + rule.explanation
  }
}
