import Solver

/// How a discussion runs: its limits, the semantics the Reasoner solves
/// under, and what each model call may take.
///
/// The defaults are the paper's (Hong et al., BIBM 2024, section IV-A), a
/// dialogue limit of 8 and temperature 0, except the decision limit: the
/// paper's 4 was MedQA's number of options, and ArgMed's default is the
/// case's number of options, so that no option is kept out for where it
/// is listed.
public struct DiscussionSettings: Hashable, Sendable {
  /// The most rounds of questions.
  ///
  /// In a round the Verifier asks every new
  /// argument its critical questions and the Generator answers each
  /// question decided against one; the next round questions those answers.
  public var maxRounds: Int
  /// The most options argued for, by proposals and better alternatives;
  /// `nil`, the default, is the case's number of options.
  public var maxDecisions: Int?
  public var semantics: Semantics
  /// How often a reply that breaks its schema is asked again before the
  /// turn fails.
  public var maxReasks: Int
  /// The model name sent with each request; `nil` leaves it to the backend.
  public var model: String?
  /// The most tokens of each reply.
  public var maxTokens: Int
  /// Whether the Reasoner asks the model for attacks between belief
  /// arguments before solving (the paper's Reasoner "identifies semantic
  /// relationships between arguments").
  public var reasonerAttacks: Bool
  /// Whether the Reasoner asks the model for supports between arguments
  /// before solving.
  public var reasonerSupports: Bool
  /// How far ahead in gradual strength the strongest optional decision
  /// must be to be the answer (see `DecisionOutcome`).
  public var strengthTolerance: Double
  /// The sampling seed sent with every request (servers honour it on a
  /// best-effort basis).
  public var seed: Int?

  public init(
    maxRounds: Int = 8, maxDecisions: Int? = nil, semantics: Semantics = .preferred,
    maxReasks: Int = 2, model: String? = nil, maxTokens: Int = 2048,
    reasonerAttacks: Bool = true, reasonerSupports: Bool = true,
    strengthTolerance: Double = DecisionOutcome.defaultStrengthTolerance, seed: Int? = 0
  ) {
    self.reasonerSupports = reasonerSupports
    self.strengthTolerance = strengthTolerance
    self.seed = seed
    self.reasonerAttacks = reasonerAttacks
    self.maxRounds = maxRounds
    self.maxDecisions = maxDecisions
    self.semantics = semantics
    self.maxReasks = maxReasks
    self.model = model
    self.maxTokens = maxTokens
  }

  /// The decision limit for `clinicalCase`: ``maxDecisions``, or its
  /// number of options.
  public func decisionLimit(for clinicalCase: ClinicalCase) -> Int {
    maxDecisions ?? clinicalCase.options.count
  }

  /// The semantics a discussion may be decided under: every one but
  /// stage, in the order the command line lists them.
  ///
  /// A stage extension need not be admissible (it is conflict-free with a
  /// maximal range, Verheij 1996), so it may hold a decision whose
  /// attackers nothing in it defeats: no reading of the paper's
  /// Definition 4 takes such a set as an explanation.
  public static let decidingSemantics: [Semantics] = [
    .grounded, .preferred, .stable, .complete, .semiStable, .ideal,
  ]
}
