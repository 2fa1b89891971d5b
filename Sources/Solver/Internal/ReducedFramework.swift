/// A framework with its grounded labelling fixed: what is left to search.
///
/// In every complete extension the grounded in arguments are in and the
/// arguments they attack are out. The undecided arguments of the grounded
/// labelling form the *core*: the complete (preferred, stable, semi-stable,
/// ideal) extensions of the framework are exactly the grounded extension
/// joined with those of the core. The core is often far smaller than the
/// framework, and it has an empty grounded extension.
///
/// Stage semantics is not complete-based, so for it the core is the whole
/// framework (`reducing: false`).
struct ReducedFramework {
  let original: ArgumentationFramework
  /// The grounded extension, or empty when not reducing.
  let fixedIn: ArgumentSet
  /// The framework restricted to the undecided arguments.
  let core: ArgumentationFramework
  /// The original index of each core argument.
  let originalIndex: [Int]
  /// The core index of each original argument, or -1 outside the core.
  let coreIndex: [Int32]
  /// The grounded label of each original argument (all undecided when not
  /// reducing).
  let fixedLabels: [Label]

  /// - Complexity: O(*n* + *m*).
  init(_ framework: ArgumentationFramework, reducing: Bool) {
    original = framework
    guard reducing else {
      fixedIn = .empty
      core = framework
      originalIndex = Array(framework.arguments)
      coreIndex = framework.arguments.map { Int32($0) }
      fixedLabels = [Label](repeating: .undecided, count: framework.argumentCount)
      return
    }
    let grounded = framework.groundedLabelling()
    fixedLabels = grounded.labels
    fixedIn = grounded.inArguments
    var coreIndex = [Int32](repeating: -1, count: framework.argumentCount)
    var originalIndex: [Int] = []
    for argument in framework.arguments where grounded[argument] == .undecided {
      coreIndex[argument] = Int32(originalIndex.count)
      originalIndex.append(argument)
    }
    self.coreIndex = coreIndex
    self.originalIndex = originalIndex
    core = framework.restricted(to: originalIndex, localIndex: coreIndex)
  }

  /// The original extension made of the fixed in arguments and `coreSet`.
  func lift(_ coreSet: ArgumentSet) -> ArgumentSet {
    var members = fixedIn.indices
    members.append(contentsOf: coreSet.indices.map { originalIndex[$0] })
    return ArgumentSet(members)
  }

  /// Where an original argument stands: fixed in, fixed out, or at a core
  /// index still to be decided.
  enum Standing {
    case fixedIn
    case fixedOut
    case open(Int)
  }

  func standing(of argument: Int) -> Standing {
    switch fixedLabels[argument] {
    case .in: return .fixedIn
    case .out: return .fixedOut
    case .undecided: return .open(Int(coreIndex[argument]))
    }
  }
}
