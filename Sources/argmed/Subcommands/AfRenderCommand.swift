import ArgumentParser
import Argumentation
import Solver

/// `argmed af render FILE [--format dot|svg|json] [--semantics S]`.
struct AfRenderCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw a framework from an i23, APX or TGF file, as graphs are drawn.")

  @OptionGroup var input: FrameworkInputOptions

  @OptionGroup var rendering: RenderingOptions

  func validate() throws {
    try FileIdentity.requireDistinct([("FILE", input.file), ("--output", rendering.output)])
  }

  func run() async throws {
    try await Diagnostics.reportingErrors {
      try rendering.render(ArgumentGraph(framework: try input.loadFramework()))
    }
  }
}
