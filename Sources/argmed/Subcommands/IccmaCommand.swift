import ArgumentParser
import Solver

/// `argmed iccma`: the ICCMA solver interface, for competition harnesses.
///
/// With no arguments it prints the name, version and authors; `--problems`
/// and `--formats` list what it supports; `-p TASK -f FILE [-a ARG]
/// [-fo FORMAT]` solves. Output follows the ICCMA 2023 rules exactly, and
/// nothing else reaches stdout.
struct IccmaCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "iccma",
    abstract: "Run as an ICCMA competition solver (2023 interface, with -fo and --formats).",
    discussion: """
      Tasks are PROBLEM-SEMANTICS with PROBLEM one of DC, DS, SE, EE, CE and SEMANTICS one \
      of CO, PR, ST, SST, STG, ID, GR. For i23 files the query is an argument number; for \
      APX and TGF files, an argument name.
      """
  )

  @Option(name: .customShort("p"), help: "The task, e.g. DC-PR.")
  var problem: String?

  @Option(name: .customShort("f"), help: "The framework file.")
  var file: String?

  @Option(name: .customShort("a"), help: "The query argument of DC and DS tasks.")
  var query: String?

  @Option(
    name: .customLong("fo", withSingleDash: true),
    help: "The file format: i23 (or iccma23, the default), apx or tgf.")
  var fileFormat: String?

  @Flag(help: "Print the supported tasks.")
  var problems = false

  @Flag(help: "Print the supported file formats.")
  var formats = false

  func run() async throws {
    try await Diagnostics.reportingErrors {
      let output = StandardOutput()
      if problems {
        output.write("[" + IccmaTask.all.map(\.name).joined(separator: ",") + "]\n")
        try output.flush()
        return
      }
      if formats {
        output.write("[i23,apx,tgf]\n")
        try output.flush()
        return
      }
      guard let problem, let file else {
        if self.problem == nil && self.file == nil && query == nil && fileFormat == nil {
          output.write("ArgMed v\(ArgmedVersion.current)\n\(ArgmedVersion.authors)\n")
          try output.flush()
          return
        }
        throw CommandFailure("both -p TASK and -f FILE are needed")
      }
      guard let task = IccmaTask(name: problem) else {
        throw CommandFailure("unknown task '\(problem)'; --problems lists the supported ones")
      }
      let format: FrameworkFormat
      if let fileFormat {
        guard let named = FrameworkFormat(name: fileFormat) else {
          throw CommandFailure("unknown file format '\(fileFormat)'; use i23, apx or tgf")
        }
        format = named
      } else {
        format = FrameworkFormat(pathExtensionOf: file) ?? .i23
      }
      let framework = try ArgumentationFramework(contentsOfFile: file, format: format)
      let argument = try task.problem.needsQuery ? queryIndex(in: framework, file: file) : nil
      try IccmaAnswer.solve(task, argument: argument, in: framework, output: output)
    }
  }

  private func queryIndex(in framework: ArgumentationFramework, file: String) throws -> Int {
    guard let query else { throw CommandFailure("the task needs a query argument: -a ARG") }
    return try framework.index(ofArgumentNamed: query, inFile: file)
  }
}
