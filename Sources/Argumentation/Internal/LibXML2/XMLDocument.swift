import ArgMedSupport
import CLibXML2

/// A well-formed XML document parsed by libxml2, safely, and copied into
/// Swift values.
///
/// This file and `XMLGrammar.swift` are the only places in the module that
/// touch libxml2. Parsing is locked down for untrusted input:
///
/// - a document type declaration is refused as soon as the parser meets it,
///   before any entity is declared: no external entity (XXE) is ever read,
///   no external DTD is fetched, and no entity can expand (billion laughs).
///   (A document already broken before its DOCTYPE stops at that first
///   error: libxml2 then reads no further, so it is just as safe);
/// - the bytes are UTF-8 without NUL bytes and declare no other encoding
///   (`EncodingCheck`);
/// - the network is off (`XML_PARSE_NONET`), XInclude is not processed, and
///   libxml2's own limits on depth and text size stay on (no
///   `XML_PARSE_HUGE`);
/// - the text is parsed from memory as UTF-8, so nothing but the bytes the
///   caller read is looked at;
/// - every libxml2 complaint arrives through a structured callback and
///   becomes an `XMLProblem`; libxml2 prints nothing.
///
/// The document stays alive for validation; element locations are
/// recovered from the text (libxml2 2.9 records no columns) by matching
/// start tags in document order.
final class XMLDocument {
  /// The root element, with every location resolved.
  let root: ParsedElement
  private let document: xmlDocPtr
  /// Element and attribute positions by libxml2 node, for validation
  /// errors.
  private let sitesByNode: [UnsafeMutableRawPointer: ParsedElement]
  /// The same start tags by the line libxml2 gives them, in document
  /// order, for the errors that come without a node.
  private let sitesByLine: [Int: [ParsedElement]]

  /// Parses `bytes` (the whole file); `name` is used in messages only.
  ///
  /// - Throws: the problems that make the text not well-formed, or not
  ///   acceptable (a document type declaration).
  /// - Complexity: O(*b*) for *b* bytes.
  init(parsing bytes: [UInt8], name: String) throws(XMLProblems) {
    if let problem = EncodingCheck.problem(in: bytes) { throw XMLProblems([problem]) }
    let tags = StartTagIndex(bytes)
    // libxml2 appends each attribute to a list and validates each one, both
    // in time linear in the list: thousands on one element take minutes.
    if let crowded = tags.tags.first(where: {
      $0.attributeCount > Self.maximumAttributesPerElement
    }) {
      throw XMLProblems([
        XMLProblem(
          line: crowded.position.line, column: crowded.position.column,
          message: "<\(crowded.localName)> has \(crowded.attributeCount) attributes; no element "
            + "may have more than \(Self.maximumAttributesPerElement)")
      ])
    }
    LibXML2.initializeOnce()
    guard let context = xmlNewParserCtxt() else {
      throw XMLProblems([XMLProblem(line: 1, column: 1, message: "libxml2 could not start")])
    }
    defer { xmlFreeParserCtxt(context) }
    let sink = ProblemSink(bytes: bytes)
    let parsed: xmlDocPtr? = withExtendedLifetime(sink) {
      context.pointee._private = Unmanaged.passUnretained(sink).toOpaque()
      context.pointee.sax.pointee.serror = { userData, error in
        guard let userData, let error else { return }
        let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let sinkPointer = context.pointee._private else { return }
        Unmanaged<ProblemSink>.fromOpaque(sinkPointer).takeUnretainedValue().record(error)
      }
      context.pointee.sax.pointee.internalSubset = { userData, _, _, _ in
        guard let userData else { return }
        let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
        if let sinkPointer = context.pointee._private {
          let sink = Unmanaged<ProblemSink>.fromOpaque(sinkPointer).takeUnretainedValue()
          sink.refuseDocumentType(
            line: Int(context.pointee.input.pointee.line),
            column: Int(context.pointee.input.pointee.col))
        }
        xmlStopParser(context)
      }
      let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)
      return bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { text in
          xmlCtxtReadMemory(context, text.baseAddress, Int32(text.count), name, "UTF-8", options)
        }
      }
    }
    guard let parsed, sink.problems.isEmpty else {
      if let parsed { xmlFreeDoc(parsed) }
      throw XMLProblems(sink.problems.isEmpty ? [sink.unexplainedFailure()] : sink.problems)
    }
    guard let rootNode = xmlDocGetRootElement(parsed) else {
      xmlFreeDoc(parsed)
      throw XMLProblems([XMLProblem(line: 1, column: 1, message: "the document has no element")])
    }
    var builder = TreeBuilder(tags: tags)
    root = builder.element(from: rootNode)
    document = parsed
    sitesByNode = builder.sitesByNode
    sitesByLine = Dictionary(grouping: builder.sitesInOrder, by: \.endLine)
  }

  deinit {
    xmlFreeDoc(document)
  }

  /// The most attributes one element may have; the scheme grammar needs at
  /// most ten.
  static let maximumAttributesPerElement = 64

  /// Validates the document against `grammar`.
  ///
  /// A problem about an attribute is placed on the attribute, any other on
  /// the element's start tag.
  ///
  /// - Returns: the first `limit` problems the validator reports, in
  ///   document order, and how many more there were; no problems when the
  ///   document is valid.
  func problems(
    validatingAgainst grammar: XMLGrammar, limit: Int
  ) -> (problems: [XMLProblem], omitted: Int) {
    // The k-th identical message about one line is about the k-th
    // element there that it fits.
    var occurrences: [String: Int] = [:]
    return grammar.validate(document, limit: limit) { node, line, message in
      let keys = ValidationMessage.quotedKeys(in: message)
      let key = "\(line)\u{0}\(message)"
      let occurrence = occurrences[key, default: 0]
      occurrences[key] = occurrence + 1
      let element =
        node.flatMap { sitesByNode[$0] }
        ?? elementMentioned(quoting: keys, onLine: line, occurrence: occurrence)
      guard let element else { return TextPosition(line: max(line, 1), column: 1) }
      let attribute =
        ValidationMessage.attributeName(in: message).flatMap {
          element.attribute(anyNamespace: $0)
        }
        ?? element.attributes.first { keys.contains($0.value) }
      return attribute?.position ?? element.position
    }
  }

  /// The element a message without a node is about: the `occurrence`-th
  /// one (from 0) whose start tag ends on `line` (where libxml2 places it)
  /// and that has an attribute whose value is one of the message's `keys`,
  /// else the first on that line.
  ///
  /// libxml2 stops counting these lines at 65,535: from there on, any
  /// later line may be meant.
  private func elementMentioned(
    quoting keys: [String], onLine line: Int, occurrence: Int
  ) -> ParsedElement? {
    let candidates =
      line < Self.largestExactLine
      ? sitesByLine[line] ?? []
      : sitesByLine.filter { $0.key >= Self.largestExactLine }.sorted { $0.key < $1.key }
        .flatMap(\.value)
    var lastFitting: ParsedElement?
    var seen = 0
    for element in candidates where element.attributes.contains(where: { keys.contains($0.value) })
    {
      if seen == occurrence { return element }
      lastFitting = element
      seen += 1
    }
    return lastFitting ?? candidates.first
  }

  private static let largestExactLine = 65_535
}

/// One-time set-up of libxml2, which must precede its use from several
/// threads.
enum LibXML2 {
  private static let initialized: Bool = {
    xmlInitParser()
    return true
  }()

  static func initializeOnce() {
    _ = initialized
  }

  /// A problem from a libxml2 error, its message trimmed.
  static func problem(
    from error: UnsafeMutablePointer<xmlError>, at position: TextPosition
  ) -> XMLProblem {
    let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error"
    return XMLProblem(
      line: position.line, column: position.column, message: XMLProblem.trimmed(raw))
  }
}

/// Collects what libxml2 reports while a document is parsed.
private final class ProblemSink {
  private(set) var problems: [XMLProblem] = []
  private var refusedDocumentType = false
  private let bytes: [UInt8]

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  func record(_ error: UnsafeMutablePointer<xmlError>) {
    // Stopping the parser for a DOCTYPE raises an error of its own; the
    // refusal already says what happened.
    if refusedDocumentType { return }
    let line = Int(max(error.pointee.line, 1))
    let column = Int(max(error.pointee.int2, 1))
    var problem = LibXML2.problem(from: error, at: TextPosition(line: line, column: column))
    problem.message = ValidationMessage.parsing(problem.message)
    problems.append(problem)
  }

  /// Records the refusal of a DOCTYPE, placed where `<!DOCTYPE` begins
  /// (the parser is a little past it when it calls back).
  func refuseDocumentType(line: Int, column: Int) {
    guard !refusedDocumentType else { return }
    let start = StartTagIndex.documentTypePosition(in: bytes)
    problems.append(
      XMLProblem(
        line: start?.line ?? max(line, 1), column: start?.column ?? max(column, 1),
        message: "document type declarations (<!DOCTYPE …>) are not allowed: scheme files may "
          + "not declare entities or refer to DTDs"))
    refusedDocumentType = true
  }

  func unexplainedFailure() -> XMLProblem {
    XMLProblem(line: 1, column: 1, message: "libxml2 could not parse the document")
  }
}

/// Copies a libxml2 tree into `ParsedElement` values.
private struct TreeBuilder {
  var tags: StartTagIndex
  var nextTag = 0
  var sitesByNode: [UnsafeMutableRawPointer: ParsedElement] = [:]
  var sitesInOrder: [ParsedElement] = []

  init(tags: StartTagIndex) {
    self.tags = tags
  }

  /// The element and its subtree.
  ///
  /// Recursion is bounded by libxml2's depth limit (256 levels without
  /// `XML_PARSE_HUGE`).
  mutating func element(from node: xmlNodePtr) -> ParsedElement {
    let name = String(cString: node.pointee.name)
    let tag = nextTag < tags.tags.count ? tags.tags[nextTag] : nil
    nextTag += 1
    let matches = tag.map { $0.localName == name } ?? false
    let position =
      matches
      ? tag?.position ?? TextPosition(line: 1, column: 1)
      : TextPosition(line: Int(max(xmlGetLineNo(node), 1)), column: 1)
    var attributes: [ParsedAttribute] = []
    var property = node.pointee.properties
    while let attribute = property {
      let attributeName = String(cString: attribute.pointee.name)
      let namespace = attribute.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } }
      let prefix = attribute.pointee.ns.flatMap { $0.pointee.prefix.map { String(cString: $0) } }
      let qualified = prefix.map { "\($0):\(attributeName)" } ?? attributeName
      let attributePosition = (matches ? tag?.attributes[qualified] : nil) ?? position
      attributes.append(
        ParsedAttribute(
          namespace: namespace, name: attributeName,
          value: Self.text(of: attribute.pointee.children), position: attributePosition))
      property = attribute.pointee.next
    }
    let namespace = node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } }
    // Only the start tag's place is needed for messages, not the subtree;
    // recorded before the children, so in document order.
    var site = ParsedElement(
      namespace: namespace, name: name, attributes: attributes, children: [], position: position)
    site.endLine = Int(xmlGetLineNo(node))
    sitesByNode[UnsafeMutableRawPointer(node)] = site
    sitesInOrder.append(site)
    var children: [ParsedElement.Child] = []
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        children.append(.element(element(from: current)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          children.append(.text(String(cString: content)))
        }
      default:
        break
      }
      child = current.pointee.next
    }
    let element = ParsedElement(
      namespace: namespace, name: name, attributes: attributes, children: children,
      position: position)
    return element
  }

  /// The concatenated text of a list of text nodes (an attribute's value).
  private static func text(of first: xmlNodePtr?) -> String {
    var result = ""
    var node = first
    while let current = node {
      if let content = current.pointee.content { result += String(cString: content) }
      node = current.pointee.next
    }
    return result
  }
}
