import Agents
import Argumentation
import Testing

/// The discussion's record: ids given out transactionally, arguments
/// entered all or nothing.
@Suite struct DiscussionRecordTests {
  @Test func aReservedIDIsTakenOnlyWhenCommitted() {
    var ids = ArgumentIDs()
    let first = ids.reserve()
    #expect(first.id == "A1")
    // Released (dropped), the id is reserved again.
    #expect(ids.reserve().id == "A1")
    ids.commit(first)
    #expect(ids.reserve().id == "A2")
  }

  @Test func anArgumentThatCannotEnterLeavesTheRecordAsItWas() throws {
    var record = DiscussionRecord()
    let entered = record.enterArgument { id, graph throws(ArgumentationError) in
      try graph.add(StructuredArgument(id: id, kind: .belief, conclusion: "p holds."))
    }
    #expect(try entered.get() == "A1")
    let before = record.graph
    // The argument enters, then its attack fails: neither stays.
    let refused = record.enterArgument { id, graph throws(ArgumentationError) in
      try graph.add(StructuredArgument(id: id, kind: .decision, conclusion: "Do d."))
      try graph.add(Attack(attacker: id, target: "A1", kind: .rebutting))
    }
    #expect(
      throws: ArgumentationError.invalidGraph(
        .decisionAttacksBelief(decision: "A2", belief: "A1"))
    ) { try refused.get() }
    #expect(record.graph == before)
    // The id it held is the next one given.
    let next = record.enterArgument { id, graph throws(ArgumentationError) in
      try graph.add(StructuredArgument(id: id, kind: .belief, conclusion: "q holds."))
    }
    #expect(try next.get() == "A2")
  }
}
