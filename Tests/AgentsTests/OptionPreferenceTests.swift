import Agents
import Testing

/// The preference over options that `better-than` statements state.
@Suite struct OptionPreferenceTests {
  func preference(_ better: [(String, String)], keys: [String] = ["A", "B", "C", "D"])
    -> OptionPreference
  {
    OptionPreference(
      ClinicalCase(
        question: "Which?", options: keys.map { .init(key: $0, text: "Option \($0)") },
        knowledge: better.map { .init(kind: .betterThan, option: $0.0, fields: ["than": $0.1]) }))
  }

  @Test func preferencesChainTransitively() {
    let chained = preference([("C", "B"), ("B", "A")])
    #expect(chained.prefers("C", over: "A"))
    #expect(chained.chain(from: "C", to: "A") == ["C", "B", "A"])
    #expect(!chained.prefers("A", over: "C"))
    #expect(chained.pairs.map { "\($0.preferred)>\($0.over)" } == ["B>A", "C>A", "C>B"])
    #expect(chained.conflicts.isEmpty)
  }

  @Test func aCycleCancelsItselfAndIsNamed() {
    // A > B > C > A, and D below all of them.
    let cyclic = preference([("A", "B"), ("B", "C"), ("C", "A"), ("C", "D")])
    #expect(!cyclic.prefers("A", over: "B"))
    #expect(!cyclic.prefers("B", over: "A"))
    #expect(!cyclic.prefers("A", over: "C"))
    #expect(cyclic.conflicts == [["A", "B", "C"]])
    #expect(cyclic.conflict(between: "C", and: "A") == ["A", "B", "C"])
    // What the whole cycle is preferred to stays below each of its options.
    #expect(cyclic.prefers("A", over: "D"))
    #expect(cyclic.prefers("B", over: "D"))
  }

  @Test func aPreferenceIsTheSameUnderAnyOrderOfStatements() {
    let statements = [("C", "B"), ("B", "A"), ("D", "A")]
    let forward = preference(statements)
    let backward = preference(statements.reversed())
    #expect(forward.pairs == backward.pairs)
  }
}
