/// A set of arguments of one framework, as ascending indices.
///
/// Extensions are argument sets. The order is fixed (ascending), so two sets
/// are equal exactly when they hold the same arguments.
public struct ArgumentSet: Hashable, Sendable, RandomAccessCollection {
  /// The indices, ascending and distinct.
  public let indices: [Int]

  /// Creates a set from any indices, sorting them and dropping repeats.
  ///
  /// - Complexity: O(*k* log *k*) for *k* indices.
  public init(_ arguments: some Sequence<Int>) {
    var sorted = Array(arguments)
    sorted.sort()
    var write = 0
    for element in sorted where write == 0 || sorted[write - 1] != element {
      sorted[write] = element
      write += 1
    }
    sorted.removeLast(sorted.count - write)
    indices = sorted
  }

  /// Wraps indices already ascending and distinct.
  init(ascending indices: [Int]) {
    self.indices = indices
  }

  /// Collects the arguments whose flag is set.
  init(members: [Bool]) {
    var indices: [Int] = []
    for (argument, isMember) in members.enumerated() where isMember {
      indices.append(argument)
    }
    self.indices = indices
  }

  /// The empty set.
  public static let empty = ArgumentSet(ascending: [])

  public var startIndex: Int { indices.startIndex }
  public var endIndex: Int { indices.endIndex }
  public subscript(position: Int) -> Int { indices[position] }

  /// Whether `argument` is in the set.
  ///
  /// - Complexity: O(log *k*).
  public func contains(_ argument: Int) -> Bool {
    containsAscending(argument)
  }

  /// Whether every argument of this set is in `other`.
  ///
  /// - Complexity: O(*k* + *l*).
  public func isSubset(of other: ArgumentSet) -> Bool {
    var position = 0
    for argument in indices {
      while position < other.indices.count && other.indices[position] < argument {
        position += 1
      }
      guard position < other.indices.count, other.indices[position] == argument else {
        return false
      }
    }
    return true
  }

  /// The names of the arguments in `framework`.
  public func names(in framework: ArgumentationFramework) -> [String] {
    indices.map(framework.name(of:))
  }

  /// A flag per argument of a framework of `argumentCount` arguments.
  func membership(argumentCount: Int) -> [Bool] {
    var flags = [Bool](repeating: false, count: argumentCount)
    for argument in indices { flags[argument] = true }
    return flags
  }
}

extension ArgumentSet: CustomStringConvertible {
  public var description: String {
    "{" + indices.map(String.init).joined(separator: ", ") + "}"
  }
}
