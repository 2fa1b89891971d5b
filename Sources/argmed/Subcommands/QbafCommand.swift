import ArgMedSupport
import ArgumentParser
import Solver

/// `argmed qbaf …`: quantitative bipolar frameworks and gradual strength.
struct QbafCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "qbaf",
    abstract: "Gradual strength of arguments with base scores, attacks and supports.",
    subcommands: [QbafSolveCommand.self]
  )
}

/// `argmed qbaf solve FILE --semantics S`.
struct QbafSolveCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "solve",
    abstract: "Print every argument's strength under a gradual semantics.",
    discussion: """
      FILE holds facts (arg(a). att(a,b). sup(a,b). base(a,0.7).) or, when it ends in .json, \
      {"version": 1, "arguments": [{"id", "base"}], "attacks": [{"from", "to"}], \
      "supports": [{"from", "to"}]}. An argument without a base score has 0.5.
      """
  )

  @Argument(help: "The framework file.")
  var file: String

  @Option(help: "The gradual semantics: df-quad, quadratic-energy or h-categoriser.")
  var semantics: GradualSemantics

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @Option(help: "The file's format: facts or json (default: by the extension).")
  var inputFormat: QuantitativeBipolarFramework.FileFormat?

  @Option(help: "The largest change accepted when a cycle settles.")
  var tolerance: Double = 1e-9

  @Option(help: "The most rounds of iteration on cycles.")
  var maxIterations: Int = QuantitativeBipolarFramework.defaultMaximumIterations

  func validate() throws {
    guard tolerance > 0, tolerance < 1 else {
      throw ValidationError("--tolerance must be between 0 and 1")
    }
    guard maxIterations >= 0 else { throw ValidationError("--max-iterations must be 0 or more") }
  }

  func run() async throws {
    try await Diagnostics.reportingErrors {
      let framework = try QuantitativeBipolarFramework(contentsOfFile: file, format: inputFormat)
      let strengths = try framework.strengths(
        under: semantics, tolerance: tolerance, maximumIterations: maxIterations)
      let output = StandardOutput()
      switch format {
      case .json: output.write(strengths.json(in: framework).text() + "\n")
      case .text:
        let width = framework.names.map(\.count).max() ?? 0
        for (position, name) in framework.names.enumerated() {
          let shown = TextEscaping.terminal(name)
          output.write(
            shown + String(repeating: " ", count: max(0, width - name.count)) + "  "
              + strengths.strengths[position].fixedPoint(digits: 6) + "\n")
        }
      }
      try output.flush()
    }
  }
}

extension GradualSemantics: ExpressibleByArgument {}
extension QuantitativeBipolarFramework.FileFormat: ExpressibleByArgument {}
