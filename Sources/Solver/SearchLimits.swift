/// Bounds on a search: how many extensions to report and how long to run.
///
/// Enumeration stops quietly at `maximumExtensions` and reports why it
/// stopped; a time limit ends a callback enumeration the same way, and makes
/// the extension sequence and the single-answer tasks (one extension,
/// acceptance) throw `SolverError.timeLimitReached`. Task cancellation is
/// always honoured.
public struct SearchLimits: Hashable, Sendable {
  /// The most extensions an enumeration reports; `nil` for all of them.
  public var maximumExtensions: Int?
  /// The longest a call may run; `nil` for no limit.
  public var timeLimit: Duration?

  public init(maximumExtensions: Int? = nil, timeLimit: Duration? = nil) {
    self.maximumExtensions = maximumExtensions
    self.timeLimit = timeLimit
  }

  /// No bounds: run to the end, unless the task is cancelled.
  public static let unlimited = SearchLimits()
}

/// The budget of one solver call.
///
/// A deadline on the continuous clock plus task cancellation, checked
/// between SAT calls and inside them.
struct SearchBudget: Sendable {
  let deadline: ContinuousClock.Instant?
  /// The SAT solver the call's searches make theirs from.
  let satBackend: SATBackend

  init(
    limits: SearchLimits, satBackend: SATBackend = .cadical, clock: ContinuousClock = .continuous
  ) {
    deadline = limits.timeLimit.map { clock.now.advanced(by: $0) }
    self.satBackend = satBackend
  }

  /// Whether the search must stop now.
  var isExhausted: Bool {
    if Task.isCancelled { return true }
    if let deadline, ContinuousClock.now >= deadline { return true }
    return false
  }

  /// Throws the reason to stop, if there is one.
  func check() throws(SolverError) {
    if Task.isCancelled { throw .cancelled }
    if let deadline, ContinuousClock.now >= deadline { throw .timeLimitReached }
  }
}
