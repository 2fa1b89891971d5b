import Argumentation
import Solver

/// The rule that chose the final answer among the optional decisions.
///
/// The paper leaves the choice open (Example 1 ends with two optional
/// decisions); ArgMed applies these rules in order and names the one that
/// decided. Arguments for different decisions always attack each other, at
/// least one way, so no extension holds two options: one optional option
/// is in every extension or some extension holds no decision, and several
/// optional options share out the extensions.
public enum TieBreakRule: String, Hashable, Sendable, CaseIterable {
  /// One option is held by every extension (skeptically accepted).
  case inEveryExtension = "in-every-extension"
  /// Only one option is optional, though some extension holds no decision.
  case onlyOptionalDecision = "only-optional-decision"
  /// One option is held by more extensions than any other.
  case inMostExtensions = "in-most-extensions"
  /// The first of the options that tie, in the case's order.
  case firstInOptionOrder = "first-in-option-order"

  /// The rule in words, as said of the option chosen: "it is …".
  public var explanation: String {
    switch self {
    case .inEveryExtension: "held by every extension, so skeptically accepted"
    case .onlyOptionalDecision: "the only optional decision, though some extension holds none"
    case .inMostExtensions: "held by more extensions than any other option"
    case .firstInOptionOrder:
      "first in the case's option order among optional decisions that tie on every other rule"
    }
  }
}

/// What the Reasoner decides from a solved graph: the optional decisions
/// (Definition 4), grouped by option, and one final answer.
public struct DecisionOutcome: Hashable, Sendable {
  /// One option that some extension holds.
  public struct OptionalDecision: Hashable, Sendable {
    public var option: String
    public var text: String
    /// Its decision arguments that some extension holds.
    public var arguments: [String]
    /// How many extensions hold one of them.
    public var extensions: Int
    /// The extensions that hold one of them: its explanation sets.
    public var explanationSets: [[String]]
  }

  public var optional: [OptionalDecision]
  /// The key of the final answer, when there is one.
  public var answer: String?
  /// The rule that chose it.
  public var rule: TieBreakRule?
  /// How many extensions there are (listed).
  public var extensionCount: Int
  /// Options whose decision arguments are all undecided: neither accepted
  /// nor rejected (grounded semantics leaves two rival decisions so).
  public var undecided: [String]

  /// Decides from `solution`, grouping its optional decisions by the
  /// option each argues for (`StructuredArgument.decision`);
  /// `clinicalCase` gives the options' order and texts.
  ///
  /// - Complexity: O(*d* · *e* log *n*) for *d* decision arguments and *e*
  ///   extensions of a graph of *n* arguments.
  public init(solution: SolvedGraph, clinicalCase: ClinicalCase) {
    extensionCount = solution.extensions.count
    var argued: [String: [String]] = [:]
    var held: [String: [String]] = [:]
    for argument in solution.graph.decisions {
      guard let option = argument.decision else { continue }
      argued[option, default: []].append(argument.id)
      if solution.standing(of: argument.id)?.isCredulouslyAccepted == true {
        held[option, default: []].append(argument.id)
      }
    }
    var optional: [OptionalDecision] = []
    var undecided: [String] = []
    for option in clinicalCase.options {
      guard let arguments = held[option.key] else {
        if let arguments = argued[option.key],
          arguments.allSatisfy({ solution.standing(of: $0)?.status == .undecided })
        {
          undecided.append(option.key)
        }
        continue
      }
      let sets = solution.explanationSets(forAnyOf: arguments)
      optional.append(
        OptionalDecision(
          option: option.key, text: option.text, arguments: arguments, extensions: sets.count,
          explanationSets: sets))
    }
    self.optional = optional
    self.undecided = undecided
    (answer, rule) = Self.choose(from: optional, extensionCount: extensionCount)
  }

  private static func choose(
    from optional: [OptionalDecision], extensionCount: Int
  ) -> (String?, TieBreakRule?) {
    guard let first = optional.first else { return (nil, nil) }
    if optional.count == 1 {
      return (
        first.option, first.extensions == extensionCount ? .inEveryExtension : .onlyOptionalDecision
      )
    }
    let most = optional.map(\.extensions).max() ?? 0
    let leaders = optional.filter { $0.extensions == most }
    if leaders.count == 1 { return (leaders[0].option, .inMostExtensions) }
    return (leaders[0].option, .firstInOptionOrder)
  }
}
