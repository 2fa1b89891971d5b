/// The extensions of a framework as an asynchronous sequence, each computed
/// when the consumer asks for it.
///
/// Nothing runs ahead of the consumer and nothing is buffered: the search
/// runs inside `next()`, on the consumer's task, so a consumer that stops
/// reading, is cancelled, or drops the iterator stops the search there.
/// Cancellation makes `next()` throw `SolverError.cancelled`; the time
/// limit of the solver's `limits`, counted from the first `next()`, makes it
/// throw `SolverError.timeLimitReached`; `maximumExtensions` ends the
/// sequence quietly. The search runs on the consumer's actor: a loop on the
/// main actor holds it while each extension is computed, so read long
/// searches from a task of their own.
///
/// - Complexity: each `next()` costs what one step of
///   `DungSolver.enumerateExtensions(of:under:_:)` costs: at least one NP
///   call under the NP-hard semantics.
public struct ExtensionSequence: AsyncSequence, Sendable {
  public typealias Element = ArgumentSet
  public typealias Failure = SolverError

  let solver: DungSolver
  let framework: ArgumentationFramework
  let semantics: Semantics

  public func makeAsyncIterator() -> Iterator {
    Iterator(sequence: self)
  }

  /// Computes the extensions one `next()` at a time.
  public struct Iterator: AsyncIteratorProtocol {
    public typealias Element = ArgumentSet
    public typealias Failure = SolverError

    private let sequence: ExtensionSequence
    private var cursor: ExtensionCursor?
    private var isFinished = false

    init(sequence: ExtensionSequence) {
      self.sequence = sequence
    }

    public mutating func next() async throws(SolverError) -> ArgumentSet? {
      try nextExtension()
    }

    public mutating func next(
      isolation actor: isolated (any Actor)?
    ) async throws(SolverError) -> ArgumentSet? {
      try nextExtension()
    }

    private mutating func nextExtension() throws(SolverError) -> ArgumentSet? {
      guard !isFinished else { return nil }
      if let maximum = sequence.solver.limits.maximumExtensions, maximum <= 0 {
        isFinished = true
        return nil
      }
      do {
        if cursor == nil {
          cursor = try ExtensionCursor(
            of: sequence.framework, under: sequence.semantics, limits: sequence.solver.limits,
            satBackend: sequence.solver.satBackend)
        }
        guard let cursor, !cursor.hasReachedLimit, let found = try cursor.next() else {
          isFinished = true
          return nil
        }
        return found
      } catch {
        isFinished = true
        throw error
      }
    }
  }
}

/// One enumeration in progress: the search, the budget it runs under, and
/// how many extensions it has reported.
///
/// Shared by `DungSolver.enumerateExtensions(of:under:_:)` (which pushes
/// each extension to a callback) and `ExtensionSequence` (which is pulled).
final class ExtensionCursor {
  private let enumerator: any ExtensionEnumerator
  private let lift: (ArgumentSet) -> ArgumentSet
  private let budget: SearchBudget
  private let maximum: Int?
  /// The number of extensions reported so far.
  private(set) var count = 0

  /// Starts the search; grounded and ideal semantics compute their single
  /// extension here.
  init(
    of framework: ArgumentationFramework, under semantics: Semantics, limits: SearchLimits,
    satBackend: SATBackend
  ) throws(SolverError) {
    budget = SearchBudget(limits: limits, satBackend: satBackend)
    maximum = limits.maximumExtensions
    switch semantics {
    case .grounded, .ideal:
      let solver = DungSolver(limits: limits, satBackend: satBackend)
      enumerator = ListEnumerator([
        try solver.uniqueExtension(of: framework, under: semantics, budget)
      ])
      lift = { $0 }
    default:
      let reduced = ReducedFramework(framework, reducing: semantics.extendsGroundedLabelling)
      enumerator = ComponentwiseSearch(semantics: semantics, budget: budget)
        .enumerator(of: reduced.core)
      lift = reduced.lift
    }
  }

  /// Whether `maximumExtensions` extensions have been reported.
  var hasReachedLimit: Bool {
    maximum.map { count >= $0 } ?? false
  }

  /// The next extension, or `nil` when there are no more.
  ///
  /// - Throws: `SolverError.cancelled` or `SolverError.timeLimitReached`,
  ///   checked before each extension (components solved without SAT never
  ///   look at the budget themselves).
  func next() throws(SolverError) -> ArgumentSet? {
    try budget.check()
    guard let found = try enumerator.next() else { return nil }
    count += 1
    return lift(found)
  }

  /// Whether the search has another extension, looked for without
  /// reporting it.
  func hasMore() throws(SolverError) -> Bool {
    try enumerator.next() != nil
  }
}
