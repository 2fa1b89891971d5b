import Agents
import Foundation
import Testing

/// The case reader's bounds, each tested at the bound and one past it.
@Suite struct CaseLimitsTests {
  func read(_ json: String) throws -> ClinicalCase {
    try ClinicalCase(json: Array(json.utf8), path: "case.json")
  }

  func caseJSON(question: String = "Q?", options: Int = 2, extra: String = "") -> String {
    let list = (0..<options).map { #""o\#($0)": "option \#($0)""# }.joined(separator: ", ")
    return #"{"question": "\#(question)", "options": {\#(list)}\#(extra)}"#
  }

  @Test func aTextMayBeAsLongAsTheLimitAndNoLonger() throws {
    let limit = ClinicalCase.maximumTextLength
    #expect(
      try read(caseJSON(question: String(repeating: "a", count: limit))).question.count == limit)
    #expect(
      throws: AgentsError.invalidCase(
        path: "case.json", field: "question",
        problem: "is longer than \(limit) bytes, the limit for a text")
    ) {
      try read(caseJSON(question: String(repeating: "a", count: limit + 1)))
    }
  }

  @Test func aListMayHoldAsManyItemsAsTheLimitAndNoMore() throws {
    let limit = ClinicalCase.maximumItems
    #expect(try read(caseJSON(options: limit)).options.count == limit)
    #expect(
      throws: AgentsError.invalidCase(
        path: "case.json", field: "options",
        problem: "holds \(limit + 1) items, more than the limit of \(limit)")
    ) {
      try read(caseJSON(options: limit + 1))
    }
    let findings = Array(repeating: #""f""#, count: limit + 1).joined(separator: ",")
    #expect(throws: AgentsError.self) {
      try read(caseJSON(extra: #", "patient": {"findings": [\#(findings)]}"#))
    }
  }

  @Test func nestingIsBoundedByTheJSONReader() throws {
    // 512 levels are JSON's own bound here; past it the reader says so.
    let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
    #expect(throws: AgentsError.self) {
      try read(caseJSON(extra: #", "meta_info": \#(deep)"#))
    }
  }

  @Test func aFileMayBeAsLargeAsTheLimitAndNoLarger() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-limit-\(UUID().uuidString).json").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let limit = ClinicalCase.maximumFileSize
    let body = caseJSON()
    let padded = body + String(repeating: " ", count: limit - body.utf8.count)
    try padded.write(toFile: path, atomically: true, encoding: .utf8)
    #expect(try ClinicalCase(contentsOfFile: path).options.count == 2)
    try (padded + " ").write(toFile: path, atomically: true, encoding: .utf8)
    #expect(
      throws: AgentsError.invalidCase(
        path: path, field: "",
        problem: "the file has \(limit + 1) bytes, more than the limit of \(limit)")
    ) {
      try ClinicalCase(contentsOfFile: path)
    }
  }
}
