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
    #expect(
      drawing.wrapped("a-very-long-unbreakable-word and more") == [
        "a-very-long-unbreakable-word", "and more",
      ])
  }

  @Test func theSameGraphGivesTheSameText() throws {
    let graph = try ExampleGraphs.migrainePrevention(#require(SchemeTesting.shipped))
    let solved = try graph.solve(under: .preferred)
    #expect(graph.dot(solution: solved) == graph.dot(solution: solved))
    let lines = graph.dot(solution: solved).split(separator: "\n")
    // Nodes in the graph's order, then the attacks, then the legend.
    #expect(
      lines.filter { $0.hasPrefix("  \"") && $0.contains("[label=") }.map { $0.prefix(5) } == [
        "  \"A\"", "  \"B\"", "  \"C\"", "  \"D\"", "  \"E\"",
      ])
    #expect(lines.last == "}")
  }
}
