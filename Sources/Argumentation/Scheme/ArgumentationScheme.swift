/// An argumentation scheme: a pattern of defeasible reasoning with its
/// premises, its conclusion, its variables and the critical questions that
/// can defeat an argument built on it.
///
/// Formally ⟨*P*, *c*, *V*⟩ as in ArgMed-Agents (Hong et al., BIBM 2024,
/// §II-A), after Walton, Reed and Macagno, *Argumentation Schemes* (2008),
/// with premise roles and question-to-attack links as in Carneades and
/// ASPIC+. Schemes are read from XML files (see <doc:SchemeFileFormat>) by
/// a ``SchemeCatalog``, which checks them; build one in code only for
/// tests and tools.
///
/// ```swift
/// let catalog = try SchemeCatalog.shipped()
/// let decision = catalog.scheme(id: "clinical.decision")!
/// decision.criticalQuestions.map(\.attack)  // [.undermining, .undercutting, …]
/// ```
public struct ArgumentationScheme: Hashable, Sendable {
  /// Where a scheme is in its life.
  public enum Status: String, Hashable, Sendable, CaseIterable {
    case draft
    case active
    case deprecated
  }

  /// What an instance's conclusion is.
  public enum Conclusion: String, Hashable, Sendable, CaseIterable {
    /// A decision to take (a treatment, a test, an answer): the arguments
    /// ArgMed-Agents calls decision arguments.
    case decision
    /// A belief about the case, such as a side effect or a piece of
    /// evidence.
    case belief
  }

  /// The stable id, dotted kebab case: `clinical.decision`.
  public var id: String
  public var version: SemanticVersion
  public var kind: SchemeKind
  public var concludes: Conclusion
  public var status: Status
  /// `false` for a strict rule, whose conclusion cannot be rebutted.
  public var isDefeasible: Bool
  /// A default priority between 0 and 1, when given.
  public var weight: Double?
  /// The scheme this one replaces.
  public var supersedes: SchemeReference?
  /// Display names, one per language.
  public var names: [TextTemplate]
  public var summary: String?
  public var sources: [SchemeSource]
  public var variables: [SchemeVariable]
  public var premises: [Premise]
  public var conclusion: Statement
  public var criticalQuestions: [CriticalQuestion]
  /// The history, newest version first as written in the file.
  public var changelog: [SchemeChange]

  public init(
    id: String, version: SemanticVersion, kind: SchemeKind, concludes: Conclusion,
    status: Status = .active, isDefeasible: Bool = true, weight: Double? = nil,
    supersedes: SchemeReference? = nil, names: [TextTemplate], summary: String? = nil,
    sources: [SchemeSource] = [], variables: [SchemeVariable], premises: [Premise],
    conclusion: Statement, criticalQuestions: [CriticalQuestion] = [],
    changelog: [SchemeChange]
  ) {
    self.id = id
    self.version = version
    self.kind = kind
    self.concludes = concludes
    self.status = status
    self.isDefeasible = isDefeasible
    self.weight = weight
    self.supersedes = supersedes
    self.names = names
    self.summary = summary
    self.sources = sources
    self.variables = variables
    self.premises = premises
    self.conclusion = conclusion
    self.criticalQuestions = criticalQuestions
    self.changelog = changelog
  }

  /// `id@version`.
  public var reference: SchemeReference { SchemeReference(id: id, version: version) }

  /// The display name in English (or the first one given).
  public var name: String { TextTemplate.preferred(in: names).description }

  /// The premise with this id.
  public func premise(id: String) -> Premise? {
    premises.first { $0.id == id }
  }

  /// The critical question with this id.
  public func criticalQuestion(id: String) -> CriticalQuestion? {
    criticalQuestions.first { $0.id == id }
  }
}

/// A scheme's kind: one of the known kinds, or a project-local `x-…` one.
public struct SchemeKind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }

  public static let decision = SchemeKind(rawValue: "decision")
  public static let sideEffect = SchemeKind(rawValue: "side-effect")
  public static let dangerAppeal = SchemeKind(rawValue: "danger-appeal")
  public static let betterDecision = SchemeKind(rawValue: "better-decision")
  public static let contraindication = SchemeKind(rawValue: "contraindication")
  public static let evidence = SchemeKind(rawValue: "evidence")
  public static let guideline = SchemeKind(rawValue: "guideline")
  public static let expertOpinion = SchemeKind(rawValue: "expert-opinion")
  public static let additionalBenefit = SchemeKind(rawValue: "additional-benefit")
}

/// A variable of a scheme, bound to a value when the scheme is instantiated.
public struct SchemeVariable: Hashable, Sendable {
  /// Starts with a capital letter: `D`, `Goal`.
  public var name: String
  /// `action`, `goal`, `patient`, … or a project-local `x-…` type.
  public var type: String
  public var isRequired: Bool
  /// A hint where a binding comes from, such as a JSON Pointer.
  public var binding: String?
  public var summary: String?

  public init(
    name: String, type: String, isRequired: Bool = true, binding: String? = nil,
    summary: String? = nil
  ) {
    self.name = name
    self.type = type
    self.isRequired = isRequired
    self.binding = binding
    self.summary = summary
  }
}

/// A statement of a scheme: its texts (one per language) and an optional
/// logical form.
public struct Statement: Hashable, Sendable {
  public var id: String
  public var texts: [TextTemplate]
  /// A logical form in Carneades/Prolog syntax, such as `promotes(D,G)`.
  public var formula: String?

  public init(id: String, texts: [TextTemplate], formula: String? = nil) {
    self.id = id
    self.texts = texts
    self.formula = formula
  }

  /// The text in English (or the first one given).
  public var text: TextTemplate { TextTemplate.preferred(in: texts) }
}

/// A premise: a statement with a role.
public struct Premise: Hashable, Sendable {
  /// How a premise takes part in the inference, and so how it is attacked.
  public enum Role: String, Hashable, Sendable, CaseIterable {
    /// An ordinary premise stating a generalisation or rule.
    case major
    /// An ordinary premise stating a fact of the case.
    case minor
    /// Holds until questioned (a Carneades assumption, an AIF presumption).
    case assumption
    /// Does not hold until shown; when shown, it undercuts the argument.
    /// An argument does not need its exceptions: they are the conditions
    /// whose truth defeats it.
    case exception
  }

  public var statement: Statement
  public var role: Role
  /// The traditional name of the premise, such as "goal premise".
  public var label: String?

  public init(_ statement: Statement, role: Role, label: String? = nil) {
    self.statement = statement
    self.role = role
    self.label = label
  }

  public var id: String { statement.id }
  public var text: TextTemplate { statement.text }
}

/// Where a scheme comes from.
public struct SchemeSource: Hashable, Sendable {
  public var citation: String
  public var key: String?
  public var pages: String?
  public var uri: String?

  public init(citation: String, key: String? = nil, pages: String? = nil, uri: String? = nil) {
    self.citation = citation
    self.key = key
    self.pages = pages
    self.uri = uri
  }
}

/// One entry of a scheme's changelog.
public struct SchemeChange: Hashable, Sendable {
  public var version: SemanticVersion
  /// The date as written, `YYYY-MM-DD`.
  public var date: String
  public var note: String

  public init(version: SemanticVersion, date: String, note: String) {
    self.version = version
    self.date = date
    self.note = note
  }
}

extension TextTemplate {
  /// The English template, else the one without a language, else the
  /// first.
  static func preferred(in templates: [TextTemplate]) -> TextTemplate {
    templates.first { $0.language?.lowercased().hasPrefix("en") == true }
      ?? templates.first { $0.language == nil } ?? templates.first ?? TextTemplate([])
  }
}
