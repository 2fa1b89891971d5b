import Argumentation
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
      var json = report()
      json.add("extensions", stringLists: collected)
      if !outcome.isComplete { json.add("ending", string: outcome.ending.rawValue) }
      try emit(json)
    }
  }

  func printOne(_ found: ArgumentSet?) throws(CommandFailure) {
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
      var json = report()
      json.add("extension", strings: names(found))
      json.add("labelling", object: found.map { labellingJSON(framework.labelling(of: $0)) })
      try emit(json)
    }
  }

  func printCount(_ count: ExtensionCount) throws(CommandFailure) {
    switch format {
    case .text: output.write("\(count)\n")
    case .json:
      var json = report()
      json.add("count", numeral: count.description)
      try emit(json)
    }
  }

  func printAcceptance(
    _ acceptance: Acceptance, task: SolveTask, argument: Int
  ) throws(CommandFailure) {
    switch format {
    case .text:
      output.write(acceptance.isAccepted ? "YES\n" : "NO\n")
      if let witness = acceptance.witness { output.write("witness: \(braces(witness))\n") }
    case .json:
      var json = report()
      json.add("task", string: task.rawValue)
      json.add("argument", string: framework.name(of: argument))
      json.add("accepted", bool: acceptance.isAccepted)
      json.add("witness", strings: names(acceptance.witness))
      try emit(json)
    }
  }

  private func labellingJSON(_ labelling: Labelling) -> JSONText {
    var json = JSONText(version: nil)
    json.add("in", strings: names(labelling.inArguments))
    json.add("out", strings: names(labelling.outArguments))
    json.add("undecided", strings: names(labelling.undecidedArguments))
    return json
  }

  /// Writes out what is still buffered.
  func finish() throws(CommandFailure) {
    try output.flush()
  }

  private func braces(_ set: ArgumentSet) -> String {
    "{" + set.names(in: framework).joined(separator: ", ") + "}"
  }

  private func emit(_ json: JSONText) throws(CommandFailure) {
    output.write(json.finished + "\n")
    try output.flush()
  }

  private func names(_ set: ArgumentSet?) -> [String]? {
    set?.names(in: framework)
  }

  private func report() -> JSONText {
    var json = JSONText(version: 1)
    json.add("semantics", string: semantics.rawValue)
    return json
  }
}
