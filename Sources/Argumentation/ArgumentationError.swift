import ArgMedSupport
import Solver

/// Everything that can go wrong in the `Argumentation` module.
public enum ArgumentationError: Error, Equatable, Sendable {
  /// Scheme files have problems; every one found is listed, in file order.
  case invalidSchemes([SchemeDiagnostic])
  /// No loaded scheme matches the reference.
  case schemeNotFound(SchemeReference)
  /// The schemes or the grammar that ship with ArgMed cannot be found or
  /// read: the installation is incomplete.
  case missingResource(String)
  /// An argument graph breaks a rule: which.
  case invalidGraph(GraphProblem)
  /// A scheme was instantiated with a binding missing or unknown.
  case invalidInstantiation(String)
  /// A graph file is not what the format says, at a place when one is
  /// known.
  case malformedGraphFile(path: String, message: String)
  /// Graphviz could not draw the graph.
  case renderingFailed(String)
}

extension ArgumentationError: CustomStringConvertible {
  /// A message as printed: control and bidirectional characters escaped,
  /// at most 400 characters, whatever a hostile file put in it.
  fileprivate static func bounded(_ message: String) -> String {
    let printable = TextEscaping.terminal(message)
    return printable.count > SchemeDiagnostic.maximumMessageLength
      ? String(printable.prefix(SchemeDiagnostic.maximumMessageLength)) + "…" : printable
  }

  public var description: String {
    switch self {
    case .invalidSchemes(let diagnostics):
      let count = diagnostics.count
      let heading = count == 1 ? "1 problem in scheme files" : "\(count) problems in scheme files"
      return ([heading + ":"] + diagnostics.map(\.description)).joined(separator: "\n")
    case .schemeNotFound(let reference):
      return "no scheme \(reference) is loaded"
    case .missingResource(let what):
      return "ArgMed's installation is incomplete: \(what)"
    case .invalidGraph(let problem):
      return Self.bounded(problem.description)
    case .invalidInstantiation(let message):
      return Self.bounded(message)
    case .malformedGraphFile(let path, let message):
      return "\(TextEscaping.terminal(path)): \(Self.bounded(message))"
    case .renderingFailed(let message):
      return message
    }
  }
}

/// A problem in a scheme file, at a place in it when there is one.
///
/// Its description is `file:line:column: message`, or `file: message` for
/// a problem with the file as a whole (it cannot be read, it is too
/// large).
public struct SchemeDiagnostic: Hashable, Sendable, CustomStringConvertible {
  public let file: String
  /// The 1-based line, or `nil` for the file as a whole.
  public let line: Int?
  /// The 1-based column, counted in characters, or `nil`.
  public let column: Int?
  public let message: String

  /// A diagnostic; control and bidirectional-format characters in the file
  /// name and the message are written as `\u{…}` escapes, and the message
  /// is cut at `maximumMessageLength` characters, so that text quoted from
  /// a hostile file can neither forge extra lines nor flood the terminal.
  public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.file = TextEscaping.terminal(file)
    self.line = line
    self.column = column
    self.message = ArgumentationError.bounded(message)
  }

  /// The longest message kept, in characters.
  public static let maximumMessageLength = 400

  init(file: String, at position: TextPosition, _ message: String) {
    self.init(file: file, line: position.line, column: position.column, message: message)
  }

  /// The place as a `SourceLocation`, when the diagnostic has one.
  public var location: SourceLocation? {
    guard let line else { return nil }
    return SourceLocation(file: file, line: line, column: column ?? 1)
  }

  public var description: String {
    guard let line else { return "\(file): \(message)" }
    return "\(file):\(line):\(column ?? 1): \(message)"
  }
}
