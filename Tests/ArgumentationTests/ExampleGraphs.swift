import Argumentation

/// The argument graphs the examples ship, built from the schemes.
enum ExampleGraphs {
  /// ArgMed-Agents' Example 1 (Hong et al., BIBM 2024, §III-B): an
  /// 18-year-old woman with migraine and essential tremor; which drug
  /// prevents her headaches? Three decision arguments and two side-effect
  /// arguments; the optional decisions are propranolol and verapamil.
  ///
  /// The paper's graph is an image that could not be recovered; this is a
  /// reconstruction that gives its reported result: the two side-effect
  /// arguments (D, E) defeat the third decision (A, valproate, here).
  static func migrainePrevention(_ catalog: SchemeCatalog) throws -> ArgumentGraph {
    let decision = try catalog.scheme(named: "clinical.decision@1.0.0")
    let patient = "the patient"
    let findings =
      "recurrent unilateral, pulsatile headaches with photophobia and phonophobia, "
      + "and essential tremor"
    let goal = "fewer migraine attacks"
    var graph = ArgumentGraph()
    for (id, drug) in [("A", "valproate"), ("B", "propranolol"), ("C", "verapamil")] {
      try graph.add(
        decision.instantiate(
          id: id, bindings: ["P": patient, "F": findings, "G": goal, "D": drug],
          origin: "Generator"))
    }
    try graph.answerAgainst(
      "A", question: "CQ2", catalog: catalog, id: "D",
      bindings: [
        "P": patient, "D": "valproate", "G": goal, "S": "birth defects",
        "F": "an 18-year-old woman who may become pregnant",
      ],
      origin: "Generator, after the Verifier's side-effect question")
    try graph.answerAgainst(
      "A", question: "CQ2", catalog: catalog, id: "E",
      bindings: [
        "P": patient, "D": "valproate", "G": goal, "S": "a worse tremor",
        "F": "essential tremor",
      ],
      origin: "Generator, after the Verifier's side-effect question")
    return graph
  }
}
