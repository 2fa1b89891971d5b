import ArgmedTestSupport
import Foundation
import Testing

/// `argmed qbaf solve`, run as a user runs it, on facts and on JSON.
@Suite struct QbafCommandTests {
  let argmed = CommandRunner()

  func file(_ name: String, _ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-qbaf-\(UUID().uuidString)-\(name)").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func factsAndJSONGiveTheSameStrengths() throws {
    let facts = try file(
      "a.qbaf", "arg(a). arg(b). arg(c). base(a,0.4). base(b,0.7). att(b,a). sup(c,a).")
    let json = try file(
      "a.json",
      """
      {"version": 1, "arguments": [{"id": "a", "base": 0.4}, {"id": "b", "base": 0.7}, {"id": "c"}],
       "attacks": [{"from": "b", "to": "a"}], "supports": [{"from": "c", "to": "a"}]}
      """)
    defer { for path in [facts, json] { try? FileManager.default.removeItem(atPath: path) } }
    let fromFacts = try argmed.run(["qbaf", "solve", facts, "--semantics", "df-quad"])
    let fromJSON = try argmed.run(["qbaf", "solve", json, "--semantics", "df-quad"])
    #expect(fromFacts.status == 0)
    #expect(fromFacts.standardError == "")
    // vₐ = 0.7 > vₛ = 0.5: 0.4 − 0.4 · 0.2.
    #expect(fromFacts.standardOutput == "a  0.320000\nb  0.700000\nc  0.500000\n")
    #expect(fromJSON.standardOutput == fromFacts.standardOutput)
  }

  @Test func brokenFilesAreLocated() throws {
    let facts = try file("b.qbaf", "arg(a).\nbase(a, 2).")
    let json = try file("b.json", #"{"version": 1, "arguments": [{"id": "a", "base": "high"}]}"#)
    defer { for path in [facts, json] { try? FileManager.default.removeItem(atPath: path) } }
    let badFacts = try argmed.run(["qbaf", "solve", facts, "--semantics", "df-quad"])
    #expect(badFacts.status == 1)
    #expect(badFacts.standardOutput == "")
    #expect(
      badFacts.standardError
        == "argmed: error: \(facts):2:9: a base score is a number from 0 to 1\n")
    let badJSON = try argmed.run(["qbaf", "solve", json, "--semantics", "quadratic-energy"])
    #expect(badJSON.status == 1)
    #expect(
      badJSON.standardError
        == "argmed: error: \(json):1:1: arguments[0].base must be a number from 0 to 1\n")
  }
}
