import ArgMedSupport

extension ArgumentationScheme {
  /// The scheme as a scheme file of the current format, with `<scheme>` as
  /// the root.
  ///
  /// Reading the text back gives an equal scheme. Derived values are
  /// written out (a question's burden and activation), and white space in
  /// texts is already collapsed, so the text may differ from the file the
  /// scheme was read from.
  public var xmlDocument: String {
    var xml = XMLText()
    xml.line(#"<?xml version="1.0" encoding="UTF-8"?>"#)
    var attributes = [
      ("xmlns", SchemeFormat.namespace), ("formatVersion", SchemeFormat.version.description),
      ("id", id), ("version", version.description), ("kind", kind.rawValue),
      ("concludes", concludes.rawValue), ("status", status.rawValue),
      ("defeasible", isDefeasible ? "true" : "false"),
    ]
    if let weight { attributes.append(("weight", XMLText.decimal(weight))) }
    if let supersedes { attributes.append(("supersedes", supersedes.description)) }
    xml.open("scheme", attributes)
    for name in names { xml.template("name", name) }
    if let summary { xml.element("description", [], text: summary) }
    for source in sources {
      xml.element(
        "source", [("ref", source.key), ("pages", source.pages), ("uri", source.uri)],
        text: source.citation)
    }
    xml.open("variables", [])
    for variable in variables {
      let attributes: [(String, String?)] = [
        ("name", variable.name), ("type", variable.type),
        ("required", variable.isRequired ? "true" : "false"), ("bind", variable.binding),
      ]
      if let summary = variable.summary {
        xml.open("variable", attributes.compactMap { key, value in value.map { (key, $0) } })
        xml.element("description", [], text: summary)
        xml.close("variable")
      } else {
        xml.element("variable", attributes, text: nil)
      }
    }
    xml.close("variables")
    xml.open("premises", [])
    for premise in premises {
      var attributes = [("id", premise.id), ("role", premise.role.rawValue)]
      if let label = premise.label { attributes.append(("label", label)) }
      xml.statement("premise", attributes, premise.statement)
    }
    xml.close("premises")
    xml.statement("conclusion", [("id", conclusion.id)], conclusion)
    if !criticalQuestions.isEmpty {
      xml.open("criticalQuestions", [])
      for question in criticalQuestions {
        let attributes: [(String, String?)] = [
          ("id", question.id), ("attack", question.attack.rawValue),
          ("premise", question.premise), ("burden", question.burden.rawValue),
          ("activation", question.activation.rawValue),
          ("counterScheme", question.counterScheme?.description),
          ("weight", question.weight.map(XMLText.decimal)),
        ]
        xml.open("cq", attributes.compactMap { key, value in value.map { (key, $0) } })
        for text in question.questions { xml.template("question", text) }
        for text in question.attackerClaims { xml.template("attackerClaim", text) }
        if let note = question.note { xml.element("note", [], text: note) }
        xml.close("cq")
      }
      xml.close("criticalQuestions")
    }
    xml.open("changelog", [])
    for change in changelog {
      xml.element(
        "change", [("version", change.version.description), ("date", change.date)],
        text: change.note)
    }
    xml.close("changelog")
    xml.close("scheme")
    return xml.text
  }
}

/// Indented XML text, escaped.
private struct XMLText {
  var text = ""
  var depth = 0

  mutating func line(_ content: String) {
    text += String(repeating: "  ", count: depth) + content + "\n"
  }

  mutating func open(_ name: String, _ attributes: [(String, String)]) {
    line("<\(name)\(Self.attributes(attributes))>")
    depth += 1
  }

  mutating func close(_ name: String) {
    depth -= 1
    line("</\(name)>")
  }

  /// An element with optional attributes and text (empty when `nil`).
  mutating func element(_ name: String, _ attributes: [(String, String?)], text content: String?) {
    let present = attributes.compactMap { key, value in value.map { (key, $0) } }
    guard let content else {
      line("<\(name)\(Self.attributes(present))/>")
      return
    }
    line("<\(name)\(Self.attributes(present))>\(TextEscaping.xml(content))</\(name)>")
  }

  mutating func template(_ name: String, _ template: TextTemplate) {
    let language = template.language.map { [("xml:lang", $0)] } ?? []
    let body = template.parts.map {
      switch $0 {
      case .text(let text): TextEscaping.xml(text)
      case .variable(let variable): "<var ref=\"\(TextEscaping.xml(variable))\"/>"
      }
    }.joined()
    line("<\(name)\(Self.attributes(language))>\(body)</\(name)>")
  }

  mutating func statement(_ name: String, _ attributes: [(String, String)], _ statement: Statement)
  {
    open(name, attributes)
    for text in statement.texts { template("text", text) }
    if let formula = statement.formula { element("formula", [], text: formula) }
    close(name)
  }

  static func attributes(_ attributes: [(String, String)]) -> String {
    attributes.map { " \($0.0)=\"\(TextEscaping.xml($0.1, inAttribute: true))\"" }.joined()
  }

  /// A decimal in plain notation, as `xs:decimal` wants it: `0.00001`,
  /// never `1e-05`.
  static func decimal(_ value: Double) -> String {
    let shortest = String(value)
    guard let exponentIndex = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }),
      let exponent = Int(shortest[shortest.index(after: exponentIndex)...])
    else { return shortest }
    var mantissa = String(shortest[..<exponentIndex])
    let isNegative = mantissa.hasPrefix("-")
    if isNegative { mantissa.removeFirst() }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let digits = parts[0] + (parts.count > 1 ? parts[1] : "")
    // The position of the decimal point within `digits` after shifting.
    let point = parts[0].count + exponent
    let plain: String
    if point <= 0 {
      plain = "0." + String(repeating: "0", count: -point) + digits
    } else if point >= digits.count {
      plain = digits + String(repeating: "0", count: point - digits.count)
    } else {
      plain = digits.prefix(point) + "." + digits.dropFirst(point)
    }
    return (isNegative ? "-" : "") + plain
  }
}
