import ArgMedSupport
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
      // Standard output that cannot take more ends the search.
      return output.hasFailed ? .stop : .continue
    }
    switch format {
    case .text:
      try output.flush()
      if !outcome.isComplete {
        Diagnostics.writeError(
          "argmed: enumeration ended early (\(outcome.ending.rawValue)) "
            + "after \(outcome.count) extensions\n")
      }
    case .json:
      var json = report(["extensions": collected])
      if !outcome.isComplete { json.append("ending", outcome.ending.rawValue) }
      try emit(json)
    }
  }

  func printOne(_ found: ArgumentSet?) throws(OutputLost) {
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
      try emit(
        report([
          "extension": names(found),
          "labelling": found.map { labellingJSON(framework.labelling(of: $0)) },
        ]))
    }
  }

  func printCount(_ count: ExtensionCount) throws(OutputLost) {
    switch format {
    case .text: output.write("\(count)\n")
    case .json:
      try emit(report(["count": JSON.number(JSON.Number(digits: count.description))]))
    }
  }

  func printAcceptance(
    _ acceptance: Acceptance, task: SolveTask, argument: Int
  ) throws(OutputLost) {
    switch format {
    case .text:
      output.write(acceptance.isAccepted ? "YES\n" : "NO\n")
      if let witness = acceptance.witness { output.write("witness: \(braces(witness))\n") }
    case .json:
      try emit(
        report([
          "task": task.rawValue, "argument": framework.name(of: argument),
          "accepted": acceptance.isAccepted, "witness": names(acceptance.witness),
        ]))
    }
  }

  private func labellingJSON(_ labelling: Labelling) -> JSON {
    JSON([
      "in": names(labelling.inArguments), "out": names(labelling.outArguments),
      "undecided": names(labelling.undecidedArguments),
    ])
  }

  /// Writes out what is still buffered.
  func finish() throws(OutputLost) {
    try output.flush()
  }

  private func braces(_ set: ArgumentSet) -> String {
    "{" + set.names(in: framework).joined(separator: ", ") + "}"
  }

  private func emit(_ json: JSON) throws(OutputLost) {
    output.write(json.text() + "\n")
    try output.flush()
  }

  private func names(_ set: ArgumentSet?) -> [String]? {
    set?.names(in: framework)
  }

  /// A report: its version and semantics, then `members`.
  private func report(_ members: KeyValuePairs<String, any JSONConvertible>) -> JSON {
    JSON.object(
      [JSON.Member("version", 1), JSON.Member("semantics", semantics.rawValue)]
        + members.map { JSON.Member($0.key, $0.value.asJSON) })
  }
}
