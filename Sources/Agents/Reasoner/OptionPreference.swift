/// A preference over a case's options, from its `better-than` statements:
/// transitively closed, with contradictions cancelled.
///
/// "C better than B" and "B better than A" make C preferred to A too. A
/// cycle ("A better than B", "B better than A") is a contradiction: the
/// options on it are preferred to none of each other, and the cycle is
/// kept in ``conflicts`` so that the report can name it. An option on a
/// cycle is still preferred to what the whole cycle is preferred to.
///
/// The preference is applied to the argument graph as preference-based
/// argumentation applies it (Amgoud and Cayrol, "A reasoning model based
/// on the production of acceptable arguments", AMAI 34, 2002): an attack
/// from an argument for the less preferred option on one for the
/// preferred option fails (`ArgumentGraph.prefer(_:over:)`).
///
/// - Complexity: O(*k* · (*k* + *s*)) to build, for *k* options and *s*
///   statements: one search from each option.
public struct OptionPreference: Hashable, Sendable {
  /// One option preferred to another, and the statements that say so: a
  /// chain of `better-than` statements from `preferred` to `over`.
  public struct Pair: Hashable, Sendable {
    public var preferred: String
    public var over: String
    /// The option keys along the chain, `preferred` first and `over` last:
    /// each is stated better than the next.
    public var chain: [String]

    public init(preferred: String, over: String, chain: [String]) {
      self.preferred = preferred
      self.over = over
      self.chain = chain
    }
  }

  /// Every strict preference, in the case's option order of `preferred`,
  /// then of `over`.
  public var pairs: [Pair]
  /// The sets of options whose statements contradict each other (each a
  /// cycle of `better-than`), each in the case's option order.
  public var conflicts: [[String]]

  private var chains: [String: [String: [String]]]

  /// The preference the `better-than` statements of `clinicalCase` state.
  public init(_ clinicalCase: ClinicalCase) {
    let keys = clinicalCase.options.map(\.key)
    var better: [String: [String]] = [:]
    for statement in clinicalCase.knowledge where statement.kind == .betterThan {
      guard let than = statement.fields["than"], than != statement.option,
        !(better[statement.option] ?? []).contains(than)
      else { continue }
      better[statement.option, default: []].append(than)
    }
    for key in better.keys { better[key]?.sort(by: ClinicalCase.precedesNaturally) }
    // Breadth-first from each option: the shortest chain to each option it beats.
    var reach: [String: [String: [String]]] = [:]
    for start in keys {
      var chains: [String: [String]] = [:]
      var frontier = [[start]]
      while !frontier.isEmpty {
        var next: [[String]] = []
        for chain in frontier {
          for target in better[chain[chain.count - 1]] ?? []
          where target != start && chains[target] == nil {
            chains[target] = chain + [target]
            next.append(chain + [target])
          }
        }
        frontier = next
      }
      reach[start] = chains
    }
    var pairs: [Pair] = []
    var strict: [String: [String: [String]]] = [:]
    var onACycle: [String: Set<String>] = [:]
    for preferred in keys {
      for over in keys where preferred != over {
        guard let chain = reach[preferred]?[over] else { continue }
        if reach[over]?[preferred] != nil {
          onACycle[preferred, default: []].insert(over)
        } else {
          pairs.append(Pair(preferred: preferred, over: over, chain: chain))
          strict[preferred, default: [:]][over] = chain
        }
      }
    }
    var conflicts: [[String]] = []
    var placed: Set<String> = []
    for key in keys where !placed.contains(key) {
      guard let others = onACycle[key] else { continue }
      let cycle = keys.filter { $0 == key || others.contains($0) }
      placed.formUnion(cycle)
      conflicts.append(cycle)
    }
    self.pairs = pairs
    self.conflicts = conflicts
    self.chains = strict
  }

  /// Whether `preferred` is strictly preferred to `other`.
  public func prefers(_ preferred: String, over other: String) -> Bool {
    chains[preferred]?[other] != nil
  }

  /// The chain of statements that makes `preferred` preferred to `other`.
  public func chain(from preferred: String, to other: String) -> [String]? {
    chains[preferred]?[other]
  }

  /// The conflict that holds both options, when their statements
  /// contradict each other.
  public func conflict(between first: String, and second: String) -> [String]? {
    conflicts.first { $0.contains(first) && $0.contains(second) }
  }
}
