import Foundation
import Solver

/// Prints the results of `af solve` as text or versioned JSON.
///
/// The JSON shapes, each with `"version": 1`, are documented in the README.
struct ResultPrinter {
  let framework: ArgumentationFramework
  let semantics: Semantics
  let format: OutputFormat
  private let output = StandardOutput()

  init(framework: ArgumentationFramework, semantics: Semantics, format: OutputFormat) {
    self.framework = framework
    self.semantics = semantics
    self.format = format
  }

  /// Streams extensions as they are found (text), or collects them (JSON).
  func enumerate(with solver: DungSolver) throws {
    var collected: [[String]] = []
    let outcome = try solver.enumerateExtensions(of: framework, under: semantics) { found in
      switch format {
      case .text: output.write(braces(found) + "\n")
      case .json: collected.append(found.names(in: framework))
      }
      return .continue
    }
    switch format {
    case .text:
      output.flush()
      if !outcome.isComplete {
        Diagnostics.writeError(
          "argmed: enumeration ended early (\(outcome.ending.rawValue)) "
            + "after \(outcome.count) extensions\n")
      }
    case .json:
      emit(
        EnumerationReport(
          semantics: semantics.rawValue, extensions: collected,
          ending: outcome.isComplete ? nil : outcome.ending.rawValue))
    }
  }

  func printOne(_ found: ArgumentSet?) {
    switch format {
    case .text:
      guard let found else {
        output.write("no \(semantics.rawValue) extension\n")
        return
      }
      let labelling = framework.labelling(of: found)
      output.write("extension: \(braces(found))\n")
      output.write("out: \(braces(labelling.outArguments))\n")
      output.write("undecided: \(braces(labelling.undecidedArguments))\n")
    case .json:
      emit(
        OneReport(
          semantics: semantics.rawValue, extension: found?.names(in: framework),
          labelling: found.map { LabellingReport(framework.labelling(of: $0), in: framework) }))
    }
  }

  func printCount(_ count: Int) {
    switch format {
    case .text: output.write("\(count)\n")
    case .json: emit(CountReport(semantics: semantics.rawValue, count: count))
    }
  }

  func printAcceptance(_ acceptance: Acceptance, task: SolveTask, argument: Int) {
    switch format {
    case .text:
      output.write(acceptance.isAccepted ? "YES\n" : "NO\n")
      if let witness = acceptance.witness { output.write("witness: \(braces(witness))\n") }
    case .json:
      emit(
        AcceptanceReport(
          semantics: semantics.rawValue, task: task.rawValue,
          argument: framework.name(of: argument), accepted: acceptance.isAccepted,
          witness: acceptance.witness?.names(in: framework)))
    }
  }

  private func braces(_ set: ArgumentSet) -> String {
    "{" + set.names(in: framework).joined(separator: ", ") + "}"
  }

  private func emit(_ report: some Encodable) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    // Encoding these plain structs of strings and numbers cannot fail.
    let data = try! encoder.encode(report)
    output.write(String(decoding: data, as: UTF8.self) + "\n")
    output.flush()
  }
}

private struct EnumerationReport: Encodable {
  var version = 1
  let semantics: String
  let extensions: [[String]]
  let ending: String?
}

private struct OneReport: Encodable {
  var version = 1
  let semantics: String
  let `extension`: [String]?
  let labelling: LabellingReport?

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(version, forKey: .version)
    try container.encode(semantics, forKey: .semantics)
    try container.encode(`extension`, forKey: .extension)
    try container.encode(labelling, forKey: .labelling)
  }

  private enum CodingKeys: String, CodingKey {
    case version, semantics, `extension`, labelling
  }
}

private struct LabellingReport: Encodable {
  let `in`: [String]
  let out: [String]
  let undecided: [String]

  init(_ labelling: Labelling, in framework: ArgumentationFramework) {
    self.in = labelling.inArguments.names(in: framework)
    out = labelling.outArguments.names(in: framework)
    undecided = labelling.undecidedArguments.names(in: framework)
  }
}

private struct CountReport: Encodable {
  var version = 1
  let semantics: String
  let count: Int
}

private struct AcceptanceReport: Encodable {
  var version = 1
  let semantics: String
  let task: String
  let argument: String
  let accepted: Bool
  let witness: [String]?

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(version, forKey: .version)
    try container.encode(semantics, forKey: .semantics)
    try container.encode(task, forKey: .task)
    try container.encode(argument, forKey: .argument)
    try container.encode(accepted, forKey: .accepted)
    try container.encode(witness, forKey: .witness)
  }

  private enum CodingKeys: String, CodingKey {
    case version, semantics, task, argument, accepted, witness
  }
}
