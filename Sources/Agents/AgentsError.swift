/// Everything that can go wrong in the `Agents` module.
public enum AgentsError: Error, Equatable, Sendable {
  /// A case file is not a valid case: the field and what is wrong.
  case invalidCase(path: String, field: String, problem: String)
}

extension AgentsError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .invalidCase(let path, let field, let problem):
      field.isEmpty ? "\(path): \(problem)" : "\(path): \(field) \(problem)"
    }
  }
}
