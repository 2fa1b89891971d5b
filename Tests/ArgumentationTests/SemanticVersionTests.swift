import Argumentation
import Testing

@Suite struct SemanticVersionTests {
  @Test func parsesAndOrdersBySemverPrecedence() throws {
    let ordered = [
      "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
      "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.2.0", "1.10.0", "2.0.0",
    ]
    let versions = try ordered.map { try #require(SemanticVersion($0)) }
    #expect(versions.map(\.description) == ordered)
    for (lower, higher) in zip(versions, versions.dropFirst()) {
      #expect(lower < higher, "\(lower) < \(higher)")
      #expect(!(higher < lower), "\(higher) ≮ \(lower)")
    }
  }

  @Test(arguments: [
    "1.2", "1.2.3.4", "01.2.3", "1.2.3-", "1.2.3-a..b", "a.b.c", "", "1.2.-3", "1.0.0-rc.01",
    "1.0.0-.", "1.0.0-rc..1",
  ])
  func rejects(_ text: String) {
    #expect(SemanticVersion(text) == nil)
  }

  @Test func parsesReferences() throws {
    let versioned = try #require(SchemeReference("clinical.decision@1.2.0"))
    #expect(versioned.id == "clinical.decision")
    #expect(versioned.version == SemanticVersion("1.2.0"))
    #expect(SchemeReference("clinical.decision")?.version == nil)
    #expect(SchemeReference("clinical.decision@1.2") == nil)
    #expect(SchemeReference("@1.0.0") == nil)
  }
}
