import Solver

/// An argument graph solved under a semantics: each argument's status, the
/// extensions, and the decisions that follow.
///
/// Statuses follow the justification status of labelling-based semantics:
/// an argument is *accepted* when it is in in every labelling, *rejected*
/// when it is out in every one (every extension attacks it), and
/// *undecided* otherwise. Under grounded and ideal semantics (one
/// extension) the three are the in, out and undecided labels. When there
/// is no extension at all (stable semantics can have none), every argument
/// is undecided and none is skeptically accepted here, unlike the vacuous
/// reading of ICCMA's DS task. A decision argument that some extension holds is an *optional
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
    /// In every extension, when there is at least one.
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

  /// The listed extensions as sets of positions in the graph's order.
  private let extensionSets: [ArgumentSet]
  /// Each argument's position in the graph's order (and in `standings`).
  private let positions: [String: Int]

  /// The most extensions listed.
  public static let maximumExtensions = 1_000

  init(
    graph: ArgumentGraph, semantics: Semantics, standings: [Standing],
    extensionSets: [ArgumentSet], listsEveryExtension: Bool
  ) {
    self.graph = graph
    self.semantics = semantics
    self.standings = standings
    self.extensionSets = extensionSets
    self.listsEveryExtension = listsEveryExtension
    let ids = graph.arguments.map(\.id)
    extensions = extensionSets.map { $0.map { ids[$0] } }
    positions = Dictionary(
      ids.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
  }

  /// The standing of the argument with this id.
  ///
  /// - Complexity: O(1).
  public func standing(of id: String) -> Standing? {
    positions[id].map { standings[$0] }
  }

  /// The decision arguments some extension holds (optional decisions).
  public var optionalDecisions: [String] {
    graph.decisions.map(\.id).filter { standing(of: $0)?.isCredulouslyAccepted == true }
  }

  /// The decision arguments every extension holds, when there is one.
  public var acceptedDecisions: [String] {
    graph.decisions.map(\.id).filter { standing(of: $0)?.status == .accepted }
  }

  /// The listed extensions that hold `decision`: its explanation sets.
  ///
  /// - Complexity: O(*e* log *n*) for *e* extensions of a graph of *n*
  ///   arguments.
  public func explanationSets(for decision: String) -> [[String]] {
    explanationSets(forAnyOf: [decision])
  }

  /// The listed extensions that hold at least one of `arguments`, in the
  /// order listed: the explanation sets of an option argued for by
  /// several decision arguments.
  ///
  /// - Complexity: O(*e* · *k* log *n*) for *e* extensions, *k* arguments
  ///   asked of a graph of *n*.
  public func explanationSets(forAnyOf arguments: [String]) -> [[String]] {
    let wanted = arguments.compactMap { positions[$0] }
    return zip(extensionSets, extensions).filter { set, _ in wanted.contains(where: set.contains) }
      .map(\.1)
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
    let clock = ContinuousClock()
    // One time limit for the whole run, however many problems it takes.
    let deadline = solver.limits.timeLimit.map { clock.now + $0 }
    var listing = solver
    listing.limits.maximumExtensions = min(
      solver.limits.maximumExtensions ?? SolvedGraph.maximumExtensions,
      SolvedGraph.maximumExtensions)
    var found: [ArgumentSet] = []
    let outcome = try listing.enumerateExtensions(of: framework, under: semantics) {
      found.append($0)
      return .continue
    }
    if outcome.ending == .reachedTimeLimit { throw .timeLimitReached }
    let labellings = found.map { framework.labelling(of: $0) }
    let everyLabelling: (Int, Label) -> Bool = { index, label in
      !labellings.isEmpty && labellings.allSatisfy { $0[index] == label }
    }
    let someExtension: (Int) -> Bool = { index in labellings.contains { $0[index] == .in } }
    let standings: [SolvedGraph.Standing]
    if outcome.isComplete {
      standings = framework.arguments.map { index in
        Self.standing(
          id: arguments[index].id, credulous: someExtension(index),
          skeptical: everyLabelling(index, .in), rejected: everyLabelling(index, .out))
      }
    } else {
      // Too many extensions to list: decide what the listed ones leave
      // open, and call rejected what the grounded labelling makes out
      // (out in every complete extension, so in every one listed here).
      let grounded = framework.groundedLabelling()
      standings = try framework.arguments.map { (index: Int) throws(SolverError) in
        var credulous = someExtension(index)
        if !credulous {
          credulous = try Self.decide(
            index, in: framework, under: semantics, solver, deadline, clock
          ) {
            solver, index, framework, semantics throws(SolverError) in
            try solver.credulousAcceptance(of: index, in: framework, under: semantics)
          }
        }
        var skeptical = false
        if labellings.allSatisfy({ $0[index] == .in }) {
          skeptical = try Self.decide(
            index, in: framework, under: semantics, solver, deadline, clock
          ) {
            solver, index, framework, semantics throws(SolverError) in
            try solver.skepticalAcceptance(of: index, in: framework, under: semantics)
          }
        }
        return Self.standing(
          id: arguments[index].id, credulous: credulous, skeptical: skeptical,
          rejected: grounded[index] == .out)
      }
    }
    return SolvedGraph(
      graph: self, semantics: semantics, standings: standings, extensionSets: found,
      listsEveryExtension: outcome.isComplete)
  }

  /// One acceptance problem under what is left of the run's time.
  private static func decide(
    _ index: Int, in framework: ArgumentationFramework, under semantics: Semantics,
    _ solver: DungSolver, _ deadline: ContinuousClock.Instant?, _ clock: ContinuousClock,
    _ problem: (DungSolver, Int, ArgumentationFramework, Semantics) throws(SolverError)
      -> Acceptance
  ) throws(SolverError) -> Bool {
    var bounded = solver
    if let deadline {
      let left = deadline - clock.now
      guard left > .zero else { throw .timeLimitReached }
      bounded.limits.timeLimit = left
    }
    return try problem(bounded, index, framework, semantics).isAccepted
  }

  /// Accepted when every extension holds the argument, rejected when
  /// every extension attacks it (out in every labelling), undecided
  /// otherwise; with no extension at all (stable semantics can have none)
  /// nothing is decided.
  private static func standing(
    id: String, credulous: Bool, skeptical: Bool, rejected: Bool
  ) -> SolvedGraph.Standing {
    let status: SolvedGraph.Status = skeptical ? .accepted : rejected ? .rejected : .undecided
    return .init(
      id: id, status: status, isCredulouslyAccepted: credulous, isSkepticallyAccepted: skeptical)
  }
}
