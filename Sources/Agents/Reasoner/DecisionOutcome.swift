import Argumentation
import Solver

/// The rule that gave the outcome among the optional decisions.
///
/// The paper leaves the choice open (Example 1 ends with two optional
/// decisions); ArgMed applies these rules in order and names the one that
/// decided. None of them looks at the order the options are listed in:
/// when nothing separates the optional decisions, the outcome is a tie.
public enum DecisionRule: String, Hashable, Sendable, CaseIterable {
  /// One option is held by every extension (skeptically accepted).
  case inEveryExtension = "in-every-extension"
  /// Only one option is optional, though some extension holds no decision.
  case onlyOptionalDecision = "only-optional-decision"
  /// Of several optional decisions, one is preferred to every other by
  /// the case's `better-than` statements.
  case preferred
  /// Of several optional decisions, one has the highest gradual strength,
  /// by more than the tolerance.
  case strongest
  /// Nothing separates the leading optional decisions: no answer.
  case tie

  /// The rule in words, as said of the outcome.
  public var explanation: String {
    switch self {
    case .inEveryExtension: "held by every extension, so skeptically accepted"
    case .onlyOptionalDecision: "the only optional decision, though some extension holds none"
    case .preferred: "preferred to every other optional decision by the case's statements"
    case .strongest: "the strongest optional decision under DF-QuAD, by more than the tolerance"
    case .tie: "no preference separates the leading optional decisions, nor their strengths"
    }
  }
}

/// What the Reasoner decides from a solved graph: the optional decisions
/// (Definition 4), grouped by option, and the outcome: one answer, a tie,
/// or no decision.
///
/// With one optional decision, it is the answer. With several, the case's
/// preference decides first (``OptionPreference``: an option preferred to
/// every other optional one), then gradual strength: each argument's
/// DF-QuAD strength (Rago, Toni, Aurisicchio and Baroni, KR 2016) from a
/// base score of 0.5, on the graph's stated attacks and its supports,
/// without the conflicts the graph derives between rival decisions (those
/// only say that two decisions exclude each other, and would weigh every
/// decision down alike). An option's strength is its strongest optional
/// argument's. The strongest option is the answer when it leads every
/// other by more than ``strengthTolerance``; otherwise the leaders tie.
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
    /// Its strongest argument's DF-QuAD strength, when strengths were
    /// computed.
    public var strength: Double?
    /// The arguments that support one of its arguments, in graph order.
    public var supporters: [String]
  }

  /// Why the answer rather than one other optional decision.
  public struct Contrast: Hashable, Sendable {
    /// What sets the two apart.
    public enum Reason: Hashable, Sendable {
      /// The case prefers another option to the rival: the answer itself,
      /// or an option that, in turn, does not outrank the answer.
      case preference(OptionPreference.Pair)
      /// The answer is stronger, by more than the tolerance.
      case strength(answer: Double, rival: Double)
    }

    public var rival: String
    public var reason: Reason

    public init(rival: String, reason: Reason) {
      self.rival = rival
      self.reason = reason
    }
  }

  public var optional: [OptionalDecision]
  /// The key of the final answer, when there is one.
  public var answer: String?
  /// The rule that gave the outcome, when some option is optional.
  public var rule: DecisionRule?
  /// The options that tie, when the rule is ``DecisionRule/tie``, in the
  /// case's option order.
  public var tied: [String]
  /// Why the answer rather than each other optional decision.
  public var contrasts: [Contrast]
  /// The preference the case's statements state.
  public var preference: OptionPreference
  /// How far ahead the strongest option must be to be the answer.
  public var strengthTolerance: Double
  /// Why there are no strengths, when DF-QuAD did not settle on a cycle.
  public var strengthProblem: String?
  /// How many extensions there are (listed).
  public var extensionCount: Int
  /// Options whose decision arguments are all undecided: neither accepted
  /// nor rejected (grounded semantics leaves two rival decisions so).
  public var undecided: [String]

  /// Whether no decision argument is optional: the paper's Conjecture 1.
  public var noDecision: Bool { optional.isEmpty }

  /// The default of ``strengthTolerance``.
  public static let defaultStrengthTolerance = 0.01

  /// Decides from `solution`, grouping its optional decisions by the
  /// option each argues for (`StructuredArgument.decision`).
  ///
  /// - Parameters:
  ///   - solution: the solved graph, with the preference already applied
  ///     to its attacks.
  ///   - clinicalCase: the case: its options' order and texts.
  ///   - preference: the preference over the options; by default, the
  ///     case's.
  ///   - strengthTolerance: how far ahead the strongest option must be.
  /// - Complexity: O(*d* · *e* log *n*) for *d* decision arguments and *e*
  ///   extensions of a graph of *n* arguments, plus DF-QuAD's O(*n* + *m*)
  ///   on an acyclic graph of *m* relations (O(*k* · (*n* + *m*)) for *k*
  ///   rounds on cycles).
  public init(
    solution: SolvedGraph, clinicalCase: ClinicalCase, preference: OptionPreference? = nil,
    strengthTolerance: Double = defaultStrengthTolerance
  ) {
    extensionCount = solution.extensions.count
    self.preference = preference ?? OptionPreference(clinicalCase)
    self.strengthTolerance = strengthTolerance
    let graph = solution.graph
    var argued: [String: [String]] = [:]
    var held: [String: [String]] = [:]
    for argument in graph.decisions {
      guard let option = argument.decision else { continue }
      argued[option, default: []].append(argument.id)
      if solution.standing(of: argument.id)?.isCredulouslyAccepted == true {
        held[option, default: []].append(argument.id)
      }
    }
    let strengths: [String: Double]?
    switch Self.strengths(of: graph) {
    case .success(let computed):
      strengths = computed
      strengthProblem = nil
    case .failure(let error):
      strengths = nil
      strengthProblem = error.description
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
      let own = Set(arguments)
      optional.append(
        OptionalDecision(
          option: option.key, text: option.text, arguments: arguments, extensions: sets.count,
          explanationSets: sets,
          strength: strengths.map { values in arguments.compactMap { values[$0] }.max() ?? 0.5 },
          supporters: graph.supports.filter { own.contains($0.target) }.map(\.supporter)
            .reduce(into: []) { if !$0.contains($1) { $0.append($1) } }))
    }
    self.optional = optional
    self.undecided = undecided
    (answer, rule, tied, contrasts) = (nil, nil, [], [])
    choose()
  }

  /// Every argument's DF-QuAD strength from a base score of 0.5, on the
  /// graph's stated attacks and its supports.
  private static func strengths(of graph: ArgumentGraph) -> Result<[String: Double], SolverError> {
    let names = graph.arguments.map(\.id)
    do throws(SolverError) {
      let framework = try QuantitativeBipolarFramework(
        names: names, baseScores: names.map { _ in 0.5 },
        attacks: graph.explicitAttacks.map { ($0.attacker, $0.target) },
        supports: graph.supports.map { ($0.supporter, $0.target) })
      let computed = try framework.strengths(under: .dfQuAD)
      return .success(
        Dictionary(uniqueKeysWithValues: zip(names, computed.strengths)))
    } catch {
      return .failure(error)
    }
  }

  /// Applies the rules in order.
  private mutating func choose() {
    guard let first = optional.first else { return }
    if optional.count == 1 {
      answer = first.option
      rule = first.extensions == extensionCount ? .inEveryExtension : .onlyOptionalDecision
      return
    }
    let preference = preference
    let keys = optional.map(\.option)
    let undominated = keys.filter { key in !keys.contains { preference.prefers($0, over: key) } }
    var leaders = undominated
    if undominated.count == 1 {
      rule = .preferred
    } else if strengthProblem == nil {
      let best = undominated.compactMap { strength(of: $0) }.max() ?? 0
      leaders = undominated.filter { best - (strength(of: $0) ?? 0) <= strengthTolerance }
      rule = leaders.count == 1 ? .strongest : .tie
    } else {
      rule = .tie
    }
    guard leaders.count == 1, let chosen = leaders.first else {
      tied = leaders
      return
    }
    answer = chosen
    contrasts = optional.filter { $0.option != chosen }.map { rival in
      if let chain = preference.chain(from: chosen, to: rival.option) {
        return Contrast(
          rival: rival.option,
          reason: .preference(.init(preferred: chosen, over: rival.option, chain: chain)))
      }
      if let pair = preference.pairs.first(where: {
        $0.over == rival.option && undominated.contains($0.preferred)
      }) {
        return Contrast(rival: rival.option, reason: .preference(pair))
      }
      return Contrast(
        rival: rival.option,
        reason: .strength(answer: strength(of: chosen) ?? 0.5, rival: rival.strength ?? 0.5))
    }
  }

  /// The strength of an optional option.
  public func strength(of option: String) -> Double? {
    optional.first { $0.option == option }?.strength
  }
}
