/// A Dung abstract argumentation framework: arguments and an attack relation.
///
/// Arguments have dense indices `0..<argumentCount` and names. Attacks are
/// stored twice, as compact adjacency arrays in both directions, so that the
/// attackers of an argument and the arguments it attacks are both a slice
/// away. Duplicate attacks are folded into one; self-attacks are kept.
///
/// ```swift
/// let framework = try ArgumentationFramework(
///   names: ["a", "b", "c"], attacks: [("a", "b"), ("b", "c")])
/// framework.attackers(of: 2)  // [1]
/// ```
///
/// - SeeAlso: Dung, "On the acceptability of arguments and its fundamental
///   role in nonmonotonic reasoning, logic programming and n-person games",
///   Artificial Intelligence 77(2), 1995.
public struct ArgumentationFramework: Hashable, Sendable {
  /// The number of arguments.
  public let argumentCount: Int
  /// The number of distinct attacks.
  public var attackCount: Int { outgoingTargets.count }

  let naming: ArgumentNaming
  /// `outgoingTargets[outgoingStart[a]..<outgoingStart[a + 1]]` are the
  /// arguments that `a` attacks, ascending.
  let outgoingStart: [Int]
  let outgoingTargets: [Int32]
  /// `incomingSources[incomingStart[a]..<incomingStart[a + 1]]` are the
  /// attackers of `a`, ascending.
  let incomingStart: [Int]
  let incomingSources: [Int32]

  /// Creates a framework of arguments numbered `0..<argumentCount`, named
  /// `"1"` … `"n"` as in ICCMA files, from attacks given by index.
  ///
  /// - Throws: `SolverError.argumentOutOfRange` for an index outside the
  ///   arguments.
  /// - Complexity: O(*n* + *m*), where *n* is the number of arguments and
  ///   *m* the number of attacks.
  public init(argumentCount: Int, attacks: some Sequence<(Int, Int)>) throws(SolverError) {
    var sources: [Int32] = []
    var targets: [Int32] = []
    sources.reserveCapacity(attacks.underestimatedCount)
    targets.reserveCapacity(attacks.underestimatedCount)
    for (attacker, attacked) in attacks {
      for index in [attacker, attacked] where !(0..<argumentCount).contains(index) {
        throw .argumentOutOfRange(index, argumentCount: argumentCount)
      }
      sources.append(Int32(attacker))
      targets.append(Int32(attacked))
    }
    self.init(naming: .numbered(argumentCount), sources: sources, targets: targets)
  }

  /// Creates a framework from argument names and attacks between names.
  ///
  /// - Throws: `SolverError.duplicateArgument` when a name repeats,
  ///   `SolverError.unknownArgument` when an attack names an undeclared
  ///   argument.
  /// - Complexity: O(*n* + *m*) expected, hashing each name once.
  public init(
    names: [String], attacks: some Sequence<(String, String)>
  ) throws(SolverError) {
    let naming = try ArgumentNaming(names: names)
    var sources: [Int32] = []
    var targets: [Int32] = []
    for (attacker, attacked) in attacks {
      guard let source = naming.index(named: attacker) else {
        throw .unknownArgument(attacker, location: nil)
      }
      guard let target = naming.index(named: attacked) else {
        throw .unknownArgument(attacked, location: nil)
      }
      sources.append(Int32(source))
      targets.append(Int32(target))
    }
    self.init(naming: naming, sources: sources, targets: targets)
  }

  /// Builds the adjacency arrays from validated attack lists.
  ///
  /// - Precondition: every index lies in `0..<naming.count`.
  /// - Complexity: O(*n* + *m* log *d*) for the largest out-degree *d*: a
  ///   counting sort by attacker, each attacker's short list sorted in
  ///   place, duplicates folded, then a counting sort the other way.
  init(naming: ArgumentNaming, sources: [Int32], targets: [Int32]) {
    let n = naming.count
    argumentCount = n
    self.naming = naming
    var (outCount, sorted) = Self.bucket(keys: sources, values: targets, count: n)
    // Sort each attacker's targets and fold duplicates, compacting as we go.
    var start = [Int](repeating: 0, count: n + 1)
    var write = 0
    sorted.withUnsafeMutableBufferPointer { targets in
      for source in 0..<n {
        start[source] = write
        let list = UnsafeMutableBufferPointer(
          rebasing: targets[outCount[source]..<outCount[source + 1]])
        Self.sortShortList(list)
        var previous: Int32 = -1
        for target in list where target != previous {
          targets[write] = target
          write += 1
          previous = target
        }
      }
    }
    outCount = []
    start[n] = write
    sorted.removeLast(sorted.count - write)
    outgoingStart = start
    outgoingTargets = sorted
    // The reverse direction from the folded forward one.
    var incomingSourceOf = [Int32](repeating: 0, count: write)
    for source in 0..<n {
      for slot in start[source]..<start[source + 1] {
        incomingSourceOf[slot] = Int32(source)
      }
    }
    let byAttacked = Self.bucket(keys: sorted, values: incomingSourceOf, count: n)
    incomingStart = byAttacked.start
    incomingSources = byAttacked.values
    _checkInvariants()
  }

  /// Sorts a list in place: insertion sort for the short lists of sparse
  /// frameworks, the standard library's sort for long ones.
  private static func sortShortList(_ list: UnsafeMutableBufferPointer<Int32>) {
    guard list.count > 16 else {
      for index in list.indices.dropFirst() {
        let value = list[index]
        var position = index
        while position > list.startIndex && list[position - 1] > value {
          list[position] = list[position - 1]
          position -= 1
        }
        list[position] = value
      }
      return
    }
    var sortable = list
    sortable.sort()
  }

  /// Groups `values` by `keys` with a stable counting sort.
  private static func bucket(
    keys: [Int32], values: [Int32], count: Int
  ) -> (start: [Int], values: [Int32]) {
    var start = [Int](repeating: 0, count: count + 1)
    for key in keys { start[Int(key) + 1] += 1 }
    for index in 0..<count { start[index + 1] += start[index] }
    var cursor = start
    var grouped = [Int32](repeating: 0, count: values.count)
    // The hot loop of reading a large file: unchecked, since every key is
    // below `count` and the cursors stay within the bucket bounds.
    grouped.withUnsafeMutableBufferPointer { grouped in
      cursor.withUnsafeMutableBufferPointer { cursor in
        keys.withUnsafeBufferPointer { keys in
          values.withUnsafeBufferPointer { values in
            for slot in 0..<keys.count {
              let key = Int(keys[slot])
              grouped[cursor[key]] = values[slot]
              cursor[key] += 1
            }
          }
        }
      }
    }
    return (start, grouped)
  }
}

extension ArgumentationFramework {
  /// The arguments, `0..<argumentCount`.
  public var arguments: Range<Int> { 0..<argumentCount }

  /// The attackers of `argument`, ascending.
  ///
  /// - Complexity: O(1).
  public func attackers(of argument: Int) -> ArgumentList {
    ArgumentList(incomingSources[incomingStart[argument]..<incomingStart[argument + 1]])
  }

  /// The arguments that `argument` attacks, ascending.
  ///
  /// - Complexity: O(1).
  public func attacked(by argument: Int) -> ArgumentList {
    ArgumentList(outgoingTargets[outgoingStart[argument]..<outgoingStart[argument + 1]])
  }

  /// Whether `attacker` attacks `attacked`.
  ///
  /// - Complexity: O(log *d*), where *d* is the out-degree of `attacker`.
  public func attacks(_ attacker: Int, _ attacked: Int) -> Bool {
    self.attacked(by: attacker).containsAscending(attacked)
  }

  /// Every attack, ordered by attacker and then by target.
  public var attacks: [(attacker: Int, attacked: Int)] {
    var result: [(attacker: Int, attacked: Int)] = []
    result.reserveCapacity(attackCount)
    for source in arguments {
      for target in attacked(by: source) {
        result.append((source, target))
      }
    }
    return result
  }

  /// The name of `argument`: its name in the file it came from, or its
  /// 1-based number for frameworks without names.
  public func name(of argument: Int) -> String {
    naming.name(of: argument)
  }

  /// The names of all arguments, by index.
  public var names: [String] { arguments.map(name(of:)) }

  /// Whether the arguments carry their own names (APX, TGF) rather than
  /// numbers (i23).
  public var hasNamedArguments: Bool {
    if case .named = naming { return true }
    return false
  }

  /// The index of the argument called `name`, if there is one.
  ///
  /// - Complexity: O(1) expected.
  public func index(named name: String) -> Int? {
    naming.index(named: name)
  }
}

/// The arguments adjacent to one argument: a slice of an adjacency array.
public struct ArgumentList: RandomAccessCollection, Sendable {
  let storage: ArraySlice<Int32>

  init(_ storage: ArraySlice<Int32>) { self.storage = storage }

  public var startIndex: Int { storage.startIndex }
  public var endIndex: Int { storage.endIndex }
  public subscript(position: Int) -> Int { Int(storage[position]) }
}

extension RandomAccessCollection where Element == Int, Index == Int {
  /// Whether the ascending collection holds `argument`, by binary search.
  ///
  /// - Complexity: O(log *k*).
  func containsAscending(_ argument: Int) -> Bool {
    var low = startIndex
    var high = endIndex
    while low < high {
      let middle = (low + high) / 2
      if self[middle] < argument { low = middle + 1 } else { high = middle }
    }
    return low < endIndex && self[low] == argument
  }
}
