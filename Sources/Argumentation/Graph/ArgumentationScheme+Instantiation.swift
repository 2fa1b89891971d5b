extension ArgumentationScheme {
  /// The argument this scheme gives with its variables bound.
  ///
  /// The argument's premises are the scheme's major, minor and assumption
  /// premises with the values filled in (exceptions are what would defeat
  /// the argument, not what it rests on); its conclusion is the scheme's;
  /// its kind is what the scheme concludes.
  ///
  /// ```swift
  /// let decision = try catalog.scheme(named: "clinical.decision")
  /// let argument = try decision.instantiate(
  ///   id: "B",
  ///   bindings: ["P": "the patient", "F": "migraine with essential tremor",
  ///              "G": "fewer migraine attacks", "D": "propranolol"])
  /// argument.conclusion  // "Propranolol should be considered for the patient."
  /// ```
  ///
  /// - Parameters:
  ///   - id: the argument's id in its graph.
  ///   - bindings: a value for every required variable, and for any
  ///     optional one (an optional variable left out shows as `{X}`).
  ///   - origin: where the argument came from, for people.
  /// - Returns: the argument.
  /// - Throws: `ArgumentationError.invalidInstantiation` naming a binding
  ///   for a variable the scheme does not have, or a required variable
  ///   without a value.
  /// - Complexity: linear in the size of the scheme's texts.
  public func instantiate(
    id: String, bindings: [String: String], origin: String? = nil
  ) throws(ArgumentationError) -> StructuredArgument {
    let declared = Set(variables.map(\.name))
    if let unknown = bindings.keys.sorted().first(where: { !declared.contains($0) }) {
      let names = variables.map(\.name).joined(separator: ", ")
      throw .invalidInstantiation(
        "\(reference) has no variable \(unknown); its variables are \(names)")
    }
    if let missing = variables.first(where: { $0.isRequired && bindings[$0.name] == nil }) {
      throw .invalidInstantiation(
        "instantiating \(reference) needs a value for \(missing.name) (\(missing.type))")
    }
    return StructuredArgument(
      id: id, kind: concludes == .decision ? .decision : .belief, scheme: reference,
      bindings: bindings,
      premises: premises.filter { $0.role != .exception }.map {
        .init(id: $0.id, role: $0.role, text: Self.sentence($0.text.rendered(with: bindings)))
      },
      conclusion: Self.sentence(conclusion.text.rendered(with: bindings)), origin: origin)
  }

  /// The text with its first letter capitalised, as a sentence that starts
  /// with a bound value ("the patient presents with …") needs.
  static func sentence(_ text: String) -> String {
    guard let first = text.first, first.isLowercase else { return text }
    return first.uppercased() + text.dropFirst()
  }
}

extension ArgumentGraph {
  /// Answers a critical question against an argument of the graph: adds
  /// the attacking argument and its attack, and returns the argument.
  ///
  /// This is ArgMed-Agents' interaction (Definition 1): the Verifier
  /// answers a question against an argument, and the Generator brings a
  /// new argument that attacks it. The attack has the type the question
  /// declares. When the question names a counter-scheme, the new argument
  /// instantiates it with `bindings`; otherwise it is a belief argument
  /// whose conclusion is the question's attacker's claim, said of the
  /// attacked argument's bindings.
  ///
  /// The attack goes one way, from the answer to the argument, as in the
  /// paper; a rebuttal that should be mutual is added as a second attack.
  ///
  /// - Parameters:
  ///   - target: the id of the argument the question is asked of.
  ///   - question: the id of one of its scheme's critical questions.
  ///   - catalog: where the schemes are.
  ///   - id: the new argument's id.
  ///   - bindings: the counter-scheme's bindings (ignored without one).
  ///   - origin: where the new argument came from, for people.
  ///   - decision: for a decision argument, the decision it argues for
  ///     (``StructuredArgument/decision``).
  /// - Returns: the new argument.
  /// - Throws: `ArgumentationError.invalidGraph` (no such argument,
  ///   scheme or question, or an attack Definition 3 forbids) or
  ///   `ArgumentationError.invalidInstantiation`.
  @discardableResult
  public mutating func answerAgainst(
    _ target: String, question: String, catalog: SchemeCatalog, id: String,
    bindings: [String: String] = [:], origin: String? = nil, decision: String? = nil
  ) throws(ArgumentationError) -> StructuredArgument {
    guard let attacked = argument(id: target) else {
      throw .invalidGraph(.unknownArgument(target))
    }
    guard let reference = attacked.scheme, let scheme = catalog.scheme(matching: reference) else {
      throw .invalidGraph(.noSchemeFor(target))
    }
    guard let asked = scheme.criticalQuestion(id: question) else {
      throw .invalidGraph(
        .unknownQuestion(
          question, scheme: scheme.reference, known: scheme.criticalQuestions.map(\.id)))
    }
    var attacker: StructuredArgument
    if let counterReference = asked.counterScheme {
      guard let counter = catalog.scheme(matching: counterReference) else {
        throw .invalidGraph(.missingCounterScheme(counterReference, question: question))
      }
      attacker = try counter.instantiate(id: id, bindings: bindings, origin: origin)
    } else {
      attacker = StructuredArgument(
        id: id, kind: .belief,
        conclusion: ArgumentationScheme.sentence(
          asked.attackerClaim.rendered(with: attacked.bindings)),
        origin: origin)
    }
    if attacker.kind == .decision { attacker.decision = decision }
    // Check the attack before adding anything, so a refused answer leaves
    // the graph as it was.
    if attacker.kind == .decision && attacked.kind == .belief {
      throw .invalidGraph(.decisionAttacksBelief(decision: id, belief: target))
    }
    try add(attacker)
    try add(
      Attack(attacker: id, target: target, kind: asked.attack, reason: .criticalQuestion(question)))
    return attacker
  }
}
