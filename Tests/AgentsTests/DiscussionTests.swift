import Agents
import Argumentation
import LLMBridge
import Testing

/// The discussion loop, one test per branch, with the mock and with
/// scripted replies.
@Suite struct DiscussionTests {
  static let catalog = Result { try SchemeCatalog.shipped() }

  /// A case whose knowledge is written for each test.
  static func clinicalCase(_ knowledge: String) throws -> ClinicalCase {
    let json = """
      {"id": "test", "question": "Which drug should she take to prevent migraine?",
       "options": {"A": "Alphamab", "B": "Betanol", "C": "Gammazide"},
       "patient": {"findings": ["migraine"], "goal": "fewer migraine attacks"},
       "knowledge": [\(knowledge)]}
      """
    return try ClinicalCase(json: Array(json.utf8))
  }

  static let achievesA = #"{"kind": "achieves", "option": "A", "goal": "fewer migraine attacks"}"#
  static let achievesB = #"{"kind": "achieves", "option": "B", "goal": "fewer migraine attacks"}"#
  static let sideEffectA =
    #"{"kind": "side-effect", "option": "A", "effect": "weight gain", "because": "obesity"}"#

  func run(
    _ knowledge: [String], model: any LanguageModel = ArgMedMock.model(),
    settings: DiscussionSettings = .init()
  ) async throws -> DiscussionReport {
    let discussion = Discussion(model: model, catalog: try Self.catalog.get(), settings: settings)
    return try await discussion.run(try Self.clinicalCase(knowledge.joined(separator: ",")))
  }

  @Test func anArgumentThatSurvivesEveryQuestionEndsItsRound() async throws {
    let report = try await run([Self.achievesB])
    #expect(report.graph.arguments.map(\.id) == ["A1"])
    #expect(report.ending == .settled(rounds: 1))
    #expect(report.answers.count == 7)
    #expect(report.answers.allSatisfy { $0.verdict == .accept })
    #expect(report.decision.answer == "B")
    #expect(report.decision.rule == .onlyOptionalDecision)
    #expect(report.exchanges.count == 2)
    #expect(report.failedTurns.isEmpty)
  }

  @Test func aRejectedQuestionBringsACounterArgumentThatAttacks() async throws {
    let report = try await run([Self.achievesA, Self.achievesB, Self.sideEffectA])
    let rejected = try #require(report.answers.first { $0.verdict == .reject })
    #expect(rejected.argument == "A1")
    #expect(rejected.question == "CQ2")
    #expect(rejected.knowledge == ["K3"])
    #expect(rejected.counterArguments == ["A3"])
    let counter = try #require(report.graph.argument(id: "A3"))
    #expect(counter.kind == .belief)
    #expect(counter.scheme?.id == "clinical.side-effect")
    #expect(counter.bindings["S"] == "weight gain")
    #expect(counter.bindings["F"] == "obesity")
    #expect(counter.bindings["D"] == "Alphamab")
    #expect(
      report.graph.explicitAttacks
        == [
          Attack(
            attacker: "A3", target: "A1", kind: .undercutting, reason: .criticalQuestion("CQ2"))
        ])
    #expect(report.solution.standing(of: "A1")?.status == .rejected)
    #expect(report.decision.answer == "B")
    #expect(report.ending == .settled(rounds: 2))
  }

  @Test func aMalformedReplyIsAskedAgain() async throws {
    let model = ScriptedModel([
      "argmed_verifier_answers": ["I think it is fine.", #"{"answers": 3}"#]
    ])
    let report = try await run([Self.achievesB], model: model)
    let turn = try #require(report.turns.first { $0.task == .askCriticalQuestions })
    #expect(turn.succeeded)
    #expect(turn.exchanges.count == 3)
    let reask = report.exchanges[turn.exchanges.last!].request.messages
    #expect(reask.count == 6)
    #expect(
      reask.last?.content.hasPrefix("That reply does not fit the required JSON schema") == true)
    #expect(report.decision.answer == "B")
  }

  @Test func aReplyThatNeverFitsIsAFailedTurnAndTheDiscussionGoesOn() async throws {
    let wrong = #"{"answers": {}}"#
    let model = ScriptedModel(["argmed_verifier_answers": [wrong, wrong, wrong]])
    let report = try await run([Self.achievesA, Self.achievesB], model: model)
    #expect(report.failedTurns.count == 1)
    let failed = try #require(report.failedTurns.first)
    #expect(failed.agent == .verifier)
    #expect(failed.subject == "A1")
    #expect(failed.exchanges.count == 3)
    #expect(failed.summary.contains("lacks \"CQ1\""))
    // A2 was still questioned, by the mock.
    #expect(report.answers.map(\.argument).allSatisfy { $0 == "A2" })
    #expect(report.answers.count == 7)
    #expect(report.textReport.contains("1 failed turn"))
    #expect(report.textReport.contains("Failed: verifier ask-critical-questions (A1)"))
  }

  @Test func theRoundLimitStopsTheDiscussion() async throws {
    let report = try await run(
      [Self.achievesA, Self.achievesB, Self.sideEffectA], settings: .init(maxRounds: 1))
    #expect(report.ending == .roundLimit(unquestioned: ["A3"]))
    #expect(!report.answers.contains { $0.argument == "A3" })
    #expect(report.textReport.contains("Stopped at the round limit (1); never questioned: A3."))
  }

  @Test func theDecisionLimitBoundsProposalsAndAlternatives() async throws {
    let better = #"{"kind": "better-than", "option": "B", "than": "A"}"#
    let report = try await run(
      [Self.achievesA, Self.achievesB, better], settings: .init(maxDecisions: 1))
    #expect(report.graph.decisions.map(\.id) == ["A1"])
    let alternative = try #require(report.answers.first { $0.question == "CQ3" })
    #expect(alternative.verdict == .reject)
    #expect(alternative.counterArguments.isEmpty)
    #expect(alternative.unanswered?.contains("decision limit (1)") == true)
    #expect(report.decision.answer == "A")

    let wider = try await run([Self.achievesA, Self.achievesB, better])
    #expect(wider.graph.decisions.count == 3)
    #expect(wider.decisionOptions == ["A1": "A", "A2": "B", "A3": "B"])
    #expect(wider.decision.answer == "B")
    #expect(wider.decision.rule == .inMostExtensions)
  }

  @Test func whenNoDecisionSurvivesTheReportSaysSo() async throws {
    let contraindicated = #"{"kind": "contraindication", "option": "A", "condition": "pregnancy"}"#
    let report = try await run([Self.achievesA, contraindicated])
    #expect(report.decision.answer == nil)
    #expect(report.decision.optional.isEmpty)
    #expect(report.solution.standing(of: "A1")?.status == .rejected)
    #expect(report.textReport.contains("Decision: none. No decision is acceptable"))
    #expect(report.textReport.contains("Conjecture 1"))
    #expect(report.jsonDocument.contains(#""noDecision": true"#))

    let nothing = try await run([])
    #expect(nothing.graph.arguments.isEmpty)
    #expect(nothing.ending == .settled(rounds: 0))
    #expect(nothing.textReport.contains("No decision was proposed."))
  }

  @Test func anUnsupportedProposalFallsToTheBurdenOfProof() async throws {
    // A real model may propose what the knowledge does not support.
    let proposal = #"""
      {"decisions": [{"option": "C", "goal": "fewer migraine attacks", "findings": "migraine",
        "knowledge": [], "rationale": "A guess."}]}
      """#
    let model = ScriptedModel(["argmed_generator_decisions": [proposal]])
    let report = try await run([Self.achievesB], model: model)
    let cq1 = try #require(report.answers.first { $0.argument == "A1" && $0.question == "CQ1" })
    #expect(cq1.verdict == .reject)
    let evidence = try #require(report.graph.argument(id: "A2"))
    #expect(evidence.scheme?.id == "clinical.evidence")
    #expect(evidence.bindings["E"] == "the knowledge given with the case")
    #expect(
      evidence.conclusion
        == "There is no reliable evidence that Gammazide promotes fewer migraine attacks.")
    #expect(report.decision.answer == nil)
  }

  @Test func aCounterArgumentToAnAlternativeIsAboutTheAlternative() async throws {
    let better = #"{"kind": "better-than", "option": "A", "than": "B"}"#
    let contraindicated = #"{"kind": "contraindication", "option": "A", "condition": "pregnancy"}"#
    let report = try await run([Self.achievesA, Self.achievesB, better, contraindicated])
    // A3 (contraindication of Alphamab) answers A1's CQ5; the alternative
    // A4 (Alphamab over Betanol) asks the same question of Alphamab, and
    // the same argument answers it.
    let alternative = try #require(
      report.graph.arguments.first { $0.scheme?.id == "clinical.better-alternative" })
    #expect(alternative.bindings["D2"] == "Alphamab")
    let contraindications = report.graph.arguments.filter {
      $0.scheme?.id == "clinical.contraindication"
    }
    #expect(contraindications.count == 1)
    #expect(contraindications.first?.bindings["D"] == "Alphamab")
    let attacked = report.graph.explicitAttacks.filter {
      $0.attacker == contraindications.first?.id
    }
    #expect(Set(attacked.map(\.target)) == [alternative.id, "A1"])
    #expect(report.decision.answer == "B")
    #expect(report.decision.rule == .onlyOptionalDecision)
  }

  @Test func aModelThatCannotBeReachedEndsTheRun() async throws {
    await #expect(
      throws: AgentsError.modelFailed(
        "openai test-model at http://127.0.0.1:9: the model server cannot be reached: connection refused"
      )
    ) {
      try await run([Self.achievesA], model: UnreachableModel())
    }
  }

  @Test func twoMockRunsGiveTheSameBytes() async throws {
    let knowledge = [Self.achievesA, Self.achievesB, Self.sideEffectA]
    let first = try await run(knowledge)
    let second = try await run(knowledge)
    #expect(first.textReport == second.textReport)
    #expect(first.jsonDocument == second.jsonDocument)
    #expect(first.transcriptLines == second.transcriptLines)
  }

  @Test func theTranscriptHoldsEveryTurnAndExchangeInOrder() async throws {
    let report = try await run([Self.achievesA, Self.achievesB, Self.sideEffectA])
    let lines = report.transcriptLines.split(separator: "\n").map(String.init)
    let values = try lines.map { try JSONValue(parsing: $0) }
    #expect(values.allSatisfy { $0["version"] == 1 })
    #expect(values.first?["type"] == "discussion")
    let exchanges = values.filter { $0["type"] == "exchange" }
    let turns = values.filter { $0["type"] == "turn" }
    #expect(exchanges.count == report.exchanges.count)
    #expect(turns.count == report.turns.count)
    #expect(exchanges.map { $0["exchange"]?.countValue } == (1...report.exchanges.count).map { $0 })
    // Each turn's exchanges come just before it.
    var seen = 0
    for value in values.dropFirst() {
      if value["type"] == "exchange" { seen += 1 }
      if value["type"] == "turn" {
        let numbers = (value["exchanges"]?.arrayValue ?? []).compactMap(\.countValue)
        #expect(numbers.last ?? seen == seen)
      }
    }
    #expect(turns.last?["agent"] == "reasoner")
  }
}
