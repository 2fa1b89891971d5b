import ArgMedSupport
import CLibXML2

/// A compiled XSD 1.0 grammar, loaded once and used to validate many
/// documents.
///
/// The grammar file is ArgMed's own (shipped with the module); its
/// `xs:import` of `xml.xsd` resolves to the copy next to it. Compile once,
/// then validate each document with a fresh validation context, as libxml2
/// recommends.
final class XMLGrammar {
  private let schema: xmlSchemaPtr

  /// Compiles the XSD at `path`.
  ///
  /// - Throws: the problems libxml2 reports when the grammar does not
  ///   compile (a broken installation, not a user error).
  init(contentsOf path: String) throws(XMLProblems) {
    LibXML2.initializeOnce()
    let sink = GrammarSink()
    let compiled: xmlSchemaPtr? = withExtendedLifetime(sink) {
      guard let context = xmlSchemaNewParserCtxt(path) else { return nil }
      defer { xmlSchemaFreeParserCtxt(context) }
      xmlSchemaSetParserStructuredErrors(
        context, GrammarSink.callback, Unmanaged.passUnretained(sink).toOpaque())
      return xmlSchemaParse(context)
    }
    guard let compiled else {
      throw XMLProblems(
        sink.problems.isEmpty
          ? [XMLProblem(line: 1, column: 1, message: "the grammar \(path) does not compile")]
          : sink.problems)
    }
    schema = compiled
  }

  deinit {
    xmlSchemaFree(schema)
  }

  /// Validates `document`, locating each of the first `limit` problems
  /// through `locate`, which maps a libxml2 node (or `nil`), a line and the
  /// message to a position.
  ///
  /// - Returns: the located problems, and how many more there were.
  func validate(
    _ document: xmlDocPtr, limit: Int,
    locate: (UnsafeMutableRawPointer?, Int, String) -> TextPosition
  ) -> (problems: [XMLProblem], omitted: Int) {
    let sink = GrammarSink()
    let outcome: Int32 = withExtendedLifetime(sink) {
      guard let context = xmlSchemaNewValidCtxt(schema) else { return -1 }
      defer { xmlSchemaFreeValidCtxt(context) }
      xmlSchemaSetValidStructuredErrors(
        context, GrammarSink.callback, Unmanaged.passUnretained(sink).toOpaque())
      return xmlSchemaValidateDoc(context, document)
    }
    var problems = sink.raw.prefix(limit).map { error in
      let position = locate(error.node, error.line, error.message)
      return XMLProblem(line: position.line, column: position.column, message: error.message)
    }
    if outcome != 0 && problems.isEmpty {
      problems.append(
        XMLProblem(line: 1, column: 1, message: "the validator failed (libxml2 code \(outcome))"))
    }
    return (problems, max(sink.raw.count - limit, 0))
  }
}

/// What a grammar's error callback collects.
private final class GrammarSink {
  struct RawError {
    var node: UnsafeMutableRawPointer?
    var line: Int
    var message: String
  }

  var raw: [RawError] = []

  var problems: [XMLProblem] {
    raw.map { XMLProblem(line: max($0.line, 1), column: 1, message: $0.message) }
  }

  static let callback: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let sink = Unmanaged<GrammarSink>.fromOpaque(userData).takeUnretainedValue()
    let message = error.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error"
    sink.raw.append(
      RawError(
        node: error.pointee.node, line: Int(error.pointee.line),
        message: XMLProblem.trimmed(message)))
  }
}
