import Agents
import ArgumentParser
import Argumentation
import LLMBridge
import Solver

/// `argmed solve CASE.json`: the clinical discussion, its decision and
/// explanation, and the graph.
struct SolveCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "solve",
    abstract: "Discuss a clinical case with ArgMed's agents: the decision, why, and the graph.",
    discussion: """
      CASE is an ArgMed case, a MedQA JSONL line or a PubMedQA record (JSON). The Generator \
      proposes decisions, the Verifier asks each argument its critical questions, the Generator \
      answers each question decided against one with a counter-argument, and the Reasoner solves \
      the attack graph. With --llm mock (the default) it runs offline and gives the same bytes \
      every time.
      """)

  @Argument(help: "The case file (JSON).")
  var file: String

  @OptionGroup var model: LanguageModelOptions

  @OptionGroup var discussion: DiscussionOptions

  @Option(help: "The report's format: text or json.")
  var format: OutputFormat = .text

  @Option(help: "Also write the solved graph in Graphviz's DOT language to this file.")
  var dot: String?

  @Option(help: "Also draw the solved graph as SVG to this file (needs Graphviz's dot).")
  var svg: String?

  @Option(help: "Also write every agent turn and model exchange to this file (JSON Lines).")
  var transcript: String?

  @Option(help: "Write the report to this file instead of standard output.")
  var output: String?

  @OptionGroup var catalog: SchemeCatalogOptions

  func validate() throws {
    try FileIdentity.requireDistinct([
      ("CASE", file), ("--cassette", model.cassette), ("--output", output), ("--dot", dot),
      ("--svg", svg), ("--transcript", transcript), ("--record", model.record),
    ])
  }

  func run() async throws {
    try await Diagnostics.reportingErrors(model: model) {
      // Say that Graphviz is missing before any model call.
      if svg != nil { try Graphviz.requireDot() }
      let clinicalCase = try ClinicalCase(contentsOfFile: file)
      let backend = try model.makeModel(mockRules: ArgMedMock.rules)
      let report = try await Discussion(
        model: backend, catalog: try catalog.loadForDiscussion(),
        settings: discussion.settings(model: model.model)
      ).run(clinicalCase)
      if let failure = report.proposalFailure {
        throw CommandFailure("\(failure); nothing was discussed, so there is no decision to report")
      }
      let title =
        "ArgMed \(discussion.semantics.rawValue) semantics"
        + (clinicalCase.id.map { ": \($0)" } ?? "")
      let drawing = report.graph.dot(solution: report.solution, title: title)
      // Everything is computed before anything is written.
      let svgText = try svg.map { _ in try Graphviz.svg(fromDOT: drawing) }
      var outputs: [(Destination, String)] = []
      if let transcript { outputs.append((Destination(path: transcript), report.transcriptLines)) }
      if let dot { outputs.append((Destination(path: dot), drawing)) }
      if let svg, let svgText { outputs.append((Destination(path: svg), svgText)) }
      outputs.append(
        (Destination(path: output), format == .json ? report.jsonDocument : report.textReport))
      try Destination.write(outputs)
    }
  }
}
