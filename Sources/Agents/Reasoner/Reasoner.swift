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
        if attack.attacker == attack.target {
          attack.refused = "an argument does not attack itself"
        } else if record.graph.attacks.contains(where: {
          $0.attacker == attack.attacker && $0.target == attack.target
        }) {
          attack.refused = "\(attack.attacker) already attacks \(attack.target)"
        } else if attack.reason.allSatisfy(\.isWhitespace) {
          attack.refused = "no justification"
        } else {
          do throws(ArgumentationError) {
            try record.graph.add(
              Attack(attacker: attack.attacker, target: attack.target, kind: attack.kind))
            added += 1
          } catch {
            attack.refused = error.description
          }
        }
        record.reasonerAttacks.append(attack)
      }
      let refused = attacks.count - added
      return .done(
        (),
        summary: "found \(added) attack\(added == 1 ? "" : "s") between beliefs"
          + (refused > 0 ? "; refused \(refused)" : ""))
    }
  }

  /// Adds the supports between arguments the model finds.
  ///
  /// Each is checked: two different arguments, not yet supporting, with a
  /// justification, and the graph's rules (no decision supports a belief,
  /// a pair is one relation). Every support proposed is kept in the
  /// record, added or refused with why.
  func identifySupports(round: Int, into record: inout DiscussionRecord) async throws(AgentsError) {
    guard record.graph.arguments.count >= 2, !record.graph.supports.isEmpty else { return }
    _ = try await record.take(SupportsRequest(graph: record.graph), round: round, in: context) {
      (supports, record: inout DiscussionRecord) -> TurnOutcome<Void> in
      var added = 0
      for var support in supports {
        if record.graph.supports.contains(where: {
          $0.supporter == support.supporter && $0.target == support.target
        }) {
          support.refused = "\(support.supporter) already supports \(support.target)"
        } else if support.reason.allSatisfy(\.isWhitespace) {
          support.refused = "no justification"
        } else {
          do throws(ArgumentationError) {
            try record.graph.add(Support(supporter: support.supporter, target: support.target))
            added += 1
          } catch {
            support.refused = error.description
          }
        }
        record.reasonerSupports.append(support)
      }
      let refused = supports.count - added
      return .done(
        (),
        summary: "found \(added) support\(added == 1 ? "" : "s")"
          + (refused > 0 ? "; refused \(refused)" : ""))
    }
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
