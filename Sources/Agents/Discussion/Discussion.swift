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
/// answers. When a round brings no new argument, the Generator brings the
/// arguments that support the decisions (evidence, further benefits), and
/// the Verifier questions those. The discussion settles when a round
/// brings no new argument, or stops at ``DiscussionSettings/maxRounds``;
/// then the Reasoner looks for attacks and supports the discussion left
/// unsaid. Every reply must fit its
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
  /// The schemes the Generator supports decisions with.
  ///
  /// Evidence, and a further benefit to the patient; a catalog without
  /// them has no supporting arguments.
  public static let supportingSchemes = [Generator.evidenceScheme, Generator.benefitScheme]

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
    guard settings.maxRounds >= 1, (settings.maxDecisions ?? 1) >= 1 else {
      throw .invalidSettings("the round and decision limits must be at least 1")
    }
    guard settings.maxReasks >= 0 else {
      throw .invalidSettings("the number of re-asks must be 0 or more")
    }
    guard settings.strengthTolerance >= 0, settings.strengthTolerance < 1 else {
      throw .invalidSettings("the strength tolerance must be at least 0 and below 1")
    }
    guard DiscussionSettings.decidingSemantics.contains(settings.semantics) else {
      throw .invalidSettings(
        "a discussion is not decided under \(settings.semantics.rawValue) semantics; it takes "
          + DiscussionSettings.decidingSemantics.map(\.rawValue).joined(separator: ", "))
    }
    guard let decisionScheme = catalog.scheme(id: Self.decisionScheme) else {
      throw .missingScheme(Self.decisionScheme)
    }
    let context = DiscussionContext(
      brief: CaseBrief(clinicalCase: clinicalCase), log: ExchangeLog(model), settings: settings,
      catalog: catalog)
    var record = DiscussionRecord()
    let generator = Generator(context: context)
    var queue = try await generator.propose(with: decisionScheme, into: &record)
    var round = 0
    var supported = false
    while true {
      while !queue.isEmpty && round < settings.maxRounds {
        round += 1
        var next: [String] = []
        for id in queue {
          next += try await Self.question(id, round: round, in: context, into: &record)
        }
        queue = next
      }
      // Once the decisions are settled, the Generator supports them; the
      // supports are questioned in turn while rounds remain.
      guard !supported else { break }
      supported = true
      queue += try await generator.support(round: round, into: &record)
    }
    let ending: DiscussionReport.Ending =
      queue.isEmpty ? .settled(rounds: round) : .roundLimit(unquestioned: queue)
    let reasoner = Reasoner(context: context)
    if settings.reasonerAttacks { try await reasoner.identifyAttacks(round: round, into: &record) }
    if settings.reasonerSupports {
      try await reasoner.identifySupports(round: round, into: &record)
    }
    let (solution, decision) = try reasoner.decide(round: round, into: &record)
    return DiscussionReport(
      clinicalCase: clinicalCase, settings: settings, model: model.identity, solution: solution,
      bases: record.bases, reasonerAttacks: record.reasonerAttacks,
      reasonerSupports: record.reasonerSupports, leftOutByLimit: record.leftOutByLimit,
      answers: record.answers,
      turns: record.turns, exchanges: context.log.all, ending: ending, decision: decision,
      schemeNames: Dictionary(
        record.graph.arguments.compactMap { argument in
          argument.scheme.flatMap { reference in
            catalog.scheme(matching: reference).map { (reference.description, $0.name) }
          }
        }, uniquingKeysWith: { first, _ in first }))
  }

  /// One argument's part of a round: the Verifier asks its critical
  /// questions, and the Generator answers each question decided against
  /// it; the answers enter the record with their counter-arguments.
  ///
  /// - Returns: the ids of the new arguments, for the next round.
  private static func question(
    _ id: String, round: Int, in context: DiscussionContext, into record: inout DiscussionRecord
  ) async throws(AgentsError) -> [String] {
    guard let argument = record.graph.argument(id: id), let reference = argument.scheme,
      let scheme = context.catalog.scheme(matching: reference), !scheme.criticalQuestions.isEmpty,
      let asked = try await Verifier(context: context).question(
        argument, of: scheme, round: round, into: &record)
    else { return [] }
    let generator = Generator(context: context)
    var added: [String] = []
    for var answer in asked {
      if answer.verdict == .reject, let question = scheme.criticalQuestion(id: answer.question) {
        switch try await generator.counter(
          argument, scheme: scheme, question: question, answer: answer, round: round,
          into: &record)
        {
        case .success(let counters):
          answer.counterArguments = counters.map(\.id)
          if counters.isEmpty { answer.unanswered = "the decision limit keeps the alternative out" }
          added += counters.filter(\.isNew).map(\.id)
        case .failure(let failure): answer.unanswered = failure.reason
        }
      }
      record.answers.append(answer)
    }
    return added
  }
}
