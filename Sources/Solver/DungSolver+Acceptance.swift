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
    let budget = SearchBudget(limits: limits)
    try budget.check()
    func found(_ witness: ArgumentSet?) -> Acceptance {
      Acceptance(isAccepted: witness != nil, witness: witness)
    }
    switch semantics {
    case .grounded, .ideal:
      let unique =
        semantics == .grounded
        ? framework.groundedExtension() : try idealExtension(of: framework, budget: budget)
      return found(unique.contains(argument) == including ? unique : nil)
    case .complete where !including:
      // Skeptical under complete is membership in the grounded extension.
      let grounded = framework.groundedExtension()
      return found(grounded.contains(argument) ? nil : grounded)
    case .stage:
      return found(
        try rangeMaximalExtension(
          including, argument, in: framework, base: .conflictFree, budget: budget))
    default:
      let reduced = ReducedFramework(framework, reducing: true)
      let coreWitness: ArgumentSet?
      switch reduced.standing(of: argument) {
      case .fixedIn where including, .fixedOut where !including:
        // Any extension will do.
        guard let any = try someExtension(of: framework, under: semantics) else {
          return found(nil)
        }
        return found(any)
      case .fixedIn, .fixedOut:
        return found(nil)
      case .open(let query):
        coreWitness = try search(
          semantics, including: including, query, in: reduced.core, budget: budget)
      }
      return found(coreWitness.map(reduced.lift))
    }
  }

  /// The search on the core for complete-based semantics.
  private func search(
    _ semantics: Semantics, including: Bool, _ query: Int, in core: ArgumentationFramework,
    budget: SearchBudget
  ) throws(SolverError) -> ArgumentSet? {
    switch (semantics, including) {
    case (.complete, _):
      return try completeExtension(containing: query, in: core, budget: budget)
    case (.preferred, true):
      return try preferredExtension(containing: query, in: core, budget: budget)
    case (.preferred, false):
      return try preferredExtension(excluding: query, in: core, budget: budget)
    case (.stable, _):
      return try stableExtension(including, query, in: core, budget: budget)
    case (.semiStable, _):
      return try rangeMaximalExtension(
        including, query, in: core, base: .complete, budget: budget)
    case (.grounded, _), (.ideal, _), (.stage, _):
      preconditionFailure("\(semantics) is decided without the core search")
    }
  }
}
