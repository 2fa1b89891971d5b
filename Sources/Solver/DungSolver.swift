/// Solves reasoning tasks on argumentation frameworks under every semantics
/// of the ICCMA competitions.
///
/// ```swift
/// let framework = try ArgumentationFramework(
///   names: ["a", "b", "c"], attacks: [("a", "b"), ("b", "a"), ("b", "c")])
/// let solver = DungSolver()
/// try solver.extensions(of: framework, under: .preferred)
/// // [{0, 2}, {1}]
/// try solver.skepticalAcceptance(of: 2, in: framework, under: .preferred)
/// // not accepted, witness {1}
/// ```
///
/// Every search but stage's first fixes the grounded labelling, whose in and
/// out labels hold in every complete-based extension, and hands only the
/// undecided rest to the SAT solver (CaDiCaL, used incrementally with
/// assumptions), one weakly connected component at a time.
/// The order in which extensions come out is unspecified.
///
/// Calls honour task cancellation (they throw `SolverError.cancelled`) and
/// the `limits`: enumeration stops at `maximumExtensions` or the time limit
/// and says why; single-answer tasks throw `SolverError.timeLimitReached`.
public struct DungSolver: Sendable {
  /// The bounds on each call.
  public var limits: SearchLimits
  /// The incremental SAT solver of the NP searches: CaDiCaL by default.
  public var satBackend: SATBackend

  public init(limits: SearchLimits = .unlimited, satBackend: SATBackend = .cadical) {
    self.limits = limits
    self.satBackend = satBackend
  }
}

/// Whether an argument is accepted, with the extension that shows it.
public struct Acceptance: Hashable, Sendable {
  /// Whether the argument is accepted.
  public let isAccepted: Bool
  /// The extension that shows the answer, where there is one.
  ///
  /// For credulous acceptance, an extension containing the argument when it
  /// is accepted; for skeptical acceptance, an extension lacking it when it
  /// is not. `nil` otherwise.
  public let witness: ArgumentSet?
}

/// What an enumeration callback tells the solver.
public enum EnumerationStep: Sendable {
  case `continue`
  case stop
}

/// How an enumeration ended.
public struct EnumerationOutcome: Hashable, Sendable {
  /// Why the enumeration ended.
  public enum Ending: String, Hashable, Sendable {
    /// Every extension was reported.
    case exhausted
    /// The callback asked to stop.
    case stoppedByCaller
    /// `SearchLimits.maximumExtensions` extensions were reported.
    case reachedExtensionLimit
    /// `SearchLimits.timeLimit` passed.
    case reachedTimeLimit
  }

  /// The number of extensions reported.
  public let count: Int
  public let ending: Ending

  /// Whether every extension was reported.
  public var isComplete: Bool { ending == .exhausted }
}

extension DungSolver {
  /// Reports the extensions of `framework` under `semantics` one by one.
  ///
  /// - Parameters:
  ///   - framework: the framework.
  ///   - semantics: the semantics.
  ///   - body: called with each extension; return `.stop` to end early.
  /// - Returns: how many extensions were reported and why it ended.
  /// - Throws: `SolverError.cancelled` when the task is cancelled.
  /// - Complexity: see each semantics; there can be exponentially many
  ///   extensions, and each costs at least one NP call.
  @discardableResult
  public func enumerateExtensions(
    of framework: ArgumentationFramework, under semantics: Semantics,
    _ body: (ArgumentSet) -> EnumerationStep
  ) throws(SolverError) -> EnumerationOutcome {
    if let maximum = limits.maximumExtensions, maximum <= 0 {
      return EnumerationOutcome(count: 0, ending: .reachedExtensionLimit)
    }
    var cursor: ExtensionCursor?
    do {
      let search = try ExtensionCursor(
        of: framework, under: semantics, limits: limits, satBackend: satBackend)
      cursor = search
      while let found = try search.next() {
        if body(found) == .stop {
          return EnumerationOutcome(count: search.count, ending: .stoppedByCaller)
        }
        if search.hasReachedLimit {
          // Say that the list was cut only when there is more to it.
          let ending: EnumerationOutcome.Ending =
            try search.hasMore() ? .reachedExtensionLimit : .exhausted
          return EnumerationOutcome(count: search.count, ending: ending)
        }
      }
      return EnumerationOutcome(count: search.count, ending: .exhausted)
    } catch .timeLimitReached {
      return EnumerationOutcome(count: cursor?.count ?? 0, ending: .reachedTimeLimit)
    }
  }

  /// All extensions (up to `limits.maximumExtensions`), in unspecified order.
  ///
  /// - Throws: `SolverError.cancelled`, or `SolverError.timeLimitReached`
  ///   when the time limit cuts the list short.
  public func extensions(
    of framework: ArgumentationFramework, under semantics: Semantics
  ) throws(SolverError) -> [ArgumentSet] {
    var found: [ArgumentSet] = []
    let outcome = try enumerateExtensions(of: framework, under: semantics) {
      found.append($0)
      return .continue
    }
    if outcome.ending == .reachedTimeLimit { throw .timeLimitReached }
    return found
  }

  /// The extensions as an asynchronous sequence, each computed when the
  /// consumer asks for it, on the consumer's task: nothing is buffered, and
  /// cancelling the consumer or dropping the iterator stops the search.
  ///
  /// - Complexity: as `enumerateExtensions(of:under:_:)`, one step per
  ///   `next()`.
  public func extensionStream(
    of framework: ArgumentationFramework, under semantics: Semantics
  ) -> ExtensionSequence {
    ExtensionSequence(solver: self, framework: framework, semantics: semantics)
  }

  /// The number of extensions, exact however large.
  ///
  /// - Throws: `SolverError.timeLimitReached` when the count could not be
  ///   finished in time; `SolverError.cancelled`.
  /// - Complexity: the product of the counts of the weakly connected
  ///   components of the grounded core, each counted by enumeration: one NP
  ///   call or more per extension of a component.
  public func countExtensions(
    of framework: ArgumentationFramework, under semantics: Semantics
  ) throws(SolverError) -> ExtensionCount {
    let budget = SearchBudget(limits: limits, satBackend: satBackend)
    switch semantics {
    case .grounded:
      return 1
    case .ideal:
      _ = try uniqueExtension(of: framework, under: semantics, budget)
      return 1
    default:
      let reduced = ReducedFramework(framework, reducing: semantics.extendsGroundedLabelling)
      return try ComponentwiseSearch(semantics: semantics, budget: budget).count(of: reduced.core)
    }
  }

  /// One extension, or `nil` when there is none (only stable semantics can
  /// have none).
  ///
  /// - Complexity: grounded O(*n* + *m*); complete returns the grounded
  ///   extension; the others search the components of the grounded core
  ///   one after another, as their enumeration's first step.
  public func someExtension(
    of framework: ArgumentationFramework, under semantics: Semantics
  ) throws(SolverError) -> ArgumentSet? {
    let budget = SearchBudget(limits: limits, satBackend: satBackend)
    switch semantics {
    case .complete:
      return framework.groundedExtension()
    case .grounded, .ideal:
      return try uniqueExtension(of: framework, under: semantics, budget)
    default:
      let reduced = ReducedFramework(framework, reducing: semantics.extendsGroundedLabelling)
      let search = ComponentwiseSearch(semantics: semantics, budget: budget)
      return try search.firstExtension(of: reduced.core).map(reduced.lift)
    }
  }

  /// The extension of a semantics that has exactly one: grounded or ideal.
  ///
  /// The ideal extension holds the grounded one, so it too is computed on
  /// the components of the grounded core.
  func uniqueExtension(
    of framework: ArgumentationFramework, under semantics: Semantics, _ budget: SearchBudget
  ) throws(SolverError) -> ArgumentSet {
    guard semantics == .ideal else { return framework.groundedExtension() }
    let reduced = ReducedFramework(framework, reducing: true)
    let search = ComponentwiseSearch(semantics: semantics, budget: budget)
    return reduced.lift(try search.idealExtension(of: reduced.core))
  }
}
