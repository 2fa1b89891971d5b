import Argumentation
import Testing

/// The README's Swift examples for schemes and graphs do what they say.
@Suite struct ReadmeExampleTests {
  @Test func theSchemeAndGraphExamplesSayWhatTheyDo() throws {
    let catalog = try SchemeCatalog.shipped()
    let decision = try catalog.scheme(named: "clinical.decision@1.0.0")
    #expect(decision.criticalQuestions[1].attack == .undercutting)
    #expect(decision.criticalQuestions[1].counterScheme?.description == "clinical.side-effect")

    var graph = ArgumentGraph()
    try graph.add(
      decision.instantiate(
        id: "B",
        bindings: ["P": "the patient", "F": "migraine", "G": "fewer attacks", "D": "propranolol"]))
    try graph.answerAgainst(
      "B", question: "CQ2", catalog: catalog, id: "S",
      bindings: [
        "P": "the patient", "F": "asthma", "G": "fewer attacks", "D": "propranolol",
        "S": "bronchospasm",
      ])
    let solved = try graph.solve(under: .preferred)
    #expect(solved.optionalDecisions == [])
    #expect(graph.dot(solution: solved).hasPrefix("digraph"))
  }
}
