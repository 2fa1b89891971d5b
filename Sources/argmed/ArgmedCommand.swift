import ArgMedSupport
import ArgumentParser

@main
struct ArgmedCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "argmed",
    abstract: "Argumentation and symbolic reasoning for clinical decisions.",
    version: ArgmedVersion.current,
    subcommands: [
      SolveCommand.self, EvalCommand.self, AfCommand.self, QbafCommand.self, GraphCommand.self,
      SchemesCommand.self, LlmCommand.self, IccmaCommand.self,
    ]
  )
}
