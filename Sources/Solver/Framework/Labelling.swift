/// The label of an argument in a labelling.
public enum Label: UInt8, Hashable, Sendable, CaseIterable {
  /// Accepted: in the extension.
  case `in`
  /// Rejected: attacked by the extension.
  case out
  /// Neither accepted nor rejected.
  case undecided
}

/// A labelling: in, out or undecided for every argument of a framework.
///
/// The labelling of an extension *E* labels *E* in, the arguments *E*
/// attacks out, and the rest undecided (Caminada, "On the issue of
/// reinstatement in argumentation", JELIA 2006). For a complete extension
/// this is a legal complete labelling: an argument is in exactly when all its
/// attackers are out, and out exactly when some attacker is in.
public struct Labelling: Hashable, Sendable {
  /// The label of each argument, by index.
  public let labels: [Label]

  init(labels: [Label]) {
    self.labels = labels
  }

  /// The label of `argument`.
  public subscript(argument: Int) -> Label { labels[argument] }

  /// The arguments labelled `label`.
  ///
  /// - Complexity: O(*n*).
  public func arguments(labelled label: Label) -> ArgumentSet {
    ArgumentSet(ascending: labels.indices.filter { labels[$0] == label })
  }

  /// The arguments labelled in: the extension.
  public var inArguments: ArgumentSet { arguments(labelled: .in) }
  /// The arguments labelled out.
  public var outArguments: ArgumentSet { arguments(labelled: .out) }
  /// The arguments labelled undecided.
  public var undecidedArguments: ArgumentSet { arguments(labelled: .undecided) }
}

extension ArgumentationFramework {
  /// The labelling of `extension`: its members in, the arguments it attacks
  /// out, the others undecided.
  ///
  /// - Complexity: O(*n* + *m*).
  public func labelling(of extension: ArgumentSet) -> Labelling {
    var labels = [Label](repeating: .undecided, count: argumentCount)
    for argument in `extension` {
      for target in attacked(by: argument) { labels[target] = .out }
    }
    for argument in `extension` { labels[argument] = .in }
    return Labelling(labels: labels)
  }

  /// The arguments that `set` attacks, together with `set` itself: its range.
  ///
  /// - Complexity: O(*n* + *m*).
  public func range(of set: ArgumentSet) -> ArgumentSet {
    var flags = set.membership(argumentCount: argumentCount)
    for argument in set {
      for target in attacked(by: argument) { flags[target] = true }
    }
    return ArgumentSet(members: flags)
  }
}
