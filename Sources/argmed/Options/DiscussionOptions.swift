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

/// The semantics a discussion may be decided under: all but stage.
enum DiscussionSemantics: String, CaseIterable, ExpressibleByArgument {
  case grounded, preferred, stable, complete
  case semiStable = "semi-stable"
  case ideal

  var semantics: Semantics {
    switch self {
    case .grounded: .grounded
    case .preferred: .preferred
    case .stable: .stable
    case .complete: .complete
    case .semiStable: .semiStable
    case .ideal: .ideal
    }
  }
}
