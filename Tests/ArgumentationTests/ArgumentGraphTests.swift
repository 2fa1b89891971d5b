import ArgmedTestSupport
import Argumentation
import Foundation
import Solver
import Testing

@Suite struct ArgumentGraphTests {
  let examples = fixturesDirectory() + "/../../../examples/graphs"

  private func catalog() throws -> SchemeCatalog {
    try #require(SchemeTesting.shipped)
  }

  /// The shipped examples are the graphs the schemes give (record them
  /// again with RECORD_SNAPSHOTS=1).
  @Test(arguments: ["migraine-prevention", "depression-with-insomnia", "propranolol-reinstated"])
  func theShippedExamplesAreTheGraphsTheSchemesGive(_ name: String) throws {
    let catalog = try catalog()
    let graph =
      switch name {
      case "migraine-prevention": try ExampleGraphs.migrainePrevention(catalog)
      case "depression-with-insomnia": try ExampleGraphs.depressionWithInsomnia(catalog)
      default: try ExampleGraphs.propranololReinstated(catalog)
      }
    let path = examples + "/\(name).json"
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try graph.jsonDocument.write(toFile: path, atomically: true, encoding: .utf8)
    }
    #expect(try ArgumentGraph(contentsOfFile: path) == graph)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == graph.jsonDocument)
  }

  @Test func theOtherExamplesEndAsTheirStoriesSay() throws {
    let catalog = try catalog()
    let depression = try ExampleGraphs.depressionWithInsomnia(catalog).solve(under: .grounded)
    #expect(depression.acceptedDecisions == ["C"])
    #expect(depression.standing(of: "A")?.status == .rejected)
    let reinstated = try ExampleGraphs.propranololReinstated(catalog).solve(under: .preferred)
    #expect(reinstated.standing(of: "bronchospasm")?.status == .rejected)
    #expect(reinstated.optionalDecisions == ["propranolol", "verapamil"])
  }

  @Test func exampleOneGivesThePapersOptionalDecisions() throws {
    let graph = try ExampleGraphs.migrainePrevention(catalog())
    let preferred = try graph.solve(under: .preferred)
    #expect(preferred.optionalDecisions == ["B", "C"])
    #expect(preferred.acceptedDecisions == [])
    #expect(Set(preferred.extensions.map(Set.init)) == [["B", "D", "E"], ["C", "D", "E"]])
    #expect(preferred.explanationSets(for: "B") == [["B", "D", "E"]])
    #expect(
      preferred.standings.map(\.status) == [
        .rejected, .undecided, .undecided, .accepted, .accepted,
      ])
    // Grounded semantics leaves the two surviving decisions undecided:
    // no decision is selected (the paper's reading needs preferred).
    let grounded = try graph.solve(under: .grounded)
    #expect(
      grounded.standings.map(\.status) == [
        .rejected, .undecided, .undecided, .accepted, .accepted,
      ])
    #expect(grounded.optionalDecisions == [])
  }

  @Test func decisionsAttackEachOtherAndNeverABelief() throws {
    let graph = try ExampleGraphs.migrainePrevention(catalog())
    let conflicts = graph.attacks.filter { $0.reason == .decisionConflict }
    #expect(conflicts.count == 6)
    #expect(
      graph.explicitAttacks.map { "\($0.attacker)->\($0.target) \($0.kind) \($0.question ?? "")" }
        == [
          "D->A undercutting CQ2", "E->A undercutting CQ2",
        ])
    var broken = graph
    let decisionOnBelief = ArgumentationError.invalidGraph(
      .decisionAttacksBelief(decision: "B", belief: "D"))
    #expect(throws: decisionOnBelief) {
      try broken.add(Attack(attacker: "B", target: "D", kind: .rebutting))
    }
    #expect(
      decisionOnBelief.description
        == "decision argument 'B' cannot attack belief argument 'D': in ArgMed-Agents a decision "
        + "argument never attacks a belief argument (Definition 3)")
    #expect(broken == graph)
    #expect(throws: ArgumentationError.invalidGraph(.duplicateID("A"))) {
      try broken.add(StructuredArgument(id: "A", kind: .belief, conclusion: "again"))
    }
  }

  @Test func argumentsForOneDecisionAgreeAndAnAskedAttackSettlesAConflict() throws {
    func decision(_ id: String, _ option: String?) -> StructuredArgument {
      StructuredArgument(id: id, kind: .decision, conclusion: "\(id).", decision: option)
    }
    var graph = ArgumentGraph()
    for argument in [
      decision("a", "A"), decision("b", "B"), decision("alt", "B"), decision("c", nil),
    ] {
      try graph.add(argument)
    }
    let conflicts = { (graph: ArgumentGraph) in
      Set(
        graph.attacks.filter { $0.reason == .decisionConflict }.map {
          "\($0.attacker)>\($0.target)"
        })
    }
    // b and alt argue for B: no conflict between them.
    #expect(
      conflicts(graph) == [
        "a>b", "b>a", "a>alt", "alt>a", "a>c", "c>a", "b>c", "c>b", "alt>c", "c>alt",
      ])
    // The alternative wins its question against a: a's attack back goes.
    try graph.add(
      Attack(attacker: "alt", target: "a", kind: .rebutting, reason: .criticalQuestion("CQ3")))
    #expect(!conflicts(graph).contains("a>alt"))
    #expect(!conflicts(graph).contains("alt>a"))
    #expect(graph.attacks.contains { $0.attacker == "alt" && $0.target == "a" })
    let solved = try graph.solve(under: .preferred)
    #expect(Set(solved.extensions.map(Set.init)) == [["b", "alt"], ["c"]])
    #expect(solved.standing(of: "a")?.status == .rejected)
    // The decision field survives the JSON round trip, and so does the outcome.
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-decision-\(UUID().uuidString).json").path
    defer { try? FileManager.default.removeItem(atPath: file) }
    try graph.jsonDocument.write(toFile: file, atomically: true, encoding: .utf8)
    let read = try ArgumentGraph(contentsOfFile: file)
    #expect(read == graph)
    #expect(read.argument(id: "alt")?.decision == "B")
    #expect(graph.jsonDocument.contains(#""decision": "B""#))
  }

  @Test func instantiationNamesAMissingOrUnknownVariable() throws {
    let decision = try catalog().scheme(named: "clinical.decision")
    #expect(
      throws: ArgumentationError.invalidInstantiation(
        "instantiating clinical.decision@1.0.0 needs a value for D (action)")
    ) {
      try decision.instantiate(id: "X", bindings: ["P": "p", "F": "f", "G": "g"])
    }
    #expect(
      throws: ArgumentationError.invalidInstantiation(
        "clinical.decision@1.0.0 has no variable Q; its variables are P, F, G, D")
    ) {
      try decision.instantiate(
        id: "X", bindings: ["P": "p", "F": "f", "G": "g", "D": "d", "Q": "q"])
    }
    let argument = try decision.instantiate(
      id: "X", bindings: ["P": "Ann", "F": "migraine", "G": "fewer attacks", "D": "propranolol"])
    #expect(argument.conclusion == "Propranolol should be considered for Ann.")
    #expect(argument.kind == .decision)
    #expect(argument.premises.map(\.id) == ["P1", "P2", "P3"])  // no exceptions
  }

  @Test func aQuestionWithoutCounterSchemeGivesItsClaim() throws {
    let catalog = try catalog()
    var graph = ArgumentGraph()
    try graph.add(
      catalog.scheme(named: "walton.expert-opinion").instantiate(
        id: "X", bindings: ["E": "Dr Rao", "D": "neurology", "A": "the drug works"]))
    let question = try #require(
      catalog.scheme(named: "walton.expert-opinion").criticalQuestions.first {
        $0.counterScheme == nil
      })
    let answer = try graph.answerAgainst("X", question: question.id, catalog: catalog, id: "Y")
    #expect(answer.kind == .belief)
    #expect(answer.scheme == nil)
    #expect(
      answer.conclusion.lowercased()
        == question.attackerClaim.rendered(
          with: ["E": "Dr Rao", "D": "neurology", "A": "the drug works"]
        ).lowercased())
    #expect(graph.explicitAttacks.map(\.kind) == [question.attack])
  }

  @Test func graphsReadBackFromTheirJSON() throws {
    let graph = try ExampleGraphs.migrainePrevention(catalog())
    let reread = try ArgumentGraph(jsonBytes: Array(graph.jsonDocument.utf8))
    #expect(reread == graph)
    // A solved graph reads back as its graph.
    let solved = try graph.solve(under: .stable)
    #expect(try ArgumentGraph(jsonBytes: Array(solved.jsonDocument.utf8)) == graph)
    #expect(
      solved.jsonDocument.hasPrefix(#"{"version":1,"arguments":[{"id":"A","kind":"decision""#))
  }

  struct BadFile: Sendable, CustomTestStringConvertible {
    let json: String
    let message: String
    var testDescription: String { message }
  }

  @Test(arguments: [
    BadFile(
      json: "{\"version\":1,\n \"arguments\":[{\"id\":\"a\" \"kind\":\"belief\"}]}",
      message: "g.json: 2:25: not valid JSON: invalid value"),
    BadFile(json: #"{"arguments":[]}"#, message: #"g.json: needs "version": 1, an integer"#),
    BadFile(
      json: #"{"version":2}"#,
      message: "g.json: version is 2, but this ArgMed reads graph files of version 1"),
    BadFile(
      json: #"{"version":1,"argument":[]}"#,
      message: "g.json: argument is not a member of the graph format"),
    BadFile(
      json: #"{"version":1,"arguments":[{"id":"a","kind":"beleif","conclusion":"x"}]}"#,
      message: #"g.json: arguments[0].kind is "beleif"; expected one of "decision", "belief""#),
    BadFile(
      json: #"{"version":1,"arguments":[{"id":"a","kind":"belief"}]}"#,
      message: "g.json: arguments[0].conclusion is missing"),
    BadFile(
      json:
        #"{"version":1,"arguments":[{"id":"a","kind":"belief","conclusion":"x"}],"attacks":[{"from":"b","to":"a","kind":"rebutting"}]}"#,
      message:
        "g.json: attacks[0] breaks a rule: the attack on 'a' comes from 'b', which is not in the "
        + "graph"),
    BadFile(json: #"{"version":true}"#, message: #"g.json: needs "version": 1, an integer"#),
    BadFile(
      json:
        #"{"version":1,"arguments":[{"id":"a","kind":"belief","conclusion":"x"},{"id":"b","kind":"belief","conclusion":"y"}],"attacks":[{"from":"a","to":"b","kind":"rebutting"},{"from":"a","to":"b","kind":"undermining"}]}"#,
      message:
        "g.json: attacks[1] breaks a rule: 'a' already attacks 'b' (rebutting); one attack per pair"
    ),
    BadFile(
      json:
        "{\"version\":1,\"arguments\":[{\"id\":\"a\\u001b[31m\",\"kind\":\"x\",\"conclusion\":\"y\"}]}",
      message: #"g.json: arguments[0].kind is "x"; expected one of "decision", "belief""#),
    BadFile(json: "[1,2]", message: "g.json: the document must be an object"),
  ])
  func badGraphFilesSayWhatAndWhere(_ test: BadFile) {
    #expect {
      _ = try ArgumentGraph(jsonBytes: Array(test.json.utf8), path: "g.json")
    } throws: { error in
      "\(error)" == test.message
    }
  }

  @Test func aFrameworkBecomesAGraphOfItsNames() throws {
    let framework = try ArgumentationFramework(
      names: ["a", "b", "c"], attacks: [("a", "b"), ("b", "c")])
    let graph = ArgumentGraph(framework: framework)
    #expect(graph.arguments.map(\.id) == ["a", "b", "c"])
    #expect(graph.attacks.map { "\($0.attacker)\($0.target)" } == ["ab", "bc"])
    #expect(
      try graph.solve(under: .grounded).standings.map(\.status) == [
        .accepted, .rejected, .accepted,
      ])
  }

  /// Rejected means out in every labelling, not merely in no extension.
  @Test func anOddCycleIsUndecidedUnderEverySemantics() throws {
    let framework = try ArgumentationFramework(
      names: ["a", "b", "c"], attacks: [("a", "b"), ("b", "c"), ("c", "a")])
    let graph = ArgumentGraph(framework: framework)
    for semantics in [Semantics.grounded, .complete, .preferred, .semiStable, .ideal] {
      let solved = try graph.solve(under: semantics)
      #expect(
        solved.standings.map(\.status) == [.undecided, .undecided, .undecided], "\(semantics)")
    }
    let stable = try graph.solve(under: .stable)
    #expect(stable.standings.allSatisfy { $0.status == .undecided && !$0.isSkepticallyAccepted })
    #expect(stable.textReport.hasPrefix("stable semantics: there is no stable extension"))
  }

  @Test func aListingCutShortStillDecidesEveryArgument() throws {
    // 12 disjoint mutual attacks: 4,096 preferred extensions, more than
    // the 1,000 listed.
    let names = (0..<24).map { "a\($0)" }
    var attacks: [(String, String)] = []
    for pair in 0..<12 {
      attacks.append((names[2 * pair], names[2 * pair + 1]))
      attacks.append((names[2 * pair + 1], names[2 * pair]))
    }
    let graph = ArgumentGraph(framework: try ArgumentationFramework(names: names, attacks: attacks))
    let solved = try graph.solve(under: .preferred)
    #expect(!solved.listsEveryExtension)
    #expect(solved.extensions.count == SolvedGraph.maximumExtensions)
    #expect(solved.standings.allSatisfy { $0.status == .undecided && $0.isCredulouslyAccepted })
  }

  @Test func decisionsAreCapped() throws {
    var graph = ArgumentGraph()
    for index in 0..<ArgumentGraph.maximumDecisions {
      try graph.add(StructuredArgument(id: "d\(index)", kind: .decision, conclusion: "do \(index)"))
    }
    #expect(throws: ArgumentationError.invalidGraph(.tooManyDecisions(limit: 256))) {
      try graph.add(StructuredArgument(id: "one more", kind: .decision, conclusion: "x"))
    }
  }
}

extension ArgumentGraphTests {
  @Test func supportsFollowTheRulesAttacksDo() throws {
    var graph = ArgumentGraph()
    try graph.add(StructuredArgument(id: "d", kind: .decision, conclusion: "Do d.", decision: "D"))
    try graph.add(StructuredArgument(id: "b", kind: .belief, conclusion: "b holds."))
    try graph.add(StructuredArgument(id: "c", kind: .belief, conclusion: "c holds."))
    try graph.add(Support(supporter: "b", target: "d"))
    // Made twice, a support is one support.
    try graph.add(Support(supporter: "b", target: "d"))
    #expect(graph.supports == [Support(supporter: "b", target: "d")])
    let before = graph
    #expect(throws: ArgumentationError.invalidGraph(.selfSupport("b"))) {
      try graph.add(Support(supporter: "b", target: "b"))
    }
    #expect(
      throws: ArgumentationError.invalidGraph(.decisionSupportsBelief(decision: "d", belief: "c"))
    ) {
      try graph.add(Support(supporter: "d", target: "c"))
    }
    let attack = Attack(attacker: "b", target: "d", kind: .rebutting)
    #expect(throws: ArgumentationError.invalidGraph(.attackOnASupport(attack))) {
      try graph.add(attack)
    }
    try graph.add(Attack(attacker: "c", target: "b", kind: .undermining))
    let onAttack = ArgumentationError.invalidGraph(
      .supportOnAnAttack(
        Support(supporter: "c", target: "b"),
        attack: Attack(attacker: "c", target: "b", kind: .undermining)))
    #expect(throws: onAttack) { try graph.add(Support(supporter: "c", target: "b")) }
    #expect(
      onAttack.description
        == "'c' supports 'b' and already attacks it (undermining); a pair is one relation")
    #expect(graph.supports == before.supports)
  }
}
