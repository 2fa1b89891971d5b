extension ArgumentationFramework {
  /// The framework induced by some of the arguments: `members`, numbered in
  /// that order, and the attacks between them.
  ///
  /// - Parameters:
  ///   - members: the arguments kept.
  ///   - localIndex: for every argument of this framework, its position in
  ///     `members`, or a negative number when it is not kept.
  /// - Returns: the framework of the kept arguments, numbered `0..<k`.
  /// - Complexity: O(*k* + *m'*) for *k* members with *m'* outgoing attacks.
  func restricted(to members: [Int], localIndex: [Int32]) -> ArgumentationFramework {
    var sources: [Int32] = []
    var targets: [Int32] = []
    for argument in members {
      for target in attacked(by: argument) where localIndex[target] >= 0 {
        sources.append(localIndex[argument])
        targets.append(localIndex[target])
      }
    }
    return ArgumentationFramework(
      naming: .numbered(members.count), sources: sources, targets: targets)
  }
}
