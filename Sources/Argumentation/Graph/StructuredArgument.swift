/// An argument: an instance of a scheme, with its variables bound, its
/// premises and conclusion written out, and its type.
///
/// "Structured", as in structured argumentation (ASPIC+, Carneades): the
/// argument has an inside, unlike the abstract arguments of a Dung
/// framework. (Plain `Argument` would clash with swift-argument-parser's
/// `@Argument` in every command-line tool that uses both.)
///
/// The type follows ArgMed-Agents' Definition 2 (Hong et al., BIBM 2024):
/// an argument supports a decision (a treatment, a test, an answer) or a
/// belief (a side effect, a piece of evidence). Build arguments with
/// ``ArgumentationScheme/instantiate(id:bindings:origin:)`` or, for the
/// counter-argument a critical question produces, with
/// ``ArgumentGraph/answerAgainst(_:question:catalog:id:bindings:origin:decision:)``.
public struct StructuredArgument: Hashable, Sendable, Identifiable {
  /// What an argument supports.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case decision
    case belief
  }

  /// A premise as instantiated: its id and role in the scheme, and its
  /// text with the variables filled in.
  public struct InstantiatedPremise: Hashable, Sendable {
    public var id: String
    public var role: Premise.Role
    public var text: String

    public init(id: String, role: Premise.Role, text: String) {
      self.id = id
      self.role = role
      self.text = text
    }
  }

  /// Unique in its graph: `A`, `B`, `propranolol`.
  public var id: String
  public var kind: Kind
  /// The scheme instantiated, `id@version`, or `nil` for an argument
  /// written by hand (such as an answer to a question without a
  /// counter-scheme).
  public var scheme: SchemeReference?
  /// The value of each variable.
  public var bindings: [String: String]
  /// The premises the argument rests on (exceptions are not among them).
  public var premises: [InstantiatedPremise]
  public var conclusion: String
  /// Where the argument came from, for people: "Generator, round 2".
  public var origin: String?
  /// For a decision argument, the decision it argues for, such as an
  /// option's key.
  ///
  /// Several arguments may argue for one decision: a treatment proposed,
  /// and argued again as a better alternative. Arguments for the same decision do not exclude each other; `nil`
  /// makes the argument a decision of its own.
  public var decision: String?

  public init(
    id: String, kind: Kind, scheme: SchemeReference? = nil, bindings: [String: String] = [:],
    premises: [InstantiatedPremise] = [], conclusion: String, origin: String? = nil,
    decision: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.scheme = scheme
    self.bindings = bindings
    self.premises = premises
    self.conclusion = conclusion
    self.origin = origin
    self.decision = decision
  }

  /// Whether this argument and `other` argue for the same decision.
  func arguesForTheSameDecision(as other: StructuredArgument) -> Bool {
    decision != nil && decision == other.decision
  }
}

/// One argument attacking another.
public struct Attack: Hashable, Sendable {
  /// Why the attack is there.
  public enum Reason: Hashable, Sendable {
    /// A critical question of the attacked argument's scheme was answered
    /// against it (ArgMed-Agents' Definition 1).
    case criticalQuestion(String)
    /// Two arguments support different decisions, which exclude each
    /// other (Definition 3). Added by the graph itself.
    case decisionConflict
    /// Stated directly, without a question.
    case stated
  }

  public var attacker: String
  public var target: String
  public var kind: AttackKind
  public var reason: Reason

  public init(attacker: String, target: String, kind: AttackKind, reason: Reason = .stated) {
    self.attacker = attacker
    self.target = target
    self.kind = kind
    self.reason = reason
  }

  /// The critical question behind the attack, if one is.
  public var question: String? {
    if case .criticalQuestion(let id) = reason { id } else { nil }
  }
}

/// One argument supporting another (drawn, not solved: a Dung framework
/// has attacks only).
public struct Support: Hashable, Sendable {
  public var supporter: String
  public var target: String

  public init(supporter: String, target: String) {
    self.supporter = supporter
    self.target = target
  }
}
