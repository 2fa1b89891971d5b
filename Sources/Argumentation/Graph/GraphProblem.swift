/// A rule of argument graphs that an argument, an attack or a support
/// breaks: the cause of ``ArgumentationError/invalidGraph(_:)``.
public enum GraphProblem: Hashable, Sendable {
  /// An argument without an id.
  case emptyID
  /// Two arguments with one id.
  case duplicateID(String)
  /// More decision arguments than ``ArgumentGraph/maximumDecisions``.
  case tooManyDecisions(limit: Int)
  /// An attack from an argument the graph does not have.
  case unknownAttacker(String, target: String)
  /// An attack on an argument the graph does not have.
  case unknownTarget(String, attacker: String)
  /// A support naming an argument the graph does not have.
  case unknownSupportArgument(String)
  /// A decision argument attacking a belief argument (Definition 3 rules
  /// it out).
  case decisionAttacksBelief(decision: String, belief: String)
  /// A second attack between the same two arguments.
  case duplicateAttack(Attack, existing: Attack)
  /// An argument supporting itself.
  case selfSupport(String)
  /// A decision argument supporting a belief argument.
  case decisionSupportsBelief(decision: String, belief: String)
  /// A support between two arguments one of which attacks the other that way.
  case supportOnAnAttack(Support, attack: Attack)
  /// An attack between two arguments one of which supports the other that way.
  case attackOnASupport(Attack)
  /// A critical question asked of an argument the graph does not have.
  case unknownArgument(String)
  /// A critical question asked of an argument without a scheme of the
  /// catalog.
  case noSchemeFor(String)
  /// A critical question the argument's scheme does not have.
  case unknownQuestion(String, scheme: SchemeReference, known: [String])
  /// A question's counter-scheme missing from the catalog.
  case missingCounterScheme(SchemeReference, question: String)
}

extension GraphProblem: CustomStringConvertible {
  public var description: String {
    switch self {
    case .emptyID: "an argument needs a non-empty id"
    case .duplicateID(let id): "two arguments have the id '\(id)'"
    case .tooManyDecisions(let limit):
      "a graph may hold at most \(limit) decision arguments, which all attack each other"
    case .unknownAttacker(let attacker, let target):
      "the attack on '\(target)' comes from '\(attacker)', which is not in the graph"
    case .unknownTarget(let target, let attacker):
      "'\(attacker)' attacks '\(target)', which is not in the graph"
    case .unknownSupportArgument(let id): "a support names '\(id)', which is not in the graph"
    case .decisionAttacksBelief(let decision, let belief):
      "decision argument '\(decision)' cannot attack belief argument '\(belief)': in "
        + "ArgMed-Agents a decision argument never attacks a belief argument (Definition 3)"
    case .duplicateAttack(let attack, let existing):
      "'\(attack.attacker)' already attacks '\(attack.target)' (\(existing.kind.rawValue)"
        + "\(existing.question.map { ", \($0)" } ?? "")); one attack per pair"
    case .selfSupport(let id): "'\(id)' supports itself; an argument does not"
    case .decisionSupportsBelief(let decision, let belief):
      "decision argument '\(decision)' cannot support belief argument '\(belief)': a decision "
        + "argument acts on decisions only (Definition 3)"
    case .supportOnAnAttack(let support, let attack):
      "'\(support.supporter)' supports '\(support.target)' and already attacks it "
        + "(\(attack.kind.rawValue)); a pair is one relation"
    case .attackOnASupport(let attack):
      "'\(attack.attacker)' attacks '\(attack.target)' and already supports it; a pair is one "
        + "relation"
    case .unknownArgument(let id): "no argument '\(id)' in the graph"
    case .noSchemeFor(let id):
      "argument '\(id)' instantiates no scheme of the catalog, so it has no critical questions"
    case .unknownQuestion(let question, let scheme, let known):
      "\(scheme) has no critical question \(question); it has \(known.joined(separator: ", "))"
    case .missingCounterScheme(let reference, let question):
      "the counter-scheme \(reference) of \(question) is not in the catalog"
    }
  }
}
