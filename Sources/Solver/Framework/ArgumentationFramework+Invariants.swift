extension ArgumentationFramework {
  /// Checks the representation: both adjacency arrays cover every argument,
  /// each list is strictly ascending (no duplicate attack), and each
  /// direction mirrors the other.
  ///
  /// Compiled to nothing unless `ARGMED_INTERNAL_CHECKS` is defined, as it
  /// is in debug builds and so in the tests. Past a million arguments and
  /// attacks only the sizes are checked, so that a debug build reads a
  /// framework of millions (a fuzzer's `p af 5777777`) in reasonable time.
  ///
  /// - Complexity: O(*n* + *m*) when compiled in, O(1) past the bound.
  package func _checkInvariants() {
    #if ARGMED_INTERNAL_CHECKS
    precondition(outgoingStart.count == argumentCount + 1)
    precondition(incomingStart.count == argumentCount + 1)
    precondition(outgoingStart.last == outgoingTargets.count)
    precondition(incomingStart.last == incomingSources.count)
    precondition(outgoingTargets.count == incomingSources.count)
    precondition(naming.count == argumentCount)
    guard argumentCount + attackCount <= 1_000_000 else { return }
    var mirrored = 0
    for argument in arguments {
      let targets = attacked(by: argument)
      precondition(zip(targets, targets.dropFirst()).allSatisfy { $0 < $1 })
      let sources = attackers(of: argument)
      precondition(zip(sources, sources.dropFirst()).allSatisfy { $0 < $1 })
      for target in targets {
        precondition(attackers(of: target).containsAscending(argument))
        mirrored += 1
      }
    }
    precondition(mirrored == attackCount)
    #endif
  }
}
