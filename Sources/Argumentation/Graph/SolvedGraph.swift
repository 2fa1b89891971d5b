import Solver

/// An argument graph solved under a semantics: each argument's status, the
/// extensions, and the decisions that follow.
///
/// Statuses follow the justification status of labelling-based semantics:
/// an argument is *accepted* when every extension holds it, *rejected*
/// when none does, and *undecided* otherwise. Under grounded and ideal
/// semantics (one extension) the three are the in, out and undecided
/// labels. A decision argument that some extension holds is an *optional
/// decision* (ArgMed-Agents, Definition 4), and each extension holding it
/// is one of its explanation sets.
///
/// - SeeAlso: Wu and Caminada, "A labelling-based justification status of
///   arguments", Studies in Logic 3(4), 2010.
public struct SolvedGraph: Sendable {
  /// Where an argument stands.
  public enum Status: String, Hashable, Sendable, CaseIterable {
    case accepted
    case undecided
    case rejected
  }

  /// One argument's standing.
  public struct Standing: Hashable, Sendable {
    public var id: String
    public var status: Status
    /// In some extension.
    public var isCredulouslyAccepted: Bool
    /// In every extension (vacuously so when there is none).
    public var isSkepticallyAccepted: Bool
  }

  public let graph: ArgumentGraph
  public let semantics: Semantics
  /// One standing per argument, in the graph's order.
  public let standings: [Standing]
  /// The extensions, each in the graph's order; at most
  /// `maximumExtensions` of them.
  public let extensions: [[String]]
  /// Whether `extensions` lists every extension.
  public let listsEveryExtension: Bool

  /// The most extensions listed.
  public static let maximumExtensions = 1_000

  /// The standing of the argument with this id.
  public func standing(of id: String) -> Standing? {
    standings.first { $0.id == id }
  }

  /// The decision arguments some extension holds (optional decisions).
  public var optionalDecisions: [String] {
    let decisions = Set(graph.decisions.map(\.id))
    return standings.filter { decisions.contains($0.id) && $0.isCredulouslyAccepted }.map(\.id)
  }

  /// The decision arguments every extension holds, when there is one.
  public var acceptedDecisions: [String] {
    let decisions = Set(graph.decisions.map(\.id))
    return standings.filter { decisions.contains($0.id) && $0.status == .accepted }.map(\.id)
  }

  /// The listed extensions that hold `decision`: its explanation sets.
  public func explanationSets(for decision: String) -> [[String]] {
    extensions.filter { $0.contains(decision) }
  }
}

extension ArgumentGraph {
  /// The graph as a Dung framework: its arguments by id, its attacks.
  ///
  /// - Complexity: O(*n* + *m*).
  public var framework: ArgumentationFramework {
    do {
      return try ArgumentationFramework(
        names: arguments.map(\.id), attacks: attacks.map { ($0.attacker, $0.target) })
    } catch {
      // Ids are unique and every attack names arguments of the graph, both
      // kept by `add`.
      preconditionFailure("an argument graph broke its own invariant: \(error)")
    }
  }

  /// Solves the graph under `semantics`.
  ///
  /// Lists up to ``SolvedGraph/maximumExtensions`` extensions; when there
  /// are more, each argument's acceptance is decided on its own instead.
  ///
  /// - Throws: `SolverError` when the search is cancelled or runs out of
  ///   time.
  /// - Complexity: as the semantics' enumeration, plus 2*n* acceptance
  ///   problems when the extensions are too many to list.
  public func solve(
    under semantics: Semantics, using solver: DungSolver = DungSolver()
  ) throws(SolverError) -> SolvedGraph {
    let framework = self.framework
    var limited = solver
    limited.limits.maximumExtensions = SolvedGraph.maximumExtensions
    var found: [ArgumentSet] = []
    let outcome = try limited.enumerateExtensions(of: framework, under: semantics) {
      found.append($0)
      return .continue
    }
    if outcome.ending == .reachedTimeLimit { throw .timeLimitReached }
    let standings: [SolvedGraph.Standing]
    if semantics == .grounded || semantics == .ideal, let only = found.first {
      let labelling = framework.labelling(of: only)
      standings = framework.arguments.map { index in
        let status: SolvedGraph.Status =
          switch labelling[index] {
          case .in: .accepted
          case .out: .rejected
          case .undecided: .undecided
          }
        return .init(
          id: arguments[index].id, status: status, isCredulouslyAccepted: status == .accepted,
          isSkepticallyAccepted: status == .accepted)
      }
    } else if outcome.isComplete {
      let counts = found.reduce(into: [Int](repeating: 0, count: arguments.count)) { counts, set in
        for index in set { counts[index] += 1 }
      }
      standings = framework.arguments.map { index in
        Self.standing(
          id: arguments[index].id, credulous: counts[index] > 0,
          skeptical: counts[index] == found.count, hasExtensions: !found.isEmpty)
      }
    } else {
      standings = try framework.arguments.map { (index: Int) throws(SolverError) in
        Self.standing(
          id: arguments[index].id,
          credulous: try solver.credulousAcceptance(of: index, in: framework, under: semantics)
            .isAccepted,
          skeptical: try solver.skepticalAcceptance(of: index, in: framework, under: semantics)
            .isAccepted,
          hasExtensions: true)
      }
    }
    return SolvedGraph(
      graph: self, semantics: semantics, standings: standings,
      extensions: found.map { $0.map { arguments[$0].id } },
      listsEveryExtension: outcome.isComplete)
  }

  private static func standing(
    id: String, credulous: Bool, skeptical: Bool, hasExtensions: Bool
  ) -> SolvedGraph.Standing {
    // Without any extension (stable semantics can have none) nothing is
    // decided.
    let status: SolvedGraph.Status =
      !hasExtensions ? .undecided : skeptical ? .accepted : credulous ? .undecided : .rejected
    return .init(
      id: id, status: status, isCredulouslyAccepted: credulous, isSkepticallyAccepted: skeptical)
  }
}
