import ArgMedSupport
import ArgumentParser
import ICCMA

/// `argmed iccma`: the ICCMA solver interface, for competition harnesses.
///
/// With no arguments it prints the name, version and authors; `--problems`
/// and `--formats` list what it supports; `-p TASK -f FILE [-a ARG]
/// [-fo FORMAT]` solves. Output follows the ICCMA 2023 rules exactly, and
/// nothing else reaches stdout. The small `argmed-iccma` program answers
/// the same way, sooner.
struct IccmaCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "iccma",
    abstract: "Run as an ICCMA competition solver (2023 interface, with -fo and --formats).",
    discussion: """
      Tasks are PROBLEM-SEMANTICS with PROBLEM one of DC, DS, SE, EE, CE and SEMANTICS one \
      of CO, PR, ST, SST, STG, ID, GR. For i23 files the query is an argument number; for \
      APX and TGF files, an argument name. The argmed-iccma program answers the same way \
      and starts faster.
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

  @Option(
    name: .customLong("sat"),
    help: "The incremental SAT solver: cadical (its C API, the default) or ipasir.")
  var satBackend: String?

  @Flag(help: "Print the supported tasks.")
  var problems = false

  @Flag(help: "Print the supported file formats.")
  var formats = false

  func run() async throws {
    try await Diagnostics.reportingErrors {
      let invocation = try ICCMAInvocation(
        problem: problem, file: file, query: query, fileFormat: fileFormat,
        satBackend: satBackend, problems: problems, formats: formats)
      try invocation.perform(on: .reservedForResults(), programName: "argmed iccma")
    }
  }
}
