import ArgMedSupport

/// A scheme read from a file, with where each of its parts is written, for
/// the checks that follow and their messages.
struct LocatedScheme: Sendable {
  var scheme: ArgumentationScheme
  var file: String
  var sites: SchemeSites
}

/// Where the parts of one scheme are written.
struct SchemeSites: Sendable {
  /// Where a variable slot is, and in what.
  struct VariableUse: Sendable {
    enum Place: Sendable, Equatable {
      case name
      case premise(Premise.Role)
      case conclusion
      case question
      case attackerClaim
    }

    var name: String
    var place: Place
    var position: TextPosition
  }

  /// A template and where it is, for blank and language checks.
  struct TemplateSite: Sendable {
    /// What holds the template, for messages: "the name", "premise P1".
    var owner: String
    /// The element: name, text, question or attackerClaim.
    var element: String
    var template: TextTemplate
    var position: TextPosition
  }

  var scheme: TextPosition
  var attributes: [String: TextPosition] = [:]
  /// Whether the `<scheme>` is the document's root (not inside a set).
  var isDocumentRoot: Bool
  /// The format version written on the scheme or its set, and where.
  var formatVersion: (version: SemanticVersion, position: TextPosition)?
  var variables: [String: TextPosition] = [:]
  var premises: [String: TextPosition] = [:]
  var questions: [String: TextPosition] = [:]
  var questionAttributes: [String: [String: TextPosition]] = [:]
  var changes: [TextPosition] = []
  var templates: [TemplateSite] = []
  var variableUses: [VariableUse] = []
}

/// Turns a document that the grammar accepted into schemes.
///
/// The grammar guarantees the structure; values are read as the grammar
/// reads them (booleans, decimals and language tags without surrounding
/// white space), and a value the grammar let through but ArgMed cannot
/// read becomes a diagnostic, never a silent default. The rules that
/// follow decoding (`SchemeRules`) check what the grammar cannot.
final class SchemeDecoder {
  let file: String
  /// Values that could not be read.
  private(set) var diagnostics: [SchemeDiagnostic] = []

  init(file: String) {
    self.file = file
  }

  /// The schemes of a `<scheme>` or `<schemeSet>` root.
  func schemes(in root: ParsedElement) -> [LocatedScheme] {
    if root.name == "schemeSet" {
      let setVersion = root.attribute("formatVersion").flatMap { attribute in
        version(attribute).map { ($0, attribute.position) }
      }
      return root.elements(named: "scheme").map {
        scheme(from: $0, isDocumentRoot: false, inheritedFormat: setVersion)
      }
    }
    return [scheme(from: root, isDocumentRoot: true, inheritedFormat: nil)]
  }

  private func scheme(
    from element: ParsedElement, isDocumentRoot: Bool,
    inheritedFormat: (SemanticVersion, TextPosition)?
  ) -> LocatedScheme {
    var sites = SchemeSites(scheme: element.position, isDocumentRoot: isDocumentRoot)
    for attribute in element.attributes where attribute.namespace == nil {
      sites.attributes[attribute.name] = attribute.position
    }
    sites.formatVersion =
      element.attribute("formatVersion").flatMap { attribute in
        version(attribute).map { ($0, attribute.position) }
      } ?? inheritedFormat

    let names = element.elements(named: "name").map {
      template($0, owner: "the scheme", place: .name, sites: &sites)
    }
    let variables = (element.element(named: "variables")?.elements(named: "variable") ?? []).map {
      variable in
      let name = variable.attribute("name")?.value ?? ""
      sites.variables[name] = variable.position
      return SchemeVariable(
        name: name, type: variable.attribute("type")?.value ?? "text",
        isRequired: boolean(variable.attribute("required")) ?? true,
        binding: variable.attribute("bind")?.value,
        summary: variable.element(named: "description").map { Self.prose($0.text) })
    }
    let premises = (element.element(named: "premises")?.elements(named: "premise") ?? []).map {
      premise in
      let role = premise.attribute("role").flatMap { Premise.Role(rawValue: $0.value) } ?? .minor
      let statement = self.statement(
        premise, owner: "premise", place: .premise(role), sites: &sites)
      sites.premises[statement.id] = premise.position
      return Premise(statement, role: role, label: premise.attribute("label")?.value)
    }
    let conclusion =
      element.element(named: "conclusion").map {
        statement($0, owner: "the conclusion", place: .conclusion, sites: &sites)
      } ?? Statement(id: "", texts: [])
    let questions = (element.element(named: "criticalQuestions")?.elements(named: "cq") ?? [])
      .map { criticalQuestion($0, premises: premises, sites: &sites) }
    let changes = (element.element(named: "changelog")?.elements(named: "change") ?? []).map {
      change in
      sites.changes.append(change.position)
      return SchemeChange(
        version: version(change.attribute("version")) ?? Self.unreadableVersion,
        date: change.attribute("date")?.value ?? "", note: Self.prose(change.text))
    }
    let scheme = ArgumentationScheme(
      id: element.attribute("id")?.value ?? "",
      version: version(element.attribute("version")) ?? Self.unreadableVersion,
      kind: SchemeKind(rawValue: element.attribute("kind")?.value ?? ""),
      concludes: element.attribute("concludes").flatMap {
        ArgumentationScheme.Conclusion(rawValue: $0.value)
      } ?? .belief,
      status: element.attribute("status").flatMap {
        ArgumentationScheme.Status(rawValue: $0.value)
      } ?? .active,
      isDefeasible: boolean(element.attribute("defeasible")) ?? true,
      weight: decimal(element.attribute("weight")),
      supersedes: reference(element.attribute("supersedes")),
      names: names,
      summary: element.element(named: "description").map { Self.prose($0.text) },
      sources: element.elements(named: "source").map {
        SchemeSource(
          citation: Self.prose($0.text), key: $0.attribute("ref")?.value,
          pages: $0.attribute("pages")?.value, uri: $0.attribute("uri")?.value)
      },
      variables: variables, premises: premises, conclusion: conclusion,
      criticalQuestions: questions, changelog: changes)
    return LocatedScheme(scheme: scheme, file: file, sites: sites)
  }

  private func criticalQuestion(
    _ element: ParsedElement, premises: [Premise], sites: inout SchemeSites
  ) -> CriticalQuestion {
    let id = element.attribute("id")?.value ?? ""
    sites.questions[id] = element.position
    var attributes: [String: TextPosition] = [:]
    for attribute in element.attributes { attributes[attribute.name] = attribute.position }
    sites.questionAttributes[id] = attributes
    let premise = element.attribute("premise")?.value
    let role = premise.flatMap { premiseID in premises.first { $0.id == premiseID }?.role }
    let attack =
      element.attribute("attack").flatMap { AttackKind(rawValue: $0.value) } ?? .undermining
    // Defaults (scheme-format note §5.3): undermining an assumption puts the
    // burden on the proponent (asking is enough); the proponent's burden
    // means the attacker is added always.
    let burden =
      element.attribute("burden").flatMap { CriticalQuestion.Burden(rawValue: $0.value) }
      ?? (attack == .undermining && role == .assumption ? .proponent : .opponent)
    let activation =
      element.attribute("activation").flatMap { CriticalQuestion.Activation(rawValue: $0.value) }
      ?? (burden == .proponent ? .always : .onEvidence)
    let owner = "question \(id)"
    return CriticalQuestion(
      id: id,
      attack: attack,
      premise: premise, burden: burden, activation: activation,
      counterScheme: reference(element.attribute("counterScheme")),
      weight: decimal(element.attribute("weight")),
      questions: element.elements(named: "question").map {
        template($0, owner: owner, place: .question, sites: &sites)
      },
      attackerClaims: element.elements(named: "attackerClaim").map {
        template($0, owner: owner, place: .attackerClaim, sites: &sites)
      },
      note: element.element(named: "note").map { Self.prose($0.text) })
  }

  private func statement(
    _ element: ParsedElement, owner: String, place: SchemeSites.VariableUse.Place,
    sites: inout SchemeSites
  ) -> Statement {
    let id = element.attribute("id")?.value ?? ""
    let fullOwner = owner == "premise" ? "premise \(id)" : owner
    return Statement(
      id: id,
      texts: element.elements(named: "text").map {
        template($0, owner: fullOwner, place: place, sites: &sites)
      },
      formula: element.element(named: "formula").map(\.text))
  }

  private func template(
    _ element: ParsedElement, owner: String, place: SchemeSites.VariableUse.Place,
    sites: inout SchemeSites
  ) -> TextTemplate {
    var parts: [TextTemplate.Part] = []
    for child in element.children {
      switch child {
      case .text(let text):
        parts.append(.text(text))
      case .element(let slot):
        let name = slot.attribute("ref")?.value ?? ""
        parts.append(.variable(name))
        sites.variableUses.append(.init(name: name, place: place, position: slot.position))
      }
    }
    let language = element.attributes.first {
      $0.namespace == SchemeFormat.xmlNamespace && $0.name == "lang"
    }.map { Self.collapsed($0.value) }
    let result = TextTemplate(parts, language: language)
    sites.templates.append(
      .init(owner: owner, element: element.name, template: result, position: element.position))
    return result
  }

  /// Stands in for a version that could not be read; a diagnostic says so,
  /// so no scheme carrying it is ever used.
  private static let unreadableVersion = SemanticVersion(major: 0, minor: 0, patch: 0)

  private func unreadable(_ attribute: ParsedAttribute, as what: String) {
    diagnostics.append(
      SchemeDiagnostic(
        file: file, at: attribute.position,
        "\(attribute.name)=\"\(attribute.value)\" is not \(what) ArgMed can read"))
  }

  /// An `xs:boolean`: `true`, `false`, `1` or `0`, white space around
  /// ignored.
  private func boolean(_ attribute: ParsedAttribute?) -> Bool? {
    guard let attribute else { return nil }
    switch Self.collapsed(attribute.value) {
    case "true", "1": return true
    case "false", "0": return false
    default:
      unreadable(attribute, as: "a boolean")
      return nil
    }
  }

  /// An `xs:decimal`, white space around ignored.
  private func decimal(_ attribute: ParsedAttribute?) -> Double? {
    guard let attribute else { return nil }
    guard let value = Double(Self.collapsed(attribute.value)), value.isFinite else {
      unreadable(attribute, as: "a decimal")
      return nil
    }
    return value
  }

  private func version(_ attribute: ParsedAttribute?) -> SemanticVersion? {
    guard let attribute else { return nil }
    guard let version = SemanticVersion(attribute.value) else {
      unreadable(attribute, as: "a semantic version")
      return nil
    }
    return version
  }

  private func reference(_ attribute: ParsedAttribute?) -> SchemeReference? {
    guard let attribute else { return nil }
    guard let reference = SchemeReference(attribute.value) else {
      unreadable(attribute, as: "a scheme reference")
      return nil
    }
    return reference
  }

  /// `text` without the XML white space (space, tab, line feed, carriage
  /// return) around it: what the grammar's collapsing types compare.
  static func collapsed(_ text: String) -> String {
    TextTemplate([.text(text)]).description
  }

  /// Text with its white space runs collapsed, as authors indent it.
  static func prose(_ text: String) -> String {
    TextTemplate([.text(text)]).description
  }
}
