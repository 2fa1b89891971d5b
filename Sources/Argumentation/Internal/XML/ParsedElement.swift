import ArgMedSupport

/// An XML element copied out of libxml2: names, attributes, children and
/// where its start tag begins.
struct ParsedElement: Sendable {
  /// A child: an element or a run of text (character data).
  enum Child: Sendable {
    case element(ParsedElement)
    case text(String)
  }

  /// The namespace URI, or `nil` for none.
  var namespace: String?
  /// The local name.
  var name: String
  var attributes: [ParsedAttribute]
  var children: [Child]
  var position: TextPosition
  /// The line libxml2 gives the element: where its start tag ends.
  var endLine = 0

  /// The child elements, in document order.
  var elements: [ParsedElement] {
    children.compactMap {
      if case .element(let element) = $0 { element } else { nil }
    }
  }

  /// The child elements named `name`.
  func elements(named name: String) -> [ParsedElement] {
    elements.filter { $0.name == name }
  }

  /// The first child element named `name`.
  func element(named name: String) -> ParsedElement? {
    elements.first { $0.name == name }
  }

  /// The attribute without a namespace named `name`.
  func attribute(_ name: String) -> ParsedAttribute? {
    attributes.first { $0.namespace == nil && $0.name == name }
  }

  /// The attribute named `name` in any namespace (or none).
  func attribute(anyNamespace name: String) -> ParsedAttribute? {
    attributes.first { $0.name == name }
  }

  /// The concatenated character data of the element and its descendants.
  var text: String {
    children.map {
      switch $0 {
      case .text(let text): text
      case .element(let element): element.text
      }
    }.joined()
  }
}

/// An attribute with its value and where its name begins.
struct ParsedAttribute: Sendable {
  var namespace: String?
  var name: String
  var value: String
  var position: TextPosition
}

/// Something wrong with an XML document, at a place in its text.
struct XMLProblem: Hashable, Sendable {
  var line: Int
  var column: Int
  var message: String

  /// `message` without leading and trailing white space (libxml2 ends its
  /// messages with a newline).
  static func trimmed(_ message: String) -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
    let start = message.firstIndex { !isSpace($0) } ?? message.endIndex
    let end = message.lastIndex { !isSpace($0) }.map { message.index(after: $0) } ?? start
    return String(message[start..<max(start, end)])
  }
}

/// The problems that stopped a document from being read.
struct XMLProblems: Error {
  var problems: [XMLProblem]

  init(_ problems: [XMLProblem]) {
    self.problems = problems
  }
}
