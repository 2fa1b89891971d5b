extension QuantitativeBipolarFramework {
  /// The most rounds of iteration a cyclic framework gets by default.
  public static let defaultMaximumIterations = 10_000

  /// Every argument's strength under `semantics`.
  ///
  /// The strongly connected components of the graph (attackers and
  /// supporters pointing to what they act on) are taken in topological
  /// order, so each component is computed after everything acting on it
  /// (Tarjan 1972). An argument outside any cycle gets its strength in one
  /// step, exactly, and an acyclic framework in one pass. A cycle is
  /// iterated from the base scores until no argument's influence differs
  /// from its strength by more than `tolerance`: by Jacobi iteration for
  /// DF-QuAD and the h-categoriser (which converges for the h-categoriser:
  /// Pu, Luo, Ma and Liao 2014; Amgoud et al. 2017), and for the quadratic
  /// energy model by integrating Potyka's continuous model
  /// dσ/dt = influence(σ) − σ with classical fourth-order Runge–Kutta
  /// steps of 0.1 (Potyka, KR 2018). DF-QuAD need not converge on a cycle,
  /// nor the quadratic energy model on every one; then the error says so.
  ///
  /// ```swift
  /// // A 2-cycle of base scores 1: x = 1 / (1 + x).
  /// try framework.strengths(under: .hCategoriser).strengths  // [0.618…, 0.618…]
  /// ```
  ///
  /// - Parameters:
  ///   - semantics: the gradual semantics.
  ///   - tolerance: the largest difference between an argument's strength
  ///     and its influence accepted on a cycle.
  ///   - maximumIterations: the most rounds of iteration over all cycles.
  /// - Returns: each argument's strength, and the rounds the cycles took.
  /// - Throws: `SolverError.supportsNotWeighed` when the h-categoriser is
  ///   asked of a framework with supports, and `.gradualDidNotConverge`
  ///   when a cycle does not settle within `maximumIterations` rounds.
  /// - Complexity: O(*n* + *m*) for an acyclic framework of *n*
  ///   arguments and *m* relations; O(*k* · (*n* + *m*)) for *k* rounds of
  ///   iteration on cycles, *k* ≤ `maximumIterations`.
  public func strengths(
    under semantics: GradualSemantics, tolerance: Double = 1e-9,
    maximumIterations: Int = defaultMaximumIterations
  ) throws(SolverError) -> GradualStrengths {
    if !semantics.takesSupports && hasSupports { throw .supportsNotWeighed(semantics.rawValue) }
    var strengths = baseScores
    var rounds = 0
    for component in dependencyOrder() {
      if component.count == 1, !isOnACycle(component[0]) {
        let argument = component[0]
        strengths[argument] = influence(on: argument, under: semantics, given: strengths)
        continue
      }
      rounds += try settle(
        component, under: semantics, strengths: &strengths, tolerance: tolerance,
        rounds: maximumIterations - rounds)
    }
    return GradualStrengths(semantics: semantics, strengths: strengths, iterations: rounds)
  }

  /// The strength `semantics` gives `argument` when the others have
  /// `strengths`.
  func influence(
    on argument: Int, under semantics: GradualSemantics, given strengths: [Double]
  ) -> Double {
    semantics.influence(
      base: baseScores[argument], attackers: attackers[argument].lazy.map { strengths[$0] },
      supporters: supporters[argument].lazy.map { strengths[$0] })
  }

  private func isOnACycle(_ argument: Int) -> Bool {
    attackers[argument].contains(argument) || supporters[argument].contains(argument)
  }

  /// Iterates one cyclic component until it settles.
  ///
  /// - Returns: the rounds it took.
  private func settle(
    _ component: [Int], under semantics: GradualSemantics, strengths: inout [Double],
    tolerance: Double, rounds limit: Int
  ) throws(SolverError) -> Int {
    var rounds = 0
    while true {
      let residual =
        component.map {
          abs(influence(on: $0, under: semantics, given: strengths) - strengths[$0])
        }.max() ?? 0
      if residual <= tolerance { return rounds }
      guard rounds < limit else {
        throw .gradualDidNotConverge(
          semantics.rawValue, iterations: rounds, residual: residual)
      }
      rounds += 1
      switch semantics {
      case .quadraticEnergy: rungeKuttaStep(component, strengths: &strengths)
      case .dfQuAD, .hCategoriser:
        let next = component.map { influence(on: $0, under: semantics, given: strengths) }
        for (argument, value) in zip(component, next) { strengths[argument] = value }
      }
    }
  }

  /// One classical Runge–Kutta step of dσ/dt = influence(σ) − σ over
  /// `component`, of length 0.1.
  private func rungeKuttaStep(_ component: [Int], strengths: inout [Double]) {
    let step = 0.1
    let start = strengths
    func slope(at point: [Double]) -> [Double] {
      component.map { influence(on: $0, under: .quadraticEnergy, given: point) - point[$0] }
    }
    func moved(_ by: [Double], _ factor: Double) -> [Double] {
      var point = start
      for (argument, change) in zip(component, by) { point[argument] += factor * change }
      return point
    }
    let k1 = slope(at: start)
    let k2 = slope(at: moved(k1, step / 2))
    let k3 = slope(at: moved(k2, step / 2))
    let k4 = slope(at: moved(k3, step))
    for (position, argument) in component.enumerated() {
      let change = (k1[position] + 2 * k2[position] + 2 * k3[position] + k4[position]) / 6
      strengths[argument] = min(1, max(0, start[argument] + step * change))
    }
  }

  /// The strongly connected components of the graph in which each
  /// argument depends on its attackers and supporters, each after every
  /// component it depends on (Tarjan's algorithm, which closes a
  /// component only after those it reaches; iterative, without recursion).
  ///
  /// - Complexity: O(*n* + *m*).
  func dependencyOrder() -> [[Int]] {
    let count = argumentCount
    var number = [Int](repeating: -1, count: count)
    var low = [Int](repeating: 0, count: count)
    var onStack = [Bool](repeating: false, count: count)
    var stack: [Int] = []
    var components: [[Int]] = []
    var counter = 0
    // The depth-first path: each argument with the position of the next
    // input to look at.
    var path: [(argument: Int, next: Int)] = []
    func inputs(_ argument: Int) -> Int { attackers[argument].count + supporters[argument].count }
    func input(_ argument: Int, _ position: Int) -> Int {
      position < attackers[argument].count
        ? attackers[argument][position] : supporters[argument][position - attackers[argument].count]
    }
    func visit(_ argument: Int) {
      number[argument] = counter
      low[argument] = counter
      counter += 1
      stack.append(argument)
      onStack[argument] = true
      path.append((argument, 0))
    }
    for root in 0..<count where number[root] < 0 {
      visit(root)
      while let (argument, next) = path.last {
        if next < inputs(argument) {
          path[path.count - 1].next += 1
          let other = input(argument, next)
          if number[other] < 0 {
            visit(other)
          } else if onStack[other] {
            low[argument] = min(low[argument], number[other])
          }
          continue
        }
        path.removeLast()
        if let parent = path.last?.argument { low[parent] = min(low[parent], low[argument]) }
        if low[argument] == number[argument] {
          var component: [Int] = []
          while let member = stack.popLast() {
            onStack[member] = false
            component.append(member)
            if member == argument { break }
          }
          components.append(component.sorted())
        }
      }
    }
    return components
  }
}
