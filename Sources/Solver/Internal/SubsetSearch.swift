/// The extensions of a framework of a few arguments, found by checking
/// every subset as a bit mask.
///
/// Frameworks split into many tiny components (isolated arguments, short
/// cycles) would otherwise cost a SAT solver each; for up to
/// `maximumSize` arguments the definitions are cheaper to apply directly.
///
/// - Complexity: O(2^*n* · *n*) for the candidate sets, and O(*k*²) to keep
///   the maximal ones among *k* candidates.
struct SubsetSearch {
  /// The largest framework solved this way.
  static let maximumSize = 8

  private let size: Int
  /// The arguments each argument attacks, and its attackers, as masks.
  private let attackedBy: [UInt32]
  private let attackersOf: [UInt32]

  init?(_ framework: ArgumentationFramework) {
    guard framework.argumentCount <= Self.maximumSize else { return nil }
    size = framework.argumentCount
    attackedBy = framework.arguments.map { Self.mask(framework.attacked(by: $0)) }
    attackersOf = framework.arguments.map { Self.mask(framework.attackers(of: $0)) }
  }

  /// The extensions under `semantics`, in ascending order of their masks.
  func extensions(under semantics: Semantics) -> [ArgumentSet] {
    let masks: [UInt32]
    switch semantics {
    case .complete: masks = complete
    case .grounded: masks = [complete.min { $0.nonzeroBitCount < $1.nonzeroBitCount } ?? 0]
    case .preferred: masks = maximal(complete) { $0 }
    case .stable: masks = conflictFree.filter { range(of: $0) == everything }
    case .semiStable: masks = maximal(complete, by: range(of:))
    case .stage: masks = maximal(conflictFree, by: range(of:))
    case .ideal: masks = [ideal]
    }
    return masks.map(Self.set(of:))
  }

  private var everything: UInt32 { size == 32 ? .max : (1 << size) - 1 }

  private var conflictFree: [UInt32] {
    (0...everything).filter { attacked(by: $0) & $0 == 0 }
  }

  private var complete: [UInt32] {
    conflictFree.filter { defended(by: $0) == $0 }
  }

  private var ideal: UInt32 {
    let inEveryPreferred = maximal(complete) { $0 }.reduce(everything) { $0 & $1 }
    // Admissible sets are closed under union within a conflict-free set,
    // so the largest admissible subset is the greatest one.
    return conflictFree.filter { candidate in
      candidate & ~inEveryPreferred == 0 && candidate & ~defended(by: candidate) == 0
    }.max { $0.nonzeroBitCount < $1.nonzeroBitCount } ?? 0
  }

  /// The arguments attacked by some member of `set`.
  private func attacked(by set: UInt32) -> UInt32 {
    var result: UInt32 = 0
    var rest = set
    while rest != 0 {
      result |= attackedBy[rest.trailingZeroBitCount]
      rest &= rest - 1
    }
    return result
  }

  /// The arguments all of whose attackers `set` attacks.
  private func defended(by set: UInt32) -> UInt32 {
    let defeated = attacked(by: set)
    var result: UInt32 = 0
    for argument in 0..<size where attackersOf[argument] & ~defeated == 0 {
      result |= 1 << argument
    }
    return result
  }

  private func range(of set: UInt32) -> UInt32 { set | attacked(by: set) }

  /// The candidates whose key is ⊆-maximal among the candidates' keys.
  private func maximal(_ candidates: [UInt32], by key: (UInt32) -> UInt32) -> [UInt32] {
    let keys = candidates.map(key)
    return candidates.indices.filter { index in
      !keys.contains { $0 != keys[index] && keys[index] & ~$0 == 0 }
    }.map { candidates[$0] }
  }

  private static func mask(_ arguments: ArgumentList) -> UInt32 {
    arguments.reduce(0) { $0 | 1 << $1 }
  }

  private static func set(of mask: UInt32) -> ArgumentSet {
    ArgumentSet(ascending: (0..<32).filter { mask & (1 << $0) != 0 })
  }
}

/// Hands out extensions computed beforehand.
final class ListEnumerator: ExtensionEnumerator {
  private var remaining: ArraySlice<ArgumentSet>

  init(_ extensions: [ArgumentSet]) {
    remaining = extensions[...]
  }

  func next() throws(SolverError) -> ArgumentSet? {
    remaining.popFirst()
  }
}
