import ArgmedTestSupport
import Argumentation
import Foundation
import Solver
import Testing

/// DOT that Graphviz's own `dot` accepts, whatever the texts hold.
@Suite struct GraphDrawingTests {
  /// Runs the real `dot` on `text`; Graphviz is installed by
  /// `Scripts/setup`, so a missing `dot` fails the test.
  private func svg(_ text: String) throws -> String {
    try Graphviz.svg(fromDOT: text)
  }

  @Test func graphvizDrawsExampleOneInBothPalettes() throws {
    let graph = try ExampleGraphs.migrainePrevention(#require(SchemeTesting.shipped))
    let solved = try graph.solve(under: .preferred)
    for palette in GraphDrawing.Palette.allCases {
      let drawing = try svg(graph.dot(solution: solved, drawing: GraphDrawing(palette: palette)))
      #expect(drawing.contains("<svg"))
      #expect(drawing.contains("◐ optional"))
      #expect(drawing.contains("✘ rejected"))
    }
    #expect(try svg(graph.dot()).contains("<svg"))
  }

  @Test func hostileTextsAreEscaped() throws {
    var graph = ArgumentGraph()
    let nasty = #"He said "stop" \ then \n left; <b>&amp;</b> } ] // ünïcödé 💊 "#
    try graph.add(
      StructuredArgument(
        id: #"a "quoted" id\"#, kind: .decision, conclusion: nasty + "\nsecond line\t\u{7}end"))
    try graph.add(StructuredArgument(id: "legend", kind: .belief, conclusion: "x -> y [color=red]"))
    try graph.add(Attack(attacker: "legend", target: #"a "quoted" id\"#, kind: .undermining))
    let solved = try graph.solve(under: .grounded)
    let dot = graph.dot(solution: solved, title: #"title "with" \ quotes"#)
    let drawing = try svg(dot)
    #expect(drawing.contains("ünïcödé 💊"))
    // Graphviz writes the quote as an entity; the backslash survives as itself.
    #expect(drawing.contains("&quot;stop&quot; \\ then \\n left"))
  }

  @Test func labelsWrapAtTheLineWidth() {
    let drawing = GraphDrawing(lineWidth: 12)
    #expect(
      drawing.wrapped("Propranolol should be considered for the patient.") == [
        "Propranolol", "should be", "considered", "for the", "patient.",
      ])
    // A word longer than a line is cut, each piece ending in a hyphen.
    #expect(
      drawing.wrapped("a-very-long-unbreakable-word and more") == [
        "a-very-long-", "-unbreakabl-", "e-word and", "more",
      ])
    let many = drawing.wrapped(String(repeating: "word ", count: 100))
    #expect(many.count == GraphDrawing.maximumLines)
    #expect(many.last?.hasSuffix("…") == true)
  }

  @Test func theSameGraphGivesTheSameText() throws {
    let graph = try ExampleGraphs.migrainePrevention(#require(SchemeTesting.shipped))
    let solved = try graph.solve(under: .preferred)
    #expect(graph.dot(solution: solved) == graph.dot(solution: solved))
    let lines = graph.dot(solution: solved).split(separator: "\n")
    // Nodes in the graph's order, then the attacks, then the legend.
    #expect(
      lines.filter { $0.contains("[label=") && !$0.contains("->") }.map { $0.prefix(5) } == [
        "  n0 ", "  n1 ", "  n2 ", "  n3 ", "  n4 ",
      ])
    #expect(lines.last == "}")
  }

  /// Ids that escape alike stay apart, and long texts stay within what
  /// Graphviz 2.43 reads.
  @Test func everyArgumentIsItsOwnNodeWhateverItsIDAndText() throws {
    var graph = ArgumentGraph()
    let ids = ["a b", "a\nb", "a\tb", "a\u{7F}b", "node", "%1", "", "\u{202E}evil", "&", "&amp;"]
    for id in ids where !id.isEmpty {
      try graph.add(StructuredArgument(id: id, kind: .belief, conclusion: id))
    }
    let long = String(repeating: "word ", count: 5_000) + String(repeating: "x", count: 20_000)
    try graph.add(StructuredArgument(id: "long", kind: .decision, conclusion: long))
    try graph.add(Attack(attacker: "a b", target: "a\nb", kind: .rebutting))
    let solved = try graph.solve(under: .grounded)
    let dot = graph.dot(solution: solved)
    let plain = try runDot(dot, format: "plain")
    let nodes = plain.split(separator: "\n").filter { $0.hasPrefix("node ") }
    #expect(nodes.count == graph.arguments.count + 1)  // and the legend
    #expect(!dot.contains("\u{202E}"))
  }

  private func runDot(_ text: String, format: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try Graphviz.requireDot())
    process.arguments = ["-T\(format)"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return String(decoding: data, as: UTF8.self)
  }
}
