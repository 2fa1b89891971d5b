import ArgMedSupport
import ArgumentParser
import Argumentation
import Solver

/// `argmed graph …`: argument graphs, solved and drawn.
struct GraphCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph",
    abstract: "Solve and draw argument graphs (JSON files of arguments and typed attacks).",
    subcommands: [GraphSolveCommand.self, GraphRenderCommand.self]
  )
}

/// `argmed graph solve G.json --semantics S [--format text|json]`.
struct GraphSolveCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "solve",
    abstract: "Each argument's status, the optional decisions and their explanation sets.")

  @Argument(help: "The graph file (JSON).")
  var file: String

  @Option(help: "The semantics: \(Semantics.allCases.map(\.rawValue).joined(separator: ", ")).")
  var semantics: Semantics

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var limits: SearchLimitOptions

  func run() async throws {
    try await Diagnostics.reportingErrors {
      let solved = try ArgumentGraph(contentsOfFile: file)
        .solve(under: semantics, using: DungSolver(limits: limits.searchLimits))
      let output = StandardOutput()
      output.write(format == .json ? solved.jsonDocument : solved.textReport)
      try output.flush()
    }
  }
}

/// `argmed graph render G.json --format dot|svg|json [--semantics S]`.
struct GraphRenderCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw a graph as DOT or SVG (with Graphviz), or write it as JSON.",
    discussion: """
      With --semantics, arguments are coloured and marked by their status (and the JSON \
      carries the solution). SVG needs Graphviz's dot.
      """)

  @Argument(help: "The graph file (JSON).")
  var file: String

  @OptionGroup var rendering: RenderingOptions

  func validate() throws {
    try FileIdentity.requireDistinct([("FILE", file), ("--output", rendering.output)])
  }

  func run() async throws {
    try await Diagnostics.reportingErrors {
      let graph = try ArgumentGraph(contentsOfFile: file)
      try rendering.render(graph)
    }
  }
}

/// What `graph render` and `af render` share: format, semantics, palette,
/// destination.
struct RenderingOptions: ParsableArguments {
  @Option(help: "The output format: dot, svg or json.")
  var format: RenderFormat = .dot

  @Option(help: "Colour and mark arguments by their status under this semantics.")
  var semantics: Semantics?

  @Option(help: "The status colours: colour-blind (default) or classic.")
  var palette: GraphDrawing.Palette = .colourBlindSafe

  @Option(help: "Write to this file instead of standard output (replaced whole, or not at all).")
  var output: String?

  @OptionGroup var limits: SearchLimitOptions

  func render(_ graph: ArgumentGraph) throws {
    // Say that Graphviz is missing before any solving.
    if format == .svg { try Graphviz.requireDot() }
    let solution = try semantics.map {
      try graph.solve(under: $0, using: DungSolver(limits: limits.searchLimits))
    }
    let text: String
    switch format {
    case .dot:
      text = graph.dot(solution: solution, drawing: GraphDrawing(palette: palette))
    case .svg:
      text = try Graphviz.svg(
        fromDOT: graph.dot(solution: solution, drawing: GraphDrawing(palette: palette)))
    case .json:
      text = solution?.jsonDocument ?? graph.jsonDocument
    }
    try Destination(path: output).write(text)
  }
}

/// `--format` of the render commands.
enum RenderFormat: String, CaseIterable, ExpressibleByArgument {
  case dot, svg, json
}

extension GraphDrawing.Palette: ExpressibleByArgument {}
