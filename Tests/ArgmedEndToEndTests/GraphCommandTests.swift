import ArgmedTestSupport
import Foundation
import Testing

/// `argmed graph solve|render` and `argmed af render`, run as a user runs them.
@Suite struct GraphCommandTests {
  let argmed = CommandRunner()
  let example = fixturesDirectory() + "/../../../examples/graphs/migraine-prevention.json"
  let framework = fixturesDirectory() + "/iccma-example.tgf"

  @Test func solvesExampleOneAsThePaperReports() throws {
    let text = try argmed.run(["graph", "solve", example, "--semantics", "preferred"])
    #expect(text.status == 0)
    #expect(text.standardError == "")
    #expect(text.standardOutput.hasPrefix("preferred semantics: optional decisions B, C\n"))
    #expect(text.standardOutput.hasSuffix("explanation sets:\n  B: {B, D, E}\n  C: {C, D, E}\n"))

    let json = try argmed.run([
      "graph", "solve", example, "--semantics", "grounded", "--format", "json",
    ])
    #expect(json.standardOutput.hasPrefix(#"{"version":1,"arguments":["#))
    #expect(
      json.standardOutput.contains(
        #""solution":{"semantics":"grounded","standings":[{"id":"A","status":"rejected""#))
    #expect(json.standardOutput.contains(#""optionalDecisions":[],"acceptedDecisions":[]"#))
  }

  @Test func rendersDOTSVGAndJSON() throws {
    let dot = try argmed.run(["graph", "render", example, "--semantics", "preferred"])
    #expect(dot.status == 0)
    #expect(dot.standardOutput.hasPrefix("digraph \"argmed\" {\n"))
    let svg = try argmed.run([
      "graph", "render", example, "--format", "svg", "--palette", "classic",
    ])
    #expect(svg.status == 0)
    #expect(svg.standardOutput.contains("<svg"))
    let json = try argmed.run(["graph", "render", example, "--format", "json"])
    #expect(json.standardOutput == (try String(contentsOfFile: example, encoding: .utf8)))
  }

  @Test func writesTheOutputFileWholeOrNotAtAll() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-render-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let target = directory + "/graph.dot"
    try "old".write(toFile: target, atomically: true, encoding: .utf8)
    let result = try argmed.run(["graph", "render", example, "--output", target])
    #expect(result.status == 0)
    #expect(result.standardOutput == "")
    #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("digraph"))
    // A failing run leaves the file as it was, and no temporary file behind.
    try "old".write(toFile: target, atomically: true, encoding: .utf8)
    let failed = try argmed.run([
      "graph", "render", directory + "/missing.json", "--output", target,
    ])
    #expect(failed.status == 1)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["graph.dot"])
  }

  @Test func aBrokenGraphFileIsOneLineOnStderr() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-graph-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/bad.json"
    try #"{"version":1,"arguments":[{"id":"a","kind":"decision","conclusion":"x"},"#
      .write(toFile: path, atomically: true, encoding: .utf8)
    let result = try argmed.run(["graph", "solve", path, "--semantics", "grounded"])
    #expect(result.status == 1)
    #expect(result.standardOutput == "")
    #expect(result.standardError.hasPrefix("argmed: error: \(path): 1:"))
    #expect(result.standardError.split(separator: "\n").count == 1)
  }

  @Test func withoutGraphvizSVGSaysHowToInstallIt() throws {
    let result = try argmed.run(
      ["graph", "render", example, "--format", "svg"], environment: ["PATH": "/nonexistent"])
    #expect(result.status == 1)
    #expect(result.standardOutput == "")
    #expect(
      result.standardError
        == "argmed: error: Graphviz's dot is not installed: install it (Debian and Ubuntu: "
        + "apt-get install graphviz), or ask for DOT instead (--format dot; with solve, --dot FILE)\n"
    )
  }

  @Test func drawsAPlainFrameworkTheSameWay() throws {
    let result = try argmed.run(["af", "render", framework, "--semantics", "grounded"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains(#"  n0 [label="a  ✔ accepted""#))
    let svg = try argmed.run(["af", "render", framework, "--format", "svg"])
    #expect(svg.standardOutput.contains("<svg"))
  }
}
