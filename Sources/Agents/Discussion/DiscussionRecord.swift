import Argumentation

/// The discussion so far, as a plain value: the argument graph, the
/// Verifier's answers, the turns, what each argument rests on and the
/// Reasoner's attacks.
///
/// The agents' moves read it and add to it; nothing else holds the
/// discussion's state.
package struct DiscussionRecord: Sendable {
  package var graph = ArgumentGraph()
  /// Every question asked, in the order asked.
  var answers: [QuestionAnswer] = []
  var turns: [AgentTurn] = []
  /// What the Generator said each argument rests on.
  var bases: [String: ArgumentBasis] = [:]
  /// The attacks between beliefs the Reasoner proposed, added or refused.
  var reasonerAttacks: [ReasonerAttack] = []
  /// The supports the Reasoner proposed, added or refused.
  var reasonerSupports: [ReasonerSupport] = []
  /// The options the decision limit kept out, with the turn that would
  /// have argued for each.
  var leftOutByLimit: [String: String] = [:]
  /// The ids given to arguments so far.
  private var ids = ArgumentIDs()

  package init() {}

  /// The options the decision arguments argue for.
  var optionsInPlay: Set<String> { Set(graph.decisions.compactMap(\.decision)) }

  /// Enters a new argument under the next free id, all or nothing.
  ///
  /// `enter` adds it (and its attack) to a copy of the graph, which becomes
  /// the record's graph only when `enter` succeeds. The id is committed
  /// with the argument, or
  /// released with the copy when `enter` fails, so no id is skipped and
  /// the graph is as it was.
  ///
  /// - Returns: the new argument's id, or why it could not enter.
  /// - Complexity: O(*n* + *m*) for the copy of a graph of *n* arguments
  ///   and *m* attacks, plus what `enter` costs.
  package mutating func enterArgument(
    _ enter: (_ id: String, _ graph: inout ArgumentGraph) throws(ArgumentationError) -> Void
  ) -> Result<String, ArgumentationError> {
    let reservation = ids.reserve()
    var extended = graph
    do {
      try enter(reservation.id, &extended)
    } catch {
      return .failure(error)
    }
    graph = extended
    ids.commit(reservation)
    return .success(reservation.id)
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
