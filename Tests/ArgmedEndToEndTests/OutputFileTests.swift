import ArgmedTestSupport
import Foundation
import Testing

/// Where results are written: links followed, devices and pipes written
/// through, inputs never overwritten, and nothing half-written.
@Suite struct OutputFileTests {
  let argmed = CommandRunner()

  /// A fresh folder holding a small framework, `f.i23`.
  private func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-output-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try "p af 3\n1 2\n2 3\n".write(toFile: path + "/f.i23", atomically: true, encoding: .utf8)
    return path
  }

  private func isLink(_ path: String) -> Bool {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
  }

  @Test func aLinkToStandardOutputIsWrittenThroughAndStaysALink() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let link = directory + "/out"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/stdout")
    let run = try argmed.run(["af", "render", directory + "/f.i23", "--output", link])
    #expect(run.status == 0)
    #expect(run.standardOutput.hasPrefix("digraph"))
    #expect(isLink(link))
  }

  @Test func aLinkToAFileReplacesTheFileAndKeepsTheLink() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try "old\n".write(toFile: directory + "/real.dot", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/link.dot", withDestinationPath: "real.dot")
    let run = try argmed.run(["af", "render", "f.i23", "--output", "link.dot"], in: directory)
    #expect(run.status == 0)
    #expect(isLink(directory + "/link.dot"))
    let written = try String(contentsOfFile: directory + "/real.dot", encoding: .utf8)
    #expect(written.hasPrefix("digraph"))
  }

  @Test func anOutputNamingAnInputIsRefusedBeforeAnythingRuns() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let render = try argmed.run(["af", "render", "f.i23", "--output", "./f.i23"], in: directory)
    #expect(render.status == 64)
    #expect(render.standardError.contains("FILE and --output name the same file"))
    #expect(
      try String(contentsOfFile: directory + "/f.i23", encoding: .utf8) == "p af 3\n1 2\n2 3\n")
    let caseFile = directory + "/case.json"
    try FileManager.default.copyItem(
      atPath: SolveCommandTests.path("migraine-prevention"), toPath: caseFile)
    for option in ["--output", "--transcript", "--record"] {
      let solve = try argmed.run(["solve", caseFile, option, caseFile])
      #expect(solve.status == 64, "\(option)")
      #expect(solve.standardError.contains("CASE and \(option) name the same file"))
    }
    let twice = try argmed.run(
      ["solve", caseFile, "--dot", "g", "--transcript", "g"], in: directory)
    #expect(twice.status == 64)
    #expect(twice.standardError.contains("--dot and --transcript name the same file"))
    let before = try Data(contentsOf: URL(fileURLWithPath: caseFile))
    #expect(
      before
        == (try Data(
          contentsOf: URL(fileURLWithPath: SolveCommandTests.path("migraine-prevention")))))
  }

  @Test func anOutputThatCannotBeWrittenLeavesNoOtherOutput() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = try argmed.run(
      [
        "solve", SolveCommandTests.path("migraine-prevention"), "--transcript", "t.jsonl",
        "--dot", "g.dot", "--output", "missing/r.txt",
      ], in: directory)
    #expect(run.status == 1)
    #expect(run.standardError.contains("missing/r.txt: cannot write the file"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["f.i23"])
  }

  @Test func aFolderOfSchemesCanUseShippedCounterSchemes() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.copyItem(
      atPath: SolveCommandTests.cases + "/../../schemes/clinical/decision.xml",
      toPath: directory + "/decision.xml")
    let caseFile = SolveCommandTests.path("migraine-prevention")
    let shipped = try argmed.run(["solve", caseFile])
    let folder = try argmed.run(["solve", caseFile, "--dir", directory])
    #expect(folder.status == 0)
    #expect(folder.standardOutput == shipped.standardOutput)
    #expect(!folder.standardOutput.contains("not in the catalog"))
  }
}
