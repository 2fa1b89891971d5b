/// How an attacking argument defeats the argument it attacks.
///
/// - SeeAlso: Modgil and Prakken, "The ASPIC+ framework for structured
///   argumentation: a tutorial", Argument & Computation 5(1), 2014.
public enum AttackKind: String, Hashable, Sendable, CaseIterable {
  /// Attacks a premise (major, minor or assumption).
  case undermining
  /// Attacks the inference: an exception holds, so the premises do not
  /// support the conclusion here.
  case undercutting
  /// Attacks the conclusion with an argument for its contrary.
  case rebutting
}

/// A critical question of a scheme: what to ask of an argument built on it,
/// and what attacks the argument when the answer goes against it.
public struct CriticalQuestion: Hashable, Sendable {
  /// Who must bring evidence once the question is raised.
  public enum Burden: String, Hashable, Sendable, CaseIterable {
    /// Asking is enough: the argument's proponent must answer.
    case proponent
    /// The asker must bring evidence.
    case opponent
  }

  /// When an instantiation adds the attacking argument.
  public enum Activation: String, Hashable, Sendable, CaseIterable {
    /// On every instantiation.
    case always
    /// Only when the case supports the attacker's claim.
    case onEvidence = "on-evidence"
  }

  public var id: String
  public var attack: AttackKind
  /// The premise the question challenges (always set for undermining).
  public var premise: String?
  /// Given in the file, or derived: `proponent` for a question that
  /// undermines an assumption, `opponent` otherwise.
  public var burden: Burden
  /// Given in the file, or derived from the burden: `always` when the
  /// proponent bears it, `onEvidence` otherwise.
  public var activation: Activation
  /// The scheme the attacking argument instantiates.
  public var counterScheme: SchemeReference?
  public var weight: Double?
  /// The question, one per language.
  public var questions: [TextTemplate]
  /// What the attacking argument concludes, one per language.
  public var attackerClaims: [TextTemplate]
  public var note: String?

  public init(
    id: String, attack: AttackKind, premise: String? = nil, burden: Burden,
    activation: Activation, counterScheme: SchemeReference? = nil, weight: Double? = nil,
    questions: [TextTemplate], attackerClaims: [TextTemplate], note: String? = nil
  ) {
    self.id = id
    self.attack = attack
    self.premise = premise
    self.burden = burden
    self.activation = activation
    self.counterScheme = counterScheme
    self.weight = weight
    self.questions = questions
    self.attackerClaims = attackerClaims
    self.note = note
  }

  /// The question in English (or the first one given).
  public var question: TextTemplate { TextTemplate.preferred(in: questions) }
  /// The attacker's claim in English (or the first one given).
  public var attackerClaim: TextTemplate { TextTemplate.preferred(in: attackerClaims) }
}
