/// Runs a semantics' search on each weakly connected component of a core
/// framework apart, and puts the answers together.
///
/// Extensions of the whole are unions of one extension per component, so
/// enumeration walks the product of the components' extensions (fetching
/// each component's extensions only when needed), counting multiplies their
/// counts, and acceptance searches only the query's component, the others
/// adding just any extension of theirs to the witness. Components of at most
/// `SubsetSearch.maximumSize` arguments are solved without SAT, and one
/// extension is found component after component, so that a framework of a
/// million tiny components needs neither a million SAT solvers at once nor
/// one each.
struct ComponentwiseSearch {
  let semantics: Semantics
  let budget: SearchBudget
  /// The extensions of the small components solved so far, by framework.
  private let smallSolutions = SmallSolutions()

  init(semantics: Semantics, budget: SearchBudget) {
    self.semantics = semantics
    self.budget = budget
  }

  /// An enumerator of the extensions of `core`.
  func enumerator(of core: ArgumentationFramework) -> any ExtensionEnumerator {
    let components = Components(of: core)
    guard components.parts.count > 1 else { return makeEnumerator(core) }
    return ProductEnumerator(components: components) { makeEnumerator($0) }
  }

  /// Some extension of `core`, or `nil` when it has none.
  func firstExtension(of core: ArgumentationFramework) throws(SolverError) -> ArgumentSet? {
    let components = Components(of: core)
    var sets: [ArgumentSet] = []
    for part in components.parts {
      try budget.check()
      guard let found = try someExtension(of: part.framework) else { return nil }
      sets.append(found)
    }
    return components.join(sets)
  }

  /// The number of extensions of `core`.
  func count(of core: ArgumentationFramework) throws(SolverError) -> ExtensionCount {
    var counts: [Int] = []
    for part in Components(of: core).parts {
      let enumerator = makeEnumerator(part.framework)
      var count = 0
      while try enumerator.next() != nil {
        try budget.check()
        count += 1
      }
      if count == 0 { return 0 }
      counts.append(count)
    }
    // Multiply in machine words while the product fits, so that a million
    // small factors cost a few thousand multiplications of the big count.
    var total: ExtensionCount = 1
    var pending = 1
    for count in counts {
      let (product, overflow) = pending.multipliedReportingOverflow(by: count)
      if overflow {
        total.multiply(by: pending)
        pending = count
      } else {
        pending = product
      }
    }
    total.multiply(by: pending)
    return total
  }

  /// The ideal extension of `core`: the union of its components' ones.
  func idealExtension(of core: ArgumentationFramework) throws(SolverError) -> ArgumentSet {
    let components = Components(of: core)
    var sets: [ArgumentSet] = []
    for part in components.parts {
      try budget.check()
      if part.framework.argumentCount <= SubsetSearch.maximumSize {
        sets.append(smallSolutions.extensions(of: part.framework, under: .ideal)[0])
      } else {
        sets.append(try Solver.idealExtension(of: part.framework, budget: budget))
      }
    }
    return components.join(sets)
  }

  /// An extension of `core` that includes (or excludes) `query`, or `nil`.
  func witness(
    _ including: Bool, _ query: Int, in core: ArgumentationFramework
  ) throws(SolverError) -> ArgumentSet? {
    let components = Components(of: core)
    let home = Int(components.place[query].component)
    let local = Int(components.place[query].index)
    var sets: [ArgumentSet] = []
    for (index, part) in components.parts.enumerated() {
      try budget.check()
      let found: ArgumentSet?
      if index == home {
        found = try search(including, local, in: part.framework)
      } else if semantics == .complete {
        // A core has an empty grounded extension: ∅ is complete there.
        found = .empty
      } else {
        found = try someExtension(of: part.framework)
      }
      guard let found else { return nil }
      sets.append(found)
    }
    return components.join(sets)
  }

  private func search(
    _ including: Bool, _ query: Int, in framework: ArgumentationFramework
  ) throws(SolverError) -> ArgumentSet? {
    if framework.argumentCount <= SubsetSearch.maximumSize {
      return smallSolutions.extensions(of: framework, under: semantics).first {
        $0.contains(query) == including
      }
    }
    switch (semantics, including) {
    case (.complete, _):
      let cone = Cone(of: framework, around: query)
      guard
        let local = try completeExtension(
          containing: cone.query, in: cone.framework, budget: budget)
      else { return nil }
      return framework.leastCompleteLabelling(containing: cone.lift(local)).inArguments
    case (.preferred, _):
      let cone = Cone(of: framework, around: query)
      let local =
        including
        ? try preferredExtension(containing: cone.query, in: cone.framework, budget: budget)
        : try preferredExtension(excluding: cone.query, in: cone.framework, budget: budget)
      return try local.map { local throws(SolverError) in
        try extendToPreferred(local, on: cone, in: framework)
      }
    case (.stable, _):
      return try stableExtension(including, query, in: framework, budget: budget)
    case (.semiStable, _):
      return try rangeMaximalExtension(
        including, query, in: framework, base: .complete, budget: budget)
    case (.stage, _):
      return try rangeMaximalExtension(
        including, query, in: framework, base: .conflictFree, budget: budget)
    case (.grounded, _), (.ideal, _):
      preconditionFailure("\(semantics) is decided without a search")
    }
  }

  /// A preferred extension of `framework` whose part in the cone is the
  /// cone's preferred extension `local`.
  ///
  /// Start from the least complete extension containing it, and grow with
  /// the cone fixed: a larger complete extension would agree with `local`
  /// on the cone, by the maximality of `local` there.
  private func extendToPreferred(
    _ local: ArgumentSet, on cone: Cone, in framework: ArgumentationFramework
  ) throws(SolverError) -> ArgumentSet {
    let start = framework.leastCompleteLabelling(containing: cone.lift(local)).inArguments
    if cone.isEverything { return start }
    let encoding = ExtensionEncoding(
      framework, base: .admissible, withRange: false, budget: budget)
    let fixed = cone.literals(fixing: start, in: encoding)
    guard try encoding.solve(assuming: fixed + start.map(encoding.inVariable)) else {
      preconditionFailure("the least complete extension of an admissible set is complete")
    }
    return try encoding.grow(encoding.lastExtension, over: encoding.inVariable, assuming: fixed)
  }

  /// Some extension of a component, or `nil` when it has none.
  private func someExtension(
    of framework: ArgumentationFramework
  ) throws(SolverError) -> ArgumentSet? {
    if semantics == .preferred && framework.argumentCount > SubsetSearch.maximumSize {
      return try somePreferredExtension(of: framework, budget: budget)
    }
    return try makeEnumerator(framework).next()
  }

  private func makeEnumerator(_ framework: ArgumentationFramework) -> any ExtensionEnumerator {
    if framework.argumentCount <= SubsetSearch.maximumSize {
      return ListEnumerator(smallSolutions.extensions(of: framework, under: semantics))
    }
    return switch semantics {
    case .complete, .grounded, .ideal: ModelEnumerator(framework, base: .complete, budget: budget)
    case .stable: ModelEnumerator(framework, base: .stable, budget: budget)
    case .preferred: PreferredEnumerator(framework, budget: budget)
    case .semiStable: RangeMaximalEnumerator(framework, base: .complete, budget: budget)
    case .stage: RangeMaximalEnumerator(framework, base: .conflictFree, budget: budget)
    }
  }
}

/// Enumerates the unions of one extension per component.
///
/// It works as an odometer whose first digit turns fastest. A component's
/// enumerator is asked for its next extension only when the odometer first
/// reaches it.
final class ProductEnumerator: ExtensionEnumerator {
  private let components: Components
  private let makeEnumerator: (ArgumentationFramework) -> any ExtensionEnumerator
  private var enumerators: [(any ExtensionEnumerator)?]
  private var found: [[ArgumentSet]]
  private var digits: [Int]
  private var hasStarted = false
  private var isFinished = false

  init(
    components: Components,
    makeEnumerator: @escaping (ArgumentationFramework) -> any ExtensionEnumerator
  ) {
    self.components = components
    self.makeEnumerator = makeEnumerator
    enumerators = Array(repeating: nil, count: components.parts.count)
    found = Array(repeating: [], count: components.parts.count)
    digits = Array(repeating: 0, count: components.parts.count)
  }

  func next() throws(SolverError) -> ArgumentSet? {
    guard !isFinished else { return nil }
    if !hasStarted {
      hasStarted = true
      for component in components.parts.indices where try fetch(component, 0) == nil {
        isFinished = true
        return nil
      }
      return current()
    }
    for component in components.parts.indices {
      if try fetch(component, digits[component] + 1) != nil {
        digits[component] += 1
        return current()
      }
      digits[component] = 0
    }
    isFinished = true
    return nil
  }

  private func current() -> ArgumentSet {
    components.join(digits.indices.map { found[$0][digits[$0]] })
  }

  /// The extension at `position` of a component, computing it if needed.
  ///
  /// A component is first asked for up to `eagerCount` extensions at once;
  /// when it has no more, its enumerator (and its SAT solver) is released,
  /// so that many small components hold lists, not solvers.
  private func fetch(_ component: Int, _ position: Int) throws(SolverError) -> ArgumentSet? {
    if position < found[component].count { return found[component][position] }
    if position == 0 && enumerators[component] == nil {
      let enumerator = makeEnumerator(components.parts[component].framework)
      enumerators[component] = enumerator
      for _ in 0..<Self.eagerCount {
        guard let next = try enumerator.next() else {
          enumerators[component] = nil
          break
        }
        found[component].append(next)
      }
      return found[component].first
    }
    guard let enumerator = enumerators[component], let next = try enumerator.next() else {
      enumerators[component] = nil
      return nil
    }
    found[component].append(next)
    return next
  }

  private static let eagerCount = 16
}

/// The extensions of small frameworks by subset search, remembered for the
/// frameworks of at most three arguments, whose shapes repeat across the
/// components of large frameworks.
final class SmallSolutions {
  private var known: [Semantics: [ArgumentationFramework: [ArgumentSet]]] = [:]

  /// - Precondition: `framework` has at most `SubsetSearch.maximumSize`
  ///   arguments.
  func extensions(
    of framework: ArgumentationFramework, under semantics: Semantics
  ) -> [ArgumentSet] {
    if let found = known[semantics]?[framework] { return found }
    guard let search = SubsetSearch(framework) else {
      preconditionFailure("subset search is for small frameworks")
    }
    let found = search.extensions(under: semantics)
    if framework.argumentCount <= 3 { known[semantics, default: [:]][framework] = found }
    return found
  }
}
