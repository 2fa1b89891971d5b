/// Rewrites libxml2's validation messages for scheme authors.
///
/// libxml2 names elements with their namespace in braces and reports
/// identity constraints by their names in the grammar. The constraints of
/// `scheme.xsd` get messages of their own; every other message keeps
/// libxml2's words without the namespace noise.
enum ValidationMessage {
  /// The message for a scheme author.
  static func rewritten(_ raw: String) -> String {
    var message = raw.replacing("{\(SchemeFormat.namespace)}", with: "")
    if let rewritten = identityConstraint(in: message) { return rewritten }
    if let rewritten = valueExpectation(in: message) { return rewritten }
    message = message.replacing("[facet 'enumeration'] ", with: "")
    message = message.replacing("[facet 'pattern'] ", with: "")
    if message.hasPrefix("Element '") {
      // "Element 'premise', attribute 'role': …" → "<premise>, attribute 'role': …"
      let rest = message.dropFirst("Element '".count)
      if let end = rest.firstIndex(of: "'") {
        message = "<\(rest[..<end])>" + rest[rest.index(after: end)...]
      }
    }
    if message.hasSuffix(".") { message.removeLast() }
    return message
  }

  /// A parser message in one line, with libxml2's hints that do not apply
  /// to scheme authors replaced.
  static func parsing(_ raw: String) -> String {
    if raw.hasPrefix("Input is not proper UTF-8") {
      let bytes = raw.split(separator: "\n").dropFirst().joined(separator: " ")
      let detail = bytes.isEmpty ? "" : " (\(bytes.replacing("Bytes: ", with: "bytes ")))"
      return "the text is not valid UTF-8\(detail); scheme files are UTF-8"
    }
    if raw.hasPrefix("Excessive depth in document") {
      return "elements are nested too deeply (libxml2 allows 256 levels)"
    }
    return raw.split(separator: "\n").joined(separator: "; ")
  }

  /// Whether a message only follows from another one on the same value
  /// (libxml2 reports an invalid key field three times).
  static func isFollowOn(_ raw: String) -> Bool {
    raw.contains("No precomputed value available")
      || raw.contains("Not all fields of key identity-constraint")
  }

  /// A value that fails a pattern or a union of the grammar, said in terms
  /// of what the attribute expects rather than the pattern.
  private static func valueExpectation(in message: String) -> String? {
    let isPattern = message.contains("is not accepted by the pattern")
    let isUnion = message.contains("is not a valid value of the union type")
    guard isPattern || isUnion, message.hasPrefix("Element '"),
      let element = quoted(in: message, after: "Element '"),
      let attribute = quoted(in: message, after: "attribute '"),
      let value = quoted(in: message, after: isPattern ? "The value '" : "': '"),
      let expected = expectation(forAttribute: attribute, of: element)
    else { return nil }
    return "<\(element)>, attribute '\(attribute)': '\(value)' is not \(expected)"
  }

  private static func expectation(forAttribute name: String, of element: String) -> String? {
    switch name {
    case "version", "formatVersion":
      "a semantic version such as 1.2.0"
    case "supersedes":
      "a versioned scheme id such as clinical.decision@1.0.0"
    case "counterScheme":
      "a scheme id or id@version, such as clinical.evidence or clinical.evidence@1.0.0"
    case "id" where element == "scheme":
      "a scheme id in dotted kebab case, such as clinical.decision"
    case "id", "premise":
      "an id such as P1 or CQ2 (a letter, then letters, digits, _ or -)"
    case "name", "ref":
      "a variable name that starts with a capital letter, such as D"
    case "kind":
      "one of the kinds the format lists, or a local kind written x-…"
    case "type":
      "one of the variable types the format lists, or a local type written x-…"
    default:
      nil
    }
  }

  /// The text between `marker` and the next `'`.
  private static func quoted(in message: String, after marker: String) -> String? {
    guard let start = message.range(of: marker) else { return nil }
    let rest = message[start.upperBound...]
    guard let end = rest.firstIndex(of: "'") else { return nil }
    return String(rest[..<end])
  }

  /// The attribute a message is about (`…, attribute 'role': …`).
  static func attributeName(in message: String) -> String? {
    guard let range = message.range(of: ", attribute '") else { return nil }
    let rest = message[range.upperBound...]
    guard let end = rest.firstIndex(of: "'") else { return nil }
    let name = String(rest[..<end])
    // "xml:lang" and "{namespace}name" become their local names.
    return name.split(separator: ":").last.map(String.init).map {
      $0.split(separator: "}").last.map(String.init) ?? $0
    }
  }

  /// The values an identity-constraint message quotes
  /// (`key-sequence ['P9']`), or none.
  static func quotedKeys(in message: String) -> [String] {
    quotedList(after: "key-sequence [", in: message) ?? []
  }

  /// Messages for the identity constraints declared in `scheme.xsd`.
  private static func identityConstraint(in message: String) -> String? {
    guard let keys = quotedList(after: "key-sequence [", in: message),
      let constraint = lastQuoted(in: message)
    else { return nil }
    let first = keys.first ?? ""
    switch constraint {
    case "variableUse":
      return "variable '\(first)' is used but not declared in <variables>"
    case "questionPremise":
      return "premise '\(first)' does not exist in this scheme"
    case "localId", "premiseId":
      return "the id '\(first)' is used twice in this scheme (premises, the conclusion and "
        + "critical questions share one set of ids)"
    case "variableName":
      return "variable '\(first)' is declared twice"
    case "changeVersion":
      return "the changelog lists version \(first) twice"
    case "schemeIdVersion":
      let version = keys.count > 1 ? keys[1] : "?"
      return "scheme \(first)@\(version) appears twice in this set"
    default:
      return nil
    }
  }

  /// The strings in `['a', 'b']` after `marker`.
  private static func quotedList(after marker: String, in message: String) -> [String]? {
    guard let start = message.range(of: marker) else { return nil }
    let rest = message[start.upperBound...]
    guard let end = rest.firstIndex(of: "]") else { return nil }
    return rest[..<end].split(separator: ",").map {
      String($0.trimmingPrefix(" ").trimmingPrefix("'").reversed().drop { $0 == "'" }.reversed())
    }
  }

  /// The last `'…'` of the message: the constraint's name.
  private static func lastQuoted(in message: String) -> String? {
    guard let close = message.lastIndex(of: "'") else { return nil }
    let before = message[..<close]
    guard let open = before.lastIndex(of: "'") else { return nil }
    return String(before[before.index(after: open)...])
  }
}
