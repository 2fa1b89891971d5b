import Argumentation
import LLMBridge

/// How prompts show arguments, questions and schemes: as one-line JSON.
enum ArgumentPresentation {
  /// An argument: id, kind, scheme, bindings, premises, conclusion.
  static func value(of argument: StructuredArgument) -> JSONValue {
    .object([
      ("id", .string(argument.id)),
      ("kind", .string(argument.kind.rawValue)),
      ("scheme", argument.scheme.map { .string($0.description) } ?? .null),
      (
        "bindings",
        .object(argument.bindings.keys.sorted().map { ($0, .string(argument.bindings[$0] ?? "")) })
      ),
      (
        "premises",
        .array(
          argument.premises.map {
            .object([
              ("id", .string($0.id)), ("role", .string($0.role.rawValue)),
              ("text", .string($0.text)),
            ])
          })
      ),
      ("conclusion", .string(argument.conclusion)),
    ])
  }

  /// An argument with what the Reasoner's support requests add: the
  /// option a decision argues for, and the arguments it already supports.
  static func value(of argument: StructuredArgument, in graph: ArgumentGraph) -> JSONValue {
    guard case .object(var members) = value(of: argument) else { return value(of: argument) }
    members.append(("option", argument.decision.map { .string($0) } ?? .null))
    members.append(
      (
        "supports",
        .array(graph.supports.filter { $0.supporter == argument.id }.map { .string($0.target) })
      ))
    return .object(members)
  }

  /// A critical question as asked of an argument: its text and claim with
  /// the argument's values filled in, and `about`: the decisions (values
  /// of the argument's action variables) the question names.
  static func value(
    of question: CriticalQuestion, askedOf argument: StructuredArgument,
    scheme: ArgumentationScheme
  ) -> JSONValue {
    let actions = Set(scheme.variables.filter { $0.type == "action" }.map(\.name))
    var about: [String] = []
    for name in question.question.variables + question.attackerClaim.variables
    where actions.contains(name) {
      if let value = argument.bindings[name], !about.contains(value) { about.append(value) }
    }
    return .object([
      ("id", .string(question.id)),
      ("question", .string(question.question.rendered(with: argument.bindings))),
      ("about", .array(about.map { .string($0) })),
      ("attack", .string(question.attack.rawValue)),
      ("premise", question.premise.map { .string($0) } ?? .null),
      ("burden", .string(question.burden.rawValue)),
      ("counterScheme", question.counterScheme.map { .string($0.id) } ?? .null),
      ("attackerClaim", .string(question.attackerClaim.rendered(with: argument.bindings))),
    ])
  }

  /// A scheme to instantiate, with the values already fixed and the
  /// variables left to fill (`null`).
  static func value(of scheme: ArgumentationScheme, fixed: [String: String]) -> JSONValue {
    .object([
      ("id", .string(scheme.reference.description)),
      ("name", .string(scheme.name)),
      (
        "premises",
        .array(
          scheme.premises.filter { $0.role != .exception }.map { .string($0.text.description) })
      ),
      ("conclusion", .string(scheme.conclusion.text.description)),
      (
        "variables",
        .array(
          scheme.variables.map { variable in
            .object([
              ("name", .string(variable.name)),
              ("type", .string(variable.type)),
              ("description", .string(variable.summary ?? "")),
              ("value", fixed[variable.name].map { .string($0) } ?? .null),
            ])
          })
      ),
    ])
  }
}
