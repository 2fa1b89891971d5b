import Agents
import ArgumentParser
import Argumentation
import Solver

/// The options of the discussion, shared by `solve` and `eval`.
struct DiscussionOptions: ParsableArguments {
  @Option(help: "The semantics the Reasoner decides under.")
  var semantics: DiscussionSemantics = .preferred

  @Option(help: "The most rounds of critical questions (the paper's dialogue limit).")
  var maxRounds: Int = 8

  @Option(
    help:
      "The most options argued for, by proposals and better alternatives (default: the case's number of options)."
  )
  var maxDecisions: Int?

  @Option(help: "How often a reply that breaks its JSON schema is asked again.")
  var maxReasks: Int = 2

  @Flag(
    inversion: .prefixedNo,
    help: "Let the Reasoner ask the model for attacks between belief arguments before solving.")
  var reasonerAttacks = true

  @Flag(
    inversion: .prefixedNo,
    help: "Let the Reasoner ask the model for supports between arguments before solving.")
  var reasonerSupports = true

  @Option(
    help:
      "How far ahead in DF-QuAD strength the strongest optional decision must be to be the answer.")
  var strengthTolerance: Double = DecisionOutcome.defaultStrengthTolerance

  func validate() throws {
    guard (1...100).contains(maxRounds) else {
      throw ValidationError("--max-rounds must be between 1 and 100")
    }
    if let maxDecisions, !(1...ArgumentGraph.maximumDecisions).contains(maxDecisions) {
      throw ValidationError(
        "--max-decisions must be between 1 and \(ArgumentGraph.maximumDecisions)")
    }
    guard (0...10).contains(maxReasks) else {
      throw ValidationError("--max-reasks must be between 0 and 10")
    }
    guard strengthTolerance >= 0, strengthTolerance < 1 else {
      throw ValidationError("--strength-tolerance must be at least 0 and below 1")
    }
  }

  /// The settings these options give, for `model` with `seed`.
  func settings(model: String?, seed: Int? = 0) -> DiscussionSettings {
    DiscussionSettings(
      maxRounds: maxRounds, maxDecisions: maxDecisions, semantics: semantics.semantics,
      maxReasks: maxReasks, model: model, reasonerAttacks: reasonerAttacks,
      reasonerSupports: reasonerSupports, strengthTolerance: strengthTolerance, seed: seed)
  }
}

/// A semantics a discussion may be decided under
/// (`DiscussionSettings.decidingSemantics`), as an option's value.
struct DiscussionSemantics: ExpressibleByArgument {
  let semantics: Semantics

  static let preferred = DiscussionSemantics(semantics: .preferred)

  private init(semantics: Semantics) { self.semantics = semantics }

  init?(argument: String) {
    guard let semantics = Semantics(rawValue: argument),
      DiscussionSettings.decidingSemantics.contains(semantics)
    else { return nil }
    self.semantics = semantics
  }

  var rawValue: String { semantics.rawValue }

  static var allValueStrings: [String] { DiscussionSettings.decidingSemantics.map(\.rawValue) }

  var defaultValueDescription: String { semantics.rawValue }
}
