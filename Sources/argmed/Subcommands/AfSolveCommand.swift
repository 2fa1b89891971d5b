import ArgumentParser
import Solver

/// `argmed af solve FILE --semantics S [--task T] [--argument A]`.
struct AfSolveCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "solve",
    abstract: "Compute extensions, counts or acceptance under a semantics.",
    discussion: """
      Tasks: enumerate (every extension), one (some extension, with its labelling), \
      count, credulous and skeptical (need --argument; print a witness extension \
      where one shows the answer).
      """
  )

  @OptionGroup var input: FrameworkInputOptions

  @Option(help: "The semantics: \(Semantics.allCases.map(\.rawValue).joined(separator: ", ")).")
  var semantics: Semantics

  @Option(help: "The task: enumerate, one, count, credulous or skeptical.")
  var task: SolveTask = .enumerate

  @Option(help: "The argument to decide, by its name in the file (for i23, its number).")
  var argument: String?

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var limits: SearchLimitOptions

  func validate() throws {
    switch task {
    case .credulous, .skeptical:
      guard argument != nil else {
        throw ValidationError("--task \(task.rawValue) needs --argument")
      }
    case .enumerate, .one, .count:
      guard argument == nil else {
        throw ValidationError("--argument applies only to --task credulous or skeptical")
      }
    }
  }

  func run() async throws {
    try await Diagnostics.reportingErrors {
      let framework = try input.loadFramework()
      let solver = DungSolver(limits: limits.searchLimits)
      let printer = ResultPrinter(framework: framework, semantics: semantics, format: format)
      switch task {
      case .enumerate:
        try printer.enumerate(with: solver)
      case .one:
        try printer.printOne(try solver.someExtension(of: framework, under: semantics))
      case .count:
        try printer.printCount(try solver.countExtensions(of: framework, under: semantics))
      case .credulous, .skeptical:
        guard let argument else { throw CommandFailure("--task \(task.rawValue) needs --argument") }
        let query = try input.argumentIndex(argument, in: framework)
        let acceptance =
          task == .credulous
          ? try solver.credulousAcceptance(of: query, in: framework, under: semantics)
          : try solver.skepticalAcceptance(of: query, in: framework, under: semantics)
        try printer.printAcceptance(acceptance, task: task, argument: query)
      }
      try printer.finish()
    }
  }
}

/// What `af solve` computes.
enum SolveTask: String, CaseIterable, ExpressibleByArgument {
  case enumerate, one, count, credulous, skeptical
}

/// How results are printed.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  case text, json
}

extension Semantics: ExpressibleByArgument {}
