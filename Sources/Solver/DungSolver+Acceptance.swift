extension DungSolver {
  /// Whether `argument` belongs to some extension (ICCMA's DC task), with an
  /// extension containing it when it does.
  ///
  /// - Throws: `SolverError.argumentOutOfRange`, `SolverError.cancelled`,
  ///   `SolverError.timeLimitReached`.
  /// - Complexity: grounded O(*n* + *m*); complete, preferred and stable
  ///   NP-complete; semi-stable and stage Σ₂ᵖ-complete; ideal in Θ₂ᵖ.
  public func credulousAcceptance(
    of argument: Int, in framework: ArgumentationFramework, under semantics: Semantics
  ) throws(SolverError) -> Acceptance {
    try decide(argument, in: framework, under: semantics, including: true)
  }

  /// Whether `argument` belongs to every extension (ICCMA's DS task), with
  /// an extension lacking it when it does not.
  ///
  /// When there is no extension at all (stable semantics only), every
  /// argument is skeptically accepted.
  ///
  /// - Throws: `SolverError.argumentOutOfRange`, `SolverError.cancelled`,
  ///   `SolverError.timeLimitReached`.
  /// - Complexity: grounded and complete O(*n* + *m*); stable
  ///   coNP-complete; preferred, semi-stable and stage Π₂ᵖ-complete.
  public func skepticalAcceptance(
    of argument: Int, in framework: ArgumentationFramework, under semantics: Semantics
  ) throws(SolverError) -> Acceptance {
    let counterexample = try decide(argument, in: framework, under: semantics, including: false)
    return Acceptance(isAccepted: !counterexample.isAccepted, witness: counterexample.witness)
  }

  /// Finds an extension that includes or excludes `argument`; the result's
  /// `isAccepted` says whether one was found.
  private func decide(
    _ argument: Int, in framework: ArgumentationFramework, under semantics: Semantics,
    including: Bool
  ) throws(SolverError) -> Acceptance {
    guard framework.arguments.contains(argument) else {
      throw .argumentOutOfRange(argument, argumentCount: framework.argumentCount)
    }
    let budget = SearchBudget(limits: limits, satBackend: satBackend)
    try budget.check()
    func found(_ witness: ArgumentSet?) -> Acceptance {
      Acceptance(isAccepted: witness != nil, witness: witness)
    }
    switch semantics {
    case .ideal:
      let reduced = ReducedFramework(framework, reducing: true)
      switch reduced.standing(of: argument) {
      case .fixedIn where !including, .fixedOut where including:
        // The grounded extension lies in the ideal one, and what it attacks
        // is in no admissible set.
        return found(nil)
      case .open(let query) where including:
        if try !mayBeIdeal(query, in: reduced.core, budget) { return found(nil) }
      default: break
      }
      let ideal = try uniqueExtension(of: framework, under: semantics, budget)
      return found(ideal.contains(argument) == including ? ideal : nil)
    case .grounded:
      let unique = try uniqueExtension(of: framework, under: semantics, budget)
      return found(unique.contains(argument) == including ? unique : nil)
    case .complete where !including:
      // Skeptical under complete is membership in the grounded extension.
      let grounded = framework.groundedExtension()
      return found(grounded.contains(argument) ? nil : grounded)
    default:
      let reduced = ReducedFramework(framework, reducing: semantics.extendsGroundedLabelling)
      switch reduced.standing(of: argument) {
      case .fixedIn where including, .fixedOut where !including:
        // Any extension will do.
        return found(try someExtension(of: framework, under: semantics))
      case .fixedIn, .fixedOut:
        return found(nil)
      case .open(let query):
        let search = ComponentwiseSearch(semantics: semantics, budget: budget)
        return found(try search.witness(including, query, in: reduced.core).map(reduced.lift))
      }
    }
  }

  /// Whether `query` passes the two cheap tests of ideal membership.
  ///
  /// It must be in some admissible set, and none of its attackers may be
  /// (Dunne 2009: an argument of the ideal extension is credulously
  /// accepted and has no credulously accepted attacker). False settles a NO
  /// before the ideal extension is computed; true leaves the question open.
  ///
  /// Both tests run on the query's cone, since credulous acceptance under
  /// admissibility is directional.
  ///
  /// - SeeAlso: Dunne, "The computational complexity of ideal semantics",
  ///   AIJ 173, 2009; Baroni and Giacomin, AIJ 171, 2007 (directionality).
  /// - Complexity: two NP calls (SAT) on the cone, after O(*n* + *m*).
  private func mayBeIdeal(
    _ query: Int, in core: ArgumentationFramework, _ budget: SearchBudget
  ) throws(SolverError) -> Bool {
    let cone = Cone(of: core, around: query)
    let encoding = ExtensionEncoding(
      cone.framework, base: .admissible, withRange: false, budget: budget)
    guard try encoding.solve(assuming: [encoding.inVariable(cone.query)]) else { return false }
    let attackers = cone.framework.attackers(of: cone.query)
    guard !attackers.isEmpty else { return true }
    let someAttacker = encoding.solver.newVariable()
    encoding.solver.addClause([-someAttacker] + attackers.map(encoding.inVariable))
    return try !encoding.solve(assuming: [someAttacker])
  }
}
