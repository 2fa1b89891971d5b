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

  @Option(help: "The most options argued for: proposals and better alternatives.")
  var maxDecisions: Int = 4

  @Option(help: "How often a reply that breaks its JSON schema is asked again.")
  var maxReasks: Int = 2

  @Flag(
    inversion: .prefixedNo,
    help: "Let the Reasoner ask the model for attacks between belief arguments before solving.")
  var reasonerAttacks = true

  func validate() throws {
    guard (1...100).contains(maxRounds) else {
      throw ValidationError("--max-rounds must be between 1 and 100")
    }
    guard (1...ArgumentGraph.maximumDecisions).contains(maxDecisions) else {
      throw ValidationError(
        "--max-decisions must be between 1 and \(ArgumentGraph.maximumDecisions)")
    }
    guard (0...10).contains(maxReasks) else {
      throw ValidationError("--max-reasks must be between 0 and 10")
    }
  }

  /// The settings these options give, for `model` with `seed`.
  func settings(model: String?, seed: Int? = 0) -> DiscussionSettings {
    DiscussionSettings(
      maxRounds: maxRounds, maxDecisions: maxDecisions, semantics: semantics.semantics,
      maxReasks: maxReasks, model: model, reasonerAttacks: reasonerAttacks, seed: seed)
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
