extension ArgumentationFramework {
  /// Whether no argument of `set` attacks an argument of `set`.
  ///
  /// - Complexity: O(*n* + *m*).
  public func isConflictFree(_ set: ArgumentSet) -> Bool {
    let members = set.membership(argumentCount: argumentCount)
    return set.allSatisfy { argument in
      !attacked(by: argument).contains { members[$0] }
    }
  }

  /// Whether `set` is conflict-free and defends each of its members: every
  /// attacker of a member is attacked by the set (Dung 1995, definition 6).
  ///
  /// - Complexity: O(*n* + *m*).
  public func isAdmissible(_ set: ArgumentSet) -> Bool {
    guard isConflictFree(set) else { return false }
    let defeated = defeatedArguments(by: set)
    return set.allSatisfy { argument in
      attackers(of: argument).allSatisfy { defeated[$0] }
    }
  }

  /// Whether `set` is admissible and contains every argument it defends
  /// (Dung 1995, definition 23).
  ///
  /// - Complexity: O(*n* + *m*).
  public func isComplete(_ set: ArgumentSet) -> Bool {
    guard isAdmissible(set) else { return false }
    let defeated = defeatedArguments(by: set)
    let members = set.membership(argumentCount: argumentCount)
    return arguments.allSatisfy { argument in
      members[argument] || !attackers(of: argument).allSatisfy { defeated[$0] }
    }
  }

  /// Whether `set` is conflict-free and attacks every argument outside it
  /// (Dung 1995, definition 12).
  ///
  /// - Complexity: O(*n* + *m*).
  public func isStable(_ set: ArgumentSet) -> Bool {
    guard isConflictFree(set) else { return false }
    let defeated = defeatedArguments(by: set)
    let members = set.membership(argumentCount: argumentCount)
    return arguments.allSatisfy { members[$0] || defeated[$0] }
  }

  /// A flag per argument: whether `set` attacks it.
  func defeatedArguments(by set: ArgumentSet) -> [Bool] {
    var defeated = [Bool](repeating: false, count: argumentCount)
    for argument in set {
      for target in attacked(by: argument) { defeated[target] = true }
    }
    return defeated
  }
}
