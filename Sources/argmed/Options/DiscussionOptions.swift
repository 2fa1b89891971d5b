import Agents
import ArgumentParser
import Argumentation
import Solver

/// The options of the discussion, shared by `solve` and `eval`.
struct DiscussionOptions: ParsableArguments {
  @Option(help: "The semantics: grounded, preferred, stable, complete, semi-stable or ideal.")
  var semantics: Semantics = .preferred

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

  static let allowedSemantics: [Semantics] = [
    .grounded, .preferred, .stable, .complete, .semiStable, .ideal,
  ]

  func validate() throws {
    guard Self.allowedSemantics.contains(semantics) else {
      throw ValidationError(
        "--semantics must be one of "
          + Self.allowedSemantics.map(\.rawValue).joined(separator: ", "))
    }
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
      maxRounds: maxRounds, maxDecisions: maxDecisions, semantics: semantics,
      maxReasks: maxReasks, model: model, reasonerAttacks: reasonerAttacks, seed: seed)
  }
}
