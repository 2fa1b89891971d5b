import Agents
import Argumentation
import Testing

/// The Reasoner's choice on hand-built graphs: one test per decision rule.
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

  @Test func theStrongestOptionalDecisionIsChosen() throws {
    // {p, a}, {q, a}, {q, b}: p and q attack each other (DF-QuAD: 1/3 each),
    // and p attacks b, so b is weaker (1/3) than a (1/2).
    let chosen = try outcome(
      [decision("a", for: "A"), decision("b", for: "B"), belief("p"), belief("q")],
      attacks: [("p", "q"), ("q", "p"), ("p", "b")])
    #expect(chosen.optional.map(\.extensions) == [2, 1])
    #expect(chosen.answer == "A")
    #expect(chosen.rule == .strongest)
    #expect(abs((chosen.strength(of: "A") ?? 0) - 0.5) < 1e-6)
    #expect(abs((chosen.strength(of: "B") ?? 0) - 1.0 / 3) < 1e-6)
    #expect(chosen.contrasts.map(\.rival) == ["B"])
  }

  @Test func aSupportMakesAnOptionStronger() throws {
    var graph = ArgumentGraph()
    for argument in [decision("b", for: "B"), decision("a", for: "A"), belief("s")] {
      try graph.add(argument)
    }
    try graph.add(Support(supporter: "s", target: "b"))
    let chosen = DecisionOutcome(
      solution: try graph.solve(under: .preferred), clinicalCase: twoOptions)
    #expect(chosen.answer == "B")
    #expect(chosen.rule == .strongest)
    #expect(chosen.optional.first { $0.option == "B" }?.supporters == ["s"])
    #expect(
      chosen.contrasts == [.init(rival: "A", reason: .strength(answer: 0.75, rival: 0.5))])
  }

  @Test func optionsThatNothingSeparatesTie() throws {
    let chosen = try outcome([decision("b", for: "B"), decision("a", for: "A")], attacks: [])
    #expect(chosen.optional.map(\.option) == ["A", "B"])
    #expect(chosen.answer == nil)
    #expect(chosen.rule == .tie)
    #expect(chosen.tied == ["A", "B"])
    #expect(!chosen.noDecision)
  }

  @Test func aPreferenceDecidesBeforeStrength() throws {
    // B better than A. p and q attack each other, p attacks b: {q, b} and
    // {p, a}; a would be the stronger, but the case prefers B.
    let preferring = ClinicalCase(
      question: "Which?", options: twoOptions.options,
      knowledge: [.init(kind: .betterThan, option: "B", fields: ["than": "A"])])
    var graph = ArgumentGraph()
    for argument in [decision("a", for: "A"), decision("b", for: "B"), belief("p"), belief("q")] {
      try graph.add(argument)
    }
    for (attacker, target) in [("p", "q"), ("q", "p"), ("p", "b")] {
      try graph.add(Attack(attacker: attacker, target: target, kind: .rebutting))
    }
    let withdrawn = graph.prefer("B", over: "A")
    #expect(withdrawn.map(\.attacker) == ["a"])
    let chosen = DecisionOutcome(
      solution: try graph.solve(under: .preferred), clinicalCase: preferring)
    #expect(chosen.optional.map(\.option) == ["A", "B"])
    #expect(chosen.answer == "B")
    #expect(chosen.rule == .preferred)
    #expect(
      chosen.contrasts == [
        .init(rival: "A", reason: .preference(.init(preferred: "B", over: "A", chain: ["B", "A"])))
      ])
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
