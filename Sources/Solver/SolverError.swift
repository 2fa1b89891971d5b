/// Everything that can go wrong in the `Solver` module.
///
/// File errors carry the file, the 1-based line and column, and what was
/// expected there, so a command line can print them as
/// `file:line:column: message`.
public enum SolverError: Error, Equatable, Sendable {
  /// The text of a framework file does not follow its format.
  case malformedFile(SourceLocation, message: String)
  /// A framework refers to an argument that does not exist.
  case unknownArgument(String, location: SourceLocation?)
  /// An argument index lies outside `0..<argumentCount`.
  case argumentOutOfRange(Int, argumentCount: Int)
  /// Two arguments share one name.
  case duplicateArgument(String, location: SourceLocation?)
  /// The file could not be read.
  case unreadableFile(path: String, reason: String)
  /// The file exceeds a documented limit.
  case limitExceeded(path: String, what: String)
  /// The current task was cancelled.
  case cancelled
  /// The search ran past its time limit.
  case timeLimitReached
  /// An argument's base score lies outside [0, 1].
  case invalidBaseScore(String, Double)
  /// One argument both attacks and supports another (the first, the second).
  case attackAndSupport(String, String)
  /// A gradual semantics of attacks only was asked of a framework with
  /// supports.
  case supportsNotWeighed(String)
  /// A gradual semantics did not settle on a cycle within its bound.
  case gradualDidNotConverge(String, iterations: Int, residual: Double)
}

/// A place in a text file: the file and a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }
}

extension SolverError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .malformedFile(let location, let message):
      return "\(location): \(message)"
    case .unknownArgument(let name, let location):
      let prefix = location.map { "\($0): " } ?? ""
      return "\(prefix)attack names argument '\(name)', which the framework does not declare"
    case .argumentOutOfRange(let index, let count):
      return "argument index \(index) is outside 0..<\(count)"
    case .duplicateArgument(let name, let location):
      let prefix = location.map { "\($0): " } ?? ""
      return "\(prefix)argument '\(name)' is declared twice"
    case .unreadableFile(let path, let reason):
      return "\(path): cannot read the file: \(reason)"
    case .limitExceeded(let path, let what):
      return "\(path): \(what)"
    case .cancelled:
      return "the search was cancelled"
    case .timeLimitReached:
      return "the search reached its time limit"
    case .invalidBaseScore(let name, let score):
      return "argument '\(name)' has the base score \(score), outside [0, 1]"
    case .attackAndSupport(let source, let target):
      return "'\(source)' both attacks and supports '\(target)'; a pair is one or the other"
    case .supportsNotWeighed(let semantics):
      return "\(semantics) weighs attacks only, and the framework has supports"
    case .gradualDidNotConverge(let semantics, let iterations, let residual):
      return "\(semantics) did not converge: after \(iterations) rounds on a cycle, a strength "
        + "still differs from its influence by \(residual)"
    }
  }
}
