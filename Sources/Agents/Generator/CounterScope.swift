import Argumentation

/// Which variables of a counter-scheme keep the answered argument's
/// values, and which the Generator fills.
///
/// The patient, the goal and the decisions carry over. When the question's
/// claim names one variable of a type and the counter-scheme has one of
/// that type, that is the one carried ("Is {D2} contraindicated?" makes the
/// contraindication's {D} the alternative); otherwise variables carry over
/// by name. Everything else (findings, outcomes, sources) is the
/// Generator's to fill.
struct CounterScope {
  var fixed: [String: String] = [:]
  var open: [SchemeVariable] = []

  static let carriedTypes: Set<String> = ["patient", "goal", "action"]

  init(
    scheme: ArgumentationScheme, question: CriticalQuestion, answered: StructuredArgument,
    catalog: SchemeCatalog
  ) {
    let answeredVariables =
      answered.scheme.flatMap { catalog.scheme(matching: $0) }?.variables ?? []
    let typeOf = Dictionary(
      answeredVariables.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
    var claimed: [String: [String]] = [:]
    for name in question.attackerClaim.variables
    where !(claimed[typeOf[name] ?? ""] ?? []).contains(name) {
      claimed[typeOf[name] ?? "", default: []].append(name)
    }
    for variable in scheme.variables {
      guard Self.carriedTypes.contains(variable.type) else {
        open.append(variable)
        continue
      }
      let sameType = scheme.variables.filter { $0.type == variable.type }
      var source: String?
      if sameType.count == 1, let named = claimed[variable.type], named.count == 1 {
        source = named[0]
      } else if typeOf[variable.name] == variable.type {
        source = variable.name
      }
      if let source, let value = answered.bindings[source] {
        fixed[variable.name] = value
      } else {
        open.append(variable)
      }
    }
  }
}
