/// The arguments of a discussion and how they attack and support each
/// other: the framework ArgMed-Agents' Reasoner solves.
///
/// The graph keeps ArgMed-Agents' Definition 3 (Hong et al., BIBM 2024):
/// decision arguments for different decisions attack each other (the
/// graph adds those attacks itself, marked
/// ``Attack/Reason/decisionConflict``), and a decision argument never
/// attacks a belief argument (adding one is an error that says so).
///
/// Two refinements, where the paper's text is wider than its definition:
/// arguments for the same decision (``StructuredArgument/decision``) do
/// not attack each other, since the paper puts in conflict "arguments in
/// support of different decisions"; and an attack stated or asked between
/// two decisions (a better alternative's rebuttal) settles their conflict
/// in its direction: the derived attack back is withdrawn, as a preference
/// turns an attack into a one-way defeat in preference-based
/// argumentation (Amgoud and Cayrol, "A reasoning model based on the
/// production of acceptable arguments", AMAI 34, 2002). An attack back
/// stated in its own right stays.
///
/// ```swift
/// var graph = ArgumentGraph()
/// try graph.add(propranolol)   // decision
/// try graph.add(verapamil)     // decision: attacks propranolol and back
/// try graph.add(asthmaRisk)    // belief
/// try graph.add(Attack(attacker: "asthma", target: "propranolol", kind: .undercutting))
/// ```
///
/// Arguments keep the order they were added in, which is the order of
/// every rendering; two graphs are equal when they have the same
/// arguments in the same order, and the same attacks and supports.
public struct ArgumentGraph: Hashable, Sendable {
  public private(set) var arguments: [StructuredArgument] = []
  public private(set) var attacks: [Attack] = []
  public private(set) var supports: [Support] = []
  private var indexByID: [String: Int] = [:]
  private var decisionCount = 0

  /// The most decision arguments a graph holds.
  ///
  /// Decisions attack each other pairwise, so their attacks grow with the
  /// square of their number; ArgMed-Agents weighs at most four.
  public static let maximumDecisions = 256
  /// Where each attack is in `attacks`.
  private var attackPositions: [AttackKey: Int] = [:]
  /// The pairs that `supports` holds, supporter first.
  private var supportPairs: Set<AttackKey> = []

  private struct AttackKey: Hashable {
    var attacker: String
    var target: String
  }

  public init() {}

  /// The argument with this id.
  public func argument(id: String) -> StructuredArgument? {
    indexByID[id].map { arguments[$0] }
  }

  /// The decision arguments, in order.
  public var decisions: [StructuredArgument] { arguments.filter { $0.kind == .decision } }

  /// Adds an argument; a decision argument and every decision argument
  /// already there for another decision come to attack each other.
  ///
  /// - Throws: `ArgumentationError.invalidGraph` when the id is empty or
  ///   taken.
  /// - Complexity: O(*d*) for *d* decision arguments.
  public mutating func add(_ argument: StructuredArgument) throws(ArgumentationError) {
    guard !argument.id.isEmpty else { throw .invalidGraph(.emptyID) }
    guard indexByID[argument.id] == nil else { throw .invalidGraph(.duplicateID(argument.id)) }
    if argument.kind == .decision && decisionCount >= Self.maximumDecisions {
      throw .invalidGraph(.tooManyDecisions(limit: Self.maximumDecisions))
    }
    if argument.kind == .decision {
      decisionCount += 1
      for other in decisions where !argument.arguesForTheSameDecision(as: other) {
        insert(
          Attack(
            attacker: argument.id, target: other.id, kind: .rebutting, reason: .decisionConflict))
        insert(
          Attack(
            attacker: other.id, target: argument.id, kind: .rebutting, reason: .decisionConflict))
      }
    }
    indexByID[argument.id] = arguments.count
    arguments.append(argument)
  }

  /// Adds an attack between arguments already in the graph.
  ///
  /// An attack that is already there (between the same two arguments) is
  /// not added twice: the first reason stays, except that a question or a
  /// statement replaces the bare conflict between two decisions, saying
  /// more about it. Between two decisions, it also withdraws the derived
  /// conflict back (see the type's discussion).
  ///
  /// - Complexity: O(1), or O(*m*) for *m* attacks when a conflict is
  ///   withdrawn.
  ///
  /// - Throws: `ArgumentationError.invalidGraph` when an argument is
  ///   missing, or when a decision argument would attack a belief
  ///   argument.
  public mutating func add(_ attack: Attack) throws(ArgumentationError) {
    guard let attacker = argument(id: attack.attacker) else {
      throw .invalidGraph(.unknownAttacker(attack.attacker, target: attack.target))
    }
    guard let target = argument(id: attack.target) else {
      throw .invalidGraph(.unknownTarget(attack.target, attacker: attack.attacker))
    }
    if attacker.kind == .decision && target.kind == .belief {
      throw .invalidGraph(.decisionAttacksBelief(decision: attacker.id, belief: target.id))
    }
    if supportPairs.contains(AttackKey(attacker: attack.attacker, target: attack.target)) {
      throw .invalidGraph(.attackOnASupport(attack))
    }
    if let position = attackPositions[AttackKey(attacker: attack.attacker, target: attack.target)],
      attacks[position].reason != .decisionConflict, attacks[position] != attack
    {
      throw .invalidGraph(.duplicateAttack(attack, existing: attacks[position]))
    }
    insert(attack)
    if attacker.kind == .decision && target.kind == .decision && attack.reason != .decisionConflict
    {
      withdrawConflict(from: target.id, to: attacker.id)
    }
  }

  /// Removes the derived conflict attack from `attacker` to `target`, if
  /// that is what is there.
  private mutating func withdrawConflict(from attacker: String, to target: String) {
    let key = AttackKey(attacker: attacker, target: target)
    guard let position = attackPositions[key], attacks[position].reason == .decisionConflict
    else { return }
    removeAttacks([key])
  }

  /// Removes the attacks between these pairs, keeping `attackPositions`
  /// in step.
  ///
  /// - Complexity: O(*m*) for *m* attacks.
  private mutating func removeAttacks(_ keys: Set<AttackKey>) {
    attacks.removeAll { keys.contains(AttackKey(attacker: $0.attacker, target: $0.target)) }
    attackPositions = Dictionary(
      uniqueKeysWithValues: attacks.enumerated().map {
        (AttackKey(attacker: $0.element.attacker, target: $0.element.target), $0.offset)
      })
  }

  /// Applies a preference between two decisions: every attack from an
  /// argument for `lessPreferred` on an argument for `preferred` fails and
  /// is withdrawn, so that the preferred decision's arguments defeat the
  /// other's one way.
  ///
  /// This is preference-based argumentation (Amgoud and Cayrol, "A
  /// reasoning model based on the production of acceptable arguments",
  /// AMAI 34, 2002): an attack succeeds unless its target is strictly
  /// preferred to its attacker. Decisions are the values of
  /// ``StructuredArgument/decision``, such as option keys.
  ///
  /// - Parameters:
  ///   - preferred: the decision preferred.
  ///   - lessPreferred: the decision it is preferred to.
  /// - Returns: the attacks withdrawn.
  /// - Complexity: O(*m*) for *m* attacks.
  @discardableResult
  public mutating func prefer(_ preferred: String, over lessPreferred: String) -> [Attack] {
    guard preferred != lessPreferred else { return [] }
    let graph = self
    func decision(of id: String) -> String? {
      graph.argument(id: id).flatMap { $0.kind == .decision ? $0.decision : nil }
    }
    let failing = attacks.filter {
      decision(of: $0.attacker) == lessPreferred && decision(of: $0.target) == preferred
    }
    if !failing.isEmpty {
      removeAttacks(Set(failing.map { AttackKey(attacker: $0.attacker, target: $0.target) }))
    }
    return failing
  }

  /// Adds a support between arguments already in the graph.
  ///
  /// Supports follow the rules attacks do: an argument does not support
  /// itself, a decision argument never supports a belief argument (as it
  /// never attacks one, Definition 3), and a pair is one relation, an
  /// attack or a support. A support that is already there is not added
  /// twice.
  ///
  /// - Throws: `ArgumentationError.invalidGraph` when an argument is
  ///   missing or a rule is broken.
  /// - Complexity: O(1).
  public mutating func add(_ support: Support) throws(ArgumentationError) {
    guard let supporter = argument(id: support.supporter) else {
      throw .invalidGraph(.unknownSupportArgument(support.supporter))
    }
    guard let target = argument(id: support.target) else {
      throw .invalidGraph(.unknownSupportArgument(support.target))
    }
    guard supporter.id != target.id else { throw .invalidGraph(.selfSupport(supporter.id)) }
    if supporter.kind == .decision && target.kind == .belief {
      throw .invalidGraph(.decisionSupportsBelief(decision: supporter.id, belief: target.id))
    }
    let pair = AttackKey(attacker: supporter.id, target: target.id)
    if let position = attackPositions[pair] {
      throw .invalidGraph(.supportOnAnAttack(support, attack: attacks[position]))
    }
    if supportPairs.insert(pair).inserted { supports.append(support) }
  }

  /// The attacks that were stated or came from questions, without those the
  /// graph derives between decisions.
  public var explicitAttacks: [Attack] {
    orderedAttacks.filter { $0.reason != .decisionConflict }
  }

  private mutating func insert(_ attack: Attack) {
    let key = AttackKey(attacker: attack.attacker, target: attack.target)
    if let position = attackPositions[key] {
      if attacks[position].reason == .decisionConflict && attack.reason != .decisionConflict {
        attacks[position] = attack
      }
      return
    }
    attackPositions[key] = attacks.count
    attacks.append(attack)
  }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.arguments == rhs.arguments && lhs.supports == rhs.supports
      && Set(lhs.attacks) == Set(rhs.attacks)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(arguments)
    hasher.combine(supports)
    hasher.combine(Set(attacks))
  }

  /// The attacks ordered by their attacker's place in the graph, then by
  /// their target's: the order renderings use, whatever order the attacks
  /// were added in.
  public var orderedAttacks: [Attack] {
    attacks.sorted {
      (indexByID[$0.attacker] ?? 0, indexByID[$0.target] ?? 0)
        < (indexByID[$1.attacker] ?? 0, indexByID[$1.target] ?? 0)
    }
  }
}
