import ArgMedSupport
import ArgumentParser
import Solver

/// The framework file and its format.
struct FrameworkInputOptions: ParsableArguments {
  @Argument(help: "The framework file (.i23/.af, .apx or .tgf).")
  var file: String

  @Option(help: "The file format, when the extension does not tell: i23, apx or tgf.")
  var inputFormat: FrameworkFormat?

  func loadFramework() throws -> ArgumentationFramework {
    try ArgumentationFramework(contentsOfFile: file, format: inputFormat)
  }

  /// The index of the argument a user named.
  func argumentIndex(_ name: String, in framework: ArgumentationFramework) throws -> Int {
    try framework.index(ofArgumentNamed: name, inFile: file)
  }
}

extension ArgumentationFramework {
  /// The index of the argument a user named, or a failure that names the
  /// file.
  func index(ofArgumentNamed name: String, inFile file: String) throws -> Int {
    guard let index = index(named: name) else {
      throw CommandFailure("\(file): the framework has no argument '\(name)'")
    }
    return index
  }
}

/// Bounds on long searches.
struct SearchLimitOptions: ParsableArguments {
  @Option(help: "Stop after this many extensions.")
  var maxExtensions: Int?

  @Option(help: "Stop after this many seconds.")
  var timeLimit: Double?

  /// A year: longer limits are no limits, and would overflow the clock.
  static let longestTimeLimit = 365.0 * 24 * 3600

  var searchLimits: SearchLimits {
    SearchLimits(
      maximumExtensions: maxExtensions,
      timeLimit: timeLimit.flatMap {
        Duration(roundingToMilliseconds: $0, longest: Self.longestTimeLimit)
      })
  }

  func validate() throws {
    if let maxExtensions, maxExtensions < 1 {
      throw ValidationError("--max-extensions must be at least 1")
    }
    if let timeLimit, !(timeLimit > 0 && timeLimit <= Self.longestTimeLimit) {
      throw ValidationError(
        "--time-limit must be a number of seconds above 0 and at most \(Int(Self.longestTimeLimit))"
      )
    }
  }
}

extension FrameworkFormat: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(name: argument)
  }
}
