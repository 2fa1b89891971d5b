/// The cone of influence of an argument: the arguments from which a chain
/// of attacks leads to it, the argument included.
///
/// The cone is closed under attackers, and complete and preferred
/// semantics are directional: the extensions of the cone are exactly the
/// extensions of the framework cut down to the cone. So whether an argument
/// is credulously accepted under complete or preferred semantics, or
/// skeptically under preferred, is decided on its cone alone; only the
/// witness needs the rest. ASPARTIX-V prunes its encodings the same way.
///
/// - SeeAlso: Baroni and Giacomin, "On principle-based evaluation of
///   extension-based argumentation semantics", AIJ 171, 2007
///   (directionality).
/// - Complexity: O(*n* + *m*), with a work list.
struct Cone {
  /// The framework induced by the cone.
  let framework: ArgumentationFramework
  /// The index in the whole framework of each cone argument.
  let originalIndex: [Int]
  /// The query's index in the cone.
  let query: Int
  /// Whether every argument of the whole framework is in the cone.
  let isEverything: Bool

  init(of whole: ArgumentationFramework, around query: Int) {
    var localIndex = [Int32](repeating: -1, count: whole.argumentCount)
    var members = [query]
    localIndex[query] = 0
    var position = 0
    while position < members.count {
      for attacker in whole.attackers(of: members[position]) where localIndex[attacker] < 0 {
        localIndex[attacker] = Int32(members.count)
        members.append(attacker)
      }
      position += 1
    }
    isEverything = members.count == whole.argumentCount
    framework = isEverything ? whole : whole.restricted(to: members, localIndex: localIndex)
    originalIndex = isEverything ? Array(whole.arguments) : members
    self.query = isEverything ? query : 0
  }

  /// A cone set in the indices of the whole framework.
  func lift(_ set: ArgumentSet) -> ArgumentSet {
    isEverything ? set : ArgumentSet(set.indices.map { originalIndex[$0] })
  }

  /// Assumptions that fix the cone part of an extension of the whole
  /// framework to `set` (in the whole framework's indices).
  func literals(fixing set: ArgumentSet, in encoding: ExtensionEncoding) -> [Int32] {
    originalIndex.map { argument in
      set.contains(argument) ? encoding.inVariable(argument) : -encoding.inVariable(argument)
    }
  }
}
