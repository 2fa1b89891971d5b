import ArgumentParser

/// `argmed af …`: abstract argumentation frameworks.
struct AfCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "af",
    abstract: "Solve abstract argumentation frameworks read from i23, APX or TGF files.",
    subcommands: [AfSolveCommand.self, AfRenderCommand.self]
  )
}
