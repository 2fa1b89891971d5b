import ArgmedTestSupport
import Foundation
import Testing

/// `argmed schemes list|show|validate`, run as a user runs them.
@Suite struct SchemesCommandTests {
  let argmed = CommandRunner()
  let schemeFixtures = fixturesDirectory() + "/../../ArgumentationTests/Fixtures"

  @Test func listsTheShippedSchemesFromAnyFolder() throws {
    let result = try argmed.run(["schemes", "list"], in: "/")
    #expect(result.status == 0)
    #expect(result.standardError == "")
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count >= 20)
    #expect(
      lines.contains {
        $0.hasPrefix("clinical.decision@1.0.0 ")
          && $0.hasSuffix(
            "  decision  Argument for a clinical decision (ASDM)")
      })
  }

  @Test func listsAsVersionedJSON() throws {
    let result = try argmed.run(["schemes", "list", "--format", "json"])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix(#"{"version":1,"schemes":[{"id":"clinical."#))
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    let schemes = (object as? [String: Any])?["schemes"] as? [[String: Any]]
    #expect((schemes?.count ?? 0) >= 20)
  }

  @Test func showsASchemeAsTextJSONAndXML() throws {
    let text = try argmed.run(["schemes", "show", "clinical.decision"])
    #expect(text.status == 0)
    #expect(
      text.standardOutput.hasPrefix(
        "clinical.decision@1.0.0: Argument for a clinical decision (ASDM)\n"
          + "kind decision, concludes a decision, active\n"))
    #expect(text.standardOutput.contains("  CQ2  undercutting P5 → clinical.side-effect"))

    let json = try argmed.run(["schemes", "show", "clinical.decision@1.0.0", "--format", "json"])
    #expect(json.standardOutput.hasPrefix(#"{"version":1,"scheme":{"id":"clinical.decision","#))
    _ = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8))

    // The XML is a scheme file that validates on its own terms.
    let xml = try argmed.run(["schemes", "show", "walton.expert-opinion", "--format", "xml"])
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-show-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try xml.standardOutput.write(
      toFile: directory + "/expert.xml", atomically: true, encoding: .utf8)
    let check = try argmed.run(["schemes", "validate", directory + "/expert.xml"])
    #expect(check.standardOutput == "1 file valid (1 scheme)\n")
    #expect(check.status == 0)
  }

  @Test func anUnknownSchemeIsAOneLineError() throws {
    let result = try argmed.run(["schemes", "show", "clinical.nothing"])
    #expect(result.status == 1)
    #expect(result.standardOutput == "")
    #expect(result.standardError == "argmed: error: no scheme clinical.nothing is loaded\n")
  }

  @Test func validateListsEveryProblemAndFails() throws {
    let badRole = schemeFixtures + "/invalid/bad-role.xml"
    let unused = schemeFixtures + "/invalid/unused-variable.xml"
    let valid = schemeFixtures + "/valid/minimal.xml"
    let result = try argmed.run(["schemes", "validate", badRole, valid, unused])
    #expect(result.status == 1)
    #expect(result.standardOutput == "")
    #expect(
      result.standardError
        == """
        \(badRole):10:22: <premise>, attribute 'role': The value 'defeater' is not an element of \
        the set {'major', 'minor', 'assumption', 'exception'}
        \(unused):8:5: variable Z is declared but no major, minor or assumption premise uses it
        argmed: error: 2 problems in scheme files

        """)
  }

  @Test func validatePassesValidFilesAndFolders() throws {
    let result = try argmed.run(["schemes", "validate", schemeFixtures + "/valid"])
    #expect(result.status == 0)
    #expect(result.standardOutput == "3 files valid (3 schemes)\n")
    #expect(result.standardError == "")
  }

  @Test func standaloneValidationDoesNotSeeTheShippedSchemes() throws {
    let path = schemeFixtures + "/invalid/decision-attacks-belief.xml"
    let result = try argmed.run(["schemes", "validate", "--standalone", path])
    #expect(result.status == 1)
    #expect(
      result.standardError.hasPrefix(
        "\(path):28:53: question CQ2 names the counter-scheme clinical.decision, but no scheme "
          + "clinical.decision is loaded\n"))
  }

  @Test func hostileFilesGetDiagnosticsAndLeakNothing() throws {
    let hostile = schemeFixtures + "/hostile"
    let secret = try String(contentsOfFile: hostile + "/secret.txt", encoding: .utf8)
      .trimmingCharacters(in: .newlines)
    let result = try argmed.run(["schemes", "validate", hostile])
    #expect(result.status == 1)
    #expect(!result.standardError.contains(secret))
    #expect(!result.standardOutput.contains(secret))
    let lines = result.standardError.split(separator: "\n")
    #expect(lines.count == 7)
    // Every line is ours: a located diagnostic or the summary, nothing libxml2 printed.
    for line in lines.dropLast() {
      #expect(line.hasPrefix(hostile + "/") && line.contains(".xml:2:1: document type"))
    }
    #expect(lines.last == "argmed: error: 6 problems in scheme files")
  }

  @Test func aBrokenSchemeFolderStopsListing() throws {
    let result = try argmed.run([
      "schemes", "list", "--dir", schemeFixtures + "/invalid",
    ])
    #expect(result.status == 1)
    #expect(result.standardOutput == "")
    // Every problem of every file, one per line, then the count.
    let lines = result.standardError.split(separator: "\n")
    let files = try FileManager.default.contentsOfDirectory(atPath: schemeFixtures + "/invalid")
    #expect(lines.count > files.count)
    #expect(lines.last == "argmed: error: \(lines.count - 1) problems in scheme files")
  }
}
