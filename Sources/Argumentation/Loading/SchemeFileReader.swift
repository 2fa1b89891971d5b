import ArgMedSupport

/// Reads scheme files: safe parsing, the grammar, then the rules.
///
/// One reader compiles the grammar once and reads any number of files.
/// Reading never throws for a bad file: every problem becomes a
/// diagnostic, and the schemes of a file are kept only when it has none.
final class SchemeFileReader {
  private let grammar: XMLGrammar

  /// Compiles the grammar `scheme.xsd` in `resources`.
  ///
  /// - Throws: `ArgumentationError.missingResource` when the grammar is
  ///   missing or does not compile.
  init(resources: SchemeResources) throws(ArgumentationError) {
    do {
      grammar = try XMLGrammar(contentsOf: resources.grammarPath)
    } catch {
      let detail = error.problems.first.map { ": \($0.message)" } ?? ""
      throw .missingResource("the scheme grammar \(resources.grammarPath) is unusable\(detail)")
    }
  }

  /// The schemes of the file at `path`, or the problems that keep it from
  /// being used.
  func read(_ path: String) -> (schemes: [LocatedScheme], diagnostics: [SchemeDiagnostic]) {
    let bytes: [UInt8]
    do {
      bytes = try FileContents.bytes(
        ofFile: path, limit: SchemeFormat.maximumFileSize, regularFileOnly: true)
    } catch {
      return ([], [SchemeDiagnostic(file: path, message: error.message(limitFor: "scheme files"))])
    }
    let document: XMLDocument
    do {
      document = try XMLDocument(parsing: bytes, name: path)
    } catch {
      return ([], error.problems.map { Self.diagnostic($0, file: path) })
    }
    let rootProblems = Self.rootProblems(document.root)
    guard rootProblems.isEmpty else {
      return ([], rootProblems.map { Self.diagnostic($0, file: path) })
    }
    let validation = document.problems(
      validatingAgainst: grammar, limit: Self.maximumDiagnosticsPerFile)
    // Two constraints of the grammar can report one duplicate id.
    var seen: Set<SchemeDiagnostic> = []
    let meaningful = validation.problems.filter { !ValidationMessage.isFollowOn($0.message) }
    let invalid = (meaningful.isEmpty ? validation.problems : meaningful).map {
      Self.diagnostic(
        XMLProblem(
          line: $0.line, column: $0.column, message: ValidationMessage.rewritten($0.message)),
        file: path)
    }.filter { seen.insert($0).inserted }
    guard invalid.isEmpty else {
      return ([], Self.capped(invalid, omitted: validation.omitted, file: path))
    }
    let decoder = SchemeDecoder(file: path)
    let schemes = decoder.schemes(in: document.root)
    let broken = decoder.diagnostics + schemes.flatMap { SchemeRules(located: $0).diagnostics() }
    return broken.isEmpty ? (schemes, []) : ([], Self.capped(broken, omitted: 0, file: path))
  }

  /// The most diagnostics listed for one file: a hostile file can break a
  /// rule a hundred thousand times, and nobody reads past the first ones.
  static let maximumDiagnosticsPerFile = 100

  /// The first `maximumDiagnosticsPerFile` diagnostics, and a last one
  /// counting those left out.
  private static func capped(
    _ diagnostics: [SchemeDiagnostic], omitted: Int, file: String
  ) -> [SchemeDiagnostic] {
    let left = max(diagnostics.count - maximumDiagnosticsPerFile, 0) + omitted
    guard left > 0 else { return diagnostics }
    return Array(diagnostics.prefix(maximumDiagnosticsPerFile)) + [
      SchemeDiagnostic(
        file: file,
        message: "\(left) more problem\(left == 1 ? "" : "s") in this file not listed")
    ]
  }

  /// What must hold before the grammar is worth applying: the format's
  /// namespace and root, and no `xsi:` attribute, which could change how
  /// the document validates.
  private static func rootProblems(_ root: ParsedElement) -> [XMLProblem] {
    let position = root.position
    guard root.namespace == SchemeFormat.namespace else {
      let prefix = "urn:argmed:scheme:"
      if let namespace = root.namespace, namespace.hasPrefix(prefix) {
        let major = namespace.dropFirst(prefix.count)
        return [
          XMLProblem(
            line: position.line, column: position.column,
            message: "the file uses scheme format \(major), but this ArgMed reads format "
              + "\(SchemeFormat.majorVersion) (\(SchemeFormat.namespace))")
        ]
      }
      return [
        XMLProblem(
          line: position.line, column: position.column,
          message: "the root element <\(root.name)> is not in the scheme namespace: "
            + "write xmlns=\"\(SchemeFormat.namespace)\"")
      ]
    }
    guard root.name == "scheme" || root.name == "schemeSet" else {
      return [
        XMLProblem(
          line: position.line, column: position.column,
          message: "the root element must be <scheme> or <schemeSet>, not <\(root.name)>")
      ]
    }
    var problems: [XMLProblem] = []
    var pending = [root]
    while let element = pending.popLast() {
      for attribute in element.attributes
      where attribute.namespace == SchemeFormat.schemaInstanceNamespace {
        problems.append(
          XMLProblem(
            line: attribute.position.line, column: attribute.position.column,
            message: "XML Schema instance attributes (xsi:\(attribute.name)) are not allowed in "
              + "scheme files"))
      }
      pending.append(contentsOf: element.elements.reversed())
    }
    return problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
  }

  private static func diagnostic(_ problem: XMLProblem, file: String) -> SchemeDiagnostic {
    SchemeDiagnostic(
      file: file, line: problem.line, column: problem.column, message: problem.message)
  }
}
