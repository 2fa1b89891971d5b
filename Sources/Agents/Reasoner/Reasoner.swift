import Argumentation
import Solver

/// ArgMed-Agents' Reasoner (Hong et al., BIBM 2024, section III): it
/// identifies attacks between the belief arguments the discussion
/// produced and supports between its arguments, then solves the framework of Definitions 2 and 3 under the
/// settings' semantics and decides among the optional decisions
/// (Definition 4).
///
/// - Complexity: one model call (plus re-asks) for the attacks; then the
///   semantics' solving.
struct Reasoner {
  let context: DiscussionContext

  static let system = """
    You are the Reasoner of ArgMed-Agents, a discussion between agents about a clinical \
    question. You read the belief arguments the discussion produced and identify which of them \
    attack each other: one attacks another when its conclusion contradicts the other's \
    conclusion or one of its premises. Give only attacks you can justify from the case, its \
    knowledge statements or established clinical knowledge, and cite the statements you use. \
    Answer with one JSON object that fits the schema, and nothing else.
    """

  /// Adds the attacks between belief arguments the model finds.
  ///
  /// Each is checked: two different arguments, not yet attacking, with a
  /// justification. Every attack proposed is kept in the record, added or
  /// refused with why.
  func identifyAttacks(round: Int, into record: inout DiscussionRecord) async throws(AgentsError) {
    let beliefs = record.graph.arguments.filter { $0.kind == .belief }
    guard beliefs.count >= 2 else { return }
    _ = try await record.take(AttacksRequest(beliefs: beliefs), round: round, in: context) {
      (attacks, record: inout DiscussionRecord) -> TurnOutcome<Void> in
      var added = 0
      for var attack in attacks {
        var repeated: String?
        if attack.attacker == attack.target {
          repeated = "an argument does not attack itself"
        } else if record.graph.attacks.contains(where: {
          $0.attacker == attack.attacker && $0.target == attack.target
        }) {
          repeated = "\(attack.attacker) already attacks \(attack.target)"
        }
        attack.refused = Self.refusal(repeated: repeated, reason: attack.reason) {
          () throws(ArgumentationError) in
          try record.graph.add(
            Attack(attacker: attack.attacker, target: attack.target, kind: attack.kind))
        }
        if attack.refused == nil { added += 1 }
        record.reasonerAttacks.append(attack)
      }
      return .done((), summary: Self.found(added, of: attacks.count, "attack", "between beliefs"))
    }
  }

  /// Adds the supports between arguments the model finds.
  ///
  /// Each is checked: two different arguments, not yet supporting, with a
  /// justification, and the graph's rules (no decision supports a belief,
  /// a pair is one relation). Every support proposed is kept in the
  /// record, added or refused with why.
  func identifySupports(round: Int, into record: inout DiscussionRecord) async throws(AgentsError) {
    // A support needs two arguments, and the Generator's supports come first.
    guard !record.graph.supports.isEmpty else { return }
    _ = try await record.take(SupportsRequest(graph: record.graph), round: round, in: context) {
      (supports, record: inout DiscussionRecord) -> TurnOutcome<Void> in
      var added = 0
      for var support in supports {
        let repeated =
          record.graph.supports.contains {
            $0.supporter == support.supporter && $0.target == support.target
          } ? "\(support.supporter) already supports \(support.target)" : nil
        support.refused = Self.refusal(repeated: repeated, reason: support.reason) {
          () throws(ArgumentationError) in
          try record.graph.add(Support(supporter: support.supporter, target: support.target))
        }
        if support.refused == nil { added += 1 }
        record.reasonerSupports.append(support)
      }
      return .done((), summary: Self.found(added, of: supports.count, "support"))
    }
  }

  /// Why a relation the model proposed is refused, or `nil` once `add` has
  /// put it in the graph: it must not repeat one (`repeated` says how it
  /// would), it must be justified, and the graph's rules must allow it.
  private static func refusal(
    repeated: String?, reason: String, add: () throws(ArgumentationError) -> Void
  ) -> String? {
    if let repeated { return repeated }
    if reason.allSatisfy(\.isWhitespace) { return "no justification" }
    do throws(ArgumentationError) {
      try add()
      return nil
    } catch {
      return error.description
    }
  }

  /// "found 2 attacks between beliefs; refused 1".
  private static func found(
    _ added: Int, of proposed: Int, _ noun: String, _ qualifier: String? = nil
  ) -> String {
    "found \(added) \(noun)\(added == 1 ? "" : "s")" + (qualifier.map { " " + $0 } ?? "")
      + (proposed > added ? "; refused \(proposed - added)" : "")
  }

  /// Solves the discussion's graph and decides, recording the turn.
  ///
  /// The case's preference over its options (``OptionPreference``) is
  /// applied first: attacks from arguments for a less preferred option on
  /// arguments for a preferred one fail.
  ///
  /// - Throws: `AgentsError.solvingFailed` when the solver stops
  ///   (cancelled, or out of time).
  func decide(
    round: Int, into record: inout DiscussionRecord
  ) throws(AgentsError) -> (solution: SolvedGraph, decision: DecisionOutcome) {
    let semantics = context.settings.semantics
    let clinicalCase = context.brief.clinicalCase
    let preference = OptionPreference(clinicalCase)
    var graph = record.graph
    for pair in preference.pairs { graph.prefer(pair.preferred, over: pair.over) }
    let solution: SolvedGraph
    do {
      solution = try graph.solve(under: semantics)
    } catch {
      throw .solvingFailed(error)
    }
    let decision = DecisionOutcome(
      solution: solution, clinicalCase: clinicalCase, preference: preference,
      strengthTolerance: context.settings.strengthTolerance)
    record.record(
      .done((), summary: Self.summary(of: decision, semantics: semantics)),
      as: .init(agent: .reasoner, task: .solve), round: round, since: context.log.count,
      in: context)
    return (solution, decision)
  }

  static func summary(of decision: DecisionOutcome, semantics: Semantics) -> String {
    guard let rule = decision.rule else {
      return "no decision is acceptable under \(semantics.rawValue) semantics"
    }
    let keys = decision.optional.map(\.option).joined(separator: ", ")
    let optional = "optional decisions \(keys) under \(semantics.rawValue) semantics"
    guard let answer = decision.answer else {
      return optional + "; a tie between " + decision.tied.joined(separator: ", ") + ": "
        + rule.explanation
    }
    return optional + "; answer \(answer), " + rule.explanation
  }
}
