import ArgMedSupport
import Argumentation
import LLMBridge
import Solver

/// Everything that can go wrong in the `Agents` module.
public enum AgentsError: Error, Equatable, Sendable {
  /// A case file is not a valid case: the field and what is wrong.
  case invalidCase(path: String, field: String, problem: String)
  /// The discussion's settings cannot work.
  case invalidSettings(String)
  /// A scheme the discussion needs is not in the catalog.
  case missingScheme(String)
  /// The model cannot be reached, or its backend is misconfigured: the
  /// discussion cannot go on.
  case modelFailed(model: String, cause: LanguageModelError)
  /// The Reasoner's solver stopped (cancelled or out of time).
  case solvingFailed(SolverError)
  /// An evaluation's results file cannot be used: where, and why.
  case invalidResults(path: String, problem: String)
}

extension AgentsError: CustomStringConvertible {
  /// The error in one line, control characters from files and servers
  /// escaped.
  public var description: String {
    TextEscaping.terminal(text)
  }

  private var text: String {
    switch self {
    case .invalidCase(let path, let field, let problem):
      field.isEmpty ? "\(path): \(problem)" : "\(path): \(field) \(problem)"
    case .invalidSettings(let detail): "invalid settings: \(detail)"
    case .missingScheme(let id): "the scheme \(id) is not in the catalog"
    case .modelFailed(let model, let cause): "the model failed: \(model): \(cause)"
    case .solvingFailed(let cause): "the Reasoner could not solve the framework: \(cause)"
    case .invalidResults(let path, let problem): "\(path): \(problem)"
    }
  }
}
