/// The weakly connected components of a framework, each as a framework of
/// its own.
///
/// Arguments in different components never interact, so the extensions of
/// every semantics here are the unions of one extension per component, and
/// the number of extensions is the product of the components' numbers.
/// Solving the components apart keeps each SAT problem small.
///
/// - Complexity: O(*n* + *m*) to split, with a work list (no recursion).
struct Components {
  /// Each component, with the index in the whole framework of each of its
  /// arguments.
  let parts: [(framework: ArgumentationFramework, originalIndex: [Int])]
  /// The component of each argument, and its index there.
  let place: [(component: Int32, index: Int32)]

  init(of framework: ArgumentationFramework) {
    let n = framework.argumentCount
    var place = [(component: Int32, index: Int32)](repeating: (-1, -1), count: n)
    var members: [[Int]] = []
    var stack: [Int] = []
    for root in framework.arguments where place[root].component < 0 {
      let component = Int32(members.count)
      var list: [Int] = []
      place[root] = (component, 0)
      stack.append(root)
      while let argument = stack.popLast() {
        place[argument].index = Int32(list.count)
        list.append(argument)
        for neighbour in framework.attacked(by: argument) where place[neighbour].component < 0 {
          place[neighbour].component = component
          stack.append(neighbour)
        }
        for neighbour in framework.attackers(of: argument) where place[neighbour].component < 0 {
          place[neighbour].component = component
          stack.append(neighbour)
        }
      }
      members.append(list)
    }
    if members.count <= 1 {
      // One component: the framework itself, indices unchanged.
      self.place = framework.arguments.map { (0, Int32($0)) }
      parts = [(framework, Array(framework.arguments))]
      return
    }
    self.place = place
    let localIndex = place.map(\.index)
    // Lone arguments, attacking themselves or not, share one framework each:
    // a framework of millions of them then builds two, not millions.
    let lone = ArgumentationFramework(naming: .numbered(1), sources: [], targets: [])
    let loneSelfAttacking = ArgumentationFramework(naming: .numbered(1), sources: [0], targets: [0])
    parts = members.map { list in
      guard list.count == 1 else {
        return (framework.restricted(to: list, localIndex: localIndex), list)
      }
      return (framework.attacks(list[0], list[0]) ? loneSelfAttacking : lone, list)
    }
  }

  /// The set of the whole framework made of one set per component.
  func join(_ sets: [ArgumentSet]) -> ArgumentSet {
    var indices: [Int] = []
    for (set, part) in zip(sets, parts) {
      indices.append(contentsOf: set.indices.map { part.originalIndex[$0] })
    }
    return ArgumentSet(indices)
  }
}
