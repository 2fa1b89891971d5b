/// How the arguments of a framework are named.
///
/// ICCMA files number their arguments `1…n`; keeping that as a rule instead
/// of a million strings keeps large frameworks small.
enum ArgumentNaming: Hashable, Sendable {
  /// Arguments called "1" … "n".
  case numbered(Int)
  /// Arguments with names of their own, and the index of each name.
  case named([String], [String: Int32])

  init(names: [String]) throws(SolverError) {
    var index: [String: Int32] = [:]
    index.reserveCapacity(names.count)
    for (position, name) in names.enumerated() {
      if index.updateValue(Int32(position), forKey: name) != nil {
        throw .duplicateArgument(name, location: nil)
      }
    }
    self = .named(names, index)
  }

  var count: Int {
    switch self {
    case .numbered(let count): return count
    case .named(let names, _): return names.count
    }
  }

  func name(of argument: Int) -> String {
    switch self {
    case .numbered: return String(argument + 1)
    case .named(let names, _): return names[argument]
    }
  }

  func index(named name: String) -> Int? {
    switch self {
    case .numbered(let count):
      // Digits only: no sign, no spaces.
      guard !name.isEmpty, name.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
        let number = Int(name), number >= 1, number <= count
      else { return nil }
      return number - 1
    case .named(_, let index):
      return index[name].map(Int.init)
    }
  }
}
