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

  /// The case of the paper's Figure 2, as its text tells it.
  ///
  /// The Generator first proposes paroxetine for a depressed patient with
  /// insomnia; the discussion brings up paroxetine's side effects and a
  /// danger, and settles on trazodone as the better alternative. Decision
  /// arguments A and C, belief arguments B and D, as in the figure.
  static func depressionWithInsomnia(_ catalog: SchemeCatalog) throws -> ArgumentGraph {
    let patient = "the patient"
    let findings = "major depression with insomnia"
    let goal = "remission of depression with better sleep"
    var graph = ArgumentGraph()
    try graph.add(
      catalog.scheme(named: "clinical.decision@1.0.0").instantiate(
        id: "A", bindings: ["P": patient, "F": findings, "G": goal, "D": "paroxetine"],
        origin: "Generator"))
    try graph.answerAgainst(
      "A", question: "CQ2", catalog: catalog, id: "B",
      bindings: [
        "P": patient, "D": "paroxetine", "G": goal, "S": "sexual dysfunction and sedation",
        "F": "a working adult already troubled by poor sleep",
      ],
      origin: "Generator, after the Verifier's side-effect question")
    try graph.answerAgainst(
      "A", question: "CQ3", catalog: catalog, id: "C",
      bindings: [
        "P": patient, "F": findings, "G": goal, "D": "paroxetine", "D2": "trazodone",
      ],
      origin: "Generator, after the Verifier's question on alternatives")
    try graph.answerAgainst(
      "A", question: "CQ6", catalog: catalog, id: "D",
      bindings: [
        "P": patient, "F": findings, "D": "paroxetine",
        "B": "a discontinuation syndrome when doses are missed",
      ],
      origin: "Generator, after the Verifier's danger question")
    return graph
  }

  /// An undermined side effect that reinstates a decision.
  ///
  /// Propranolol is attacked by the risk of bronchospasm in asthma, and
  /// that argument by the evidence that the patient has no asthma, which
  /// reinstates propranolol beside verapamil.
  static func propranololReinstated(_ catalog: SchemeCatalog) throws -> ArgumentGraph {
    let patient = "the patient"
    let findings = "migraine and essential tremor"
    let goal = "fewer migraine attacks"
    var graph = ArgumentGraph()
    try graph.add(
      catalog.scheme(named: "clinical.decision@1.0.0").instantiate(
        id: "propranolol", bindings: ["P": patient, "F": findings, "G": goal, "D": "propranolol"],
        origin: "Generator"))
    try graph.answerAgainst(
      "propranolol", question: "CQ2", catalog: catalog, id: "bronchospasm",
      bindings: [
        "P": patient, "D": "propranolol", "G": goal, "S": "bronchospasm",
        "F": "a history of asthma",
      ],
      origin: "Generator, after the Verifier's side-effect question")
    try graph.answerAgainst(
      "bronchospasm", question: "CQ2", catalog: catalog, id: "no-asthma",
      bindings: [
        "P": patient, "E": "the patient's record and spirometry",
        "A": "the patient has no history of asthma",
      ],
      origin: "Generator, after the Verifier asked whether the patient is at risk")
    try graph.add(
      catalog.scheme(named: "clinical.decision@1.0.0").instantiate(
        id: "verapamil", bindings: ["P": patient, "F": findings, "G": goal, "D": "verapamil"],
        origin: "Generator"))
    return graph
  }
}
