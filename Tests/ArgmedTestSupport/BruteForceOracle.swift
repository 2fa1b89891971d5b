import Solver

/// The extensions of a small framework by the definitions, checking every
/// subset of arguments: the independent oracle the solver is tested against.
///
/// - Complexity: O(2^*n* · (*n* + *m*)); meant for *n* ≤ 12.
public struct BruteForceOracle {
  public let framework: ArgumentationFramework
  /// Every conflict-free set.
  public let conflictFreeSets: [ArgumentSet]

  public init(_ framework: ArgumentationFramework) {
    precondition(framework.argumentCount <= 20, "the oracle enumerates 2^n subsets")
    self.framework = framework
    let n = framework.argumentCount
    conflictFreeSets = (0..<(1 << n)).lazy
      .map { mask in ArgumentSet((0..<n).filter { mask & (1 << $0) != 0 }) }
      .filter(framework.isConflictFree)
  }

  /// The extensions under `semantics`, sorted by their index lists.
  public func extensions(under semantics: Semantics) -> [ArgumentSet] {
    let result: [ArgumentSet]
    switch semantics {
    case .complete:
      result = complete
    case .grounded:
      // The least complete extension: the intersection of all of them.
      let complete = complete
      result = [
        ArgumentSet(
          framework.arguments.filter { argument in
            complete.allSatisfy { $0.contains(argument) }
          })
      ]
    case .preferred:
      result = maximal(complete)
    case .stable:
      result = conflictFreeSets.filter(framework.isStable)
    case .semiStable:
      result = maximalByRange(complete)
    case .stage:
      result = maximalByRange(conflictFreeSets)
    case .ideal:
      let preferred = maximal(complete)
      let admissibleInAll = conflictFreeSets.filter { set in
        framework.isAdmissible(set) && preferred.allSatisfy { set.isSubset(of: $0) }
      }
      result = maximal(admissibleInAll)
    }
    return result.sorted { $0.lexicographicallyPrecedes($1) }
  }

  private var complete: [ArgumentSet] {
    conflictFreeSets.filter(framework.isComplete)
  }

  private func maximal(_ sets: [ArgumentSet]) -> [ArgumentSet] {
    sets.filter { set in
      !sets.contains { $0.count > set.count && set.isSubset(of: $0) }
    }
  }

  private func maximalByRange(_ sets: [ArgumentSet]) -> [ArgumentSet] {
    let ranges = sets.map(framework.range(of:))
    return sets.indices.filter { index in
      !ranges.contains { $0.count > ranges[index].count && ranges[index].isSubset(of: $0) }
    }.map { sets[$0] }
  }
}
