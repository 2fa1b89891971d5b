import Agents
import Argumentation
import Testing

/// The Reasoner's choice on hand-built graphs: one test per tie-break rule.
@Suite struct DecisionOutcomeTests {
  let twoOptions = ClinicalCase(
    question: "Which?", options: [.init(key: "A", text: "Alpha"), .init(key: "B", text: "Beta")])

  func decision(_ id: String, for option: String) -> StructuredArgument {
    StructuredArgument(
      id: id, kind: .decision, conclusion: "\(option) should be considered.", decision: option)
  }

  func belief(_ id: String) -> StructuredArgument {
    StructuredArgument(id: id, kind: .belief, conclusion: "\(id) holds.")
  }

  func outcome(
    _ arguments: [StructuredArgument], attacks: [(String, String)]
  ) throws -> DecisionOutcome {
    var graph = ArgumentGraph()
    for argument in arguments { try graph.add(argument) }
    for (attacker, target) in attacks {
      try graph.add(Attack(attacker: attacker, target: target, kind: .rebutting))
    }
    return DecisionOutcome(solution: try graph.solve(under: .preferred), clinicalCase: twoOptions)
  }

  @Test func anOptionInEveryExtensionIsChosen() throws {
    let chosen = try outcome(
      [decision("a", for: "A"), decision("b", for: "B"), belief("p")], attacks: [("p", "a")])
    #expect(chosen.answer == "B")
    #expect(chosen.rule == .inEveryExtension)
  }

  @Test func theOnlyOptionalDecisionIsChosenWhenSomeExtensionHoldsNone() throws {
    // p and q attack each other; p defeats a: {q, a} and {p}.
    let chosen = try outcome(
      [decision("a", for: "A"), belief("p"), belief("q")],
      attacks: [("p", "q"), ("q", "p"), ("p", "a")])
    #expect(chosen.extensionCount == 2)
    #expect(chosen.answer == "A")
    #expect(chosen.rule == .onlyOptionalDecision)
  }

  @Test func theOptionInMostExtensionsIsChosen() throws {
    // {p, a}, {q, a}, {q, b}: A in two extensions, B in one.
    let chosen = try outcome(
      [decision("a", for: "A"), decision("b", for: "B"), belief("p"), belief("q")],
      attacks: [("p", "q"), ("q", "p"), ("p", "b")])
    #expect(chosen.optional.map(\.extensions) == [2, 1])
    #expect(chosen.answer == "A")
    #expect(chosen.rule == .inMostExtensions)
  }

  @Test func aTieGoesToTheFirstOption() throws {
    let chosen = try outcome([decision("b", for: "B"), decision("a", for: "A")], attacks: [])
    #expect(chosen.optional.map(\.option) == ["A", "B"])
    #expect(chosen.answer == "A")
    #expect(chosen.rule == .firstInOptionOrder)
  }

  @Test func argumentsForOneOptionDoNotExcludeEachOther() throws {
    // A better alternative for B beside B's own argument: one extension.
    let chosen = try outcome(
      [decision("a", for: "A"), decision("b", for: "B"), decision("alt", for: "B")],
      attacks: [("alt", "a")])
    #expect(chosen.extensionCount == 1)
    #expect(chosen.optional.map(\.arguments) == [["b", "alt"]])
    #expect(chosen.rule == .inEveryExtension)
  }

  @Test func groundedSemanticsLeavesRivalsUndecided() throws {
    var graph = ArgumentGraph()
    try graph.add(decision("a", for: "A"))
    try graph.add(decision("b", for: "B"))
    let chosen = DecisionOutcome(
      solution: try graph.solve(under: .grounded), clinicalCase: twoOptions)
    #expect(chosen.answer == nil)
    #expect(chosen.undecided == ["A", "B"])
  }
}
