import ArgMedSupport
import Solver

/// One task's answer on one framework, printed in the ICCMA 2023 output
/// format: `w 1 2 5` for an extension, `YES`/`NO` with a witness line where
/// the rules ask for one, one `w` line per extension for EE, and the bare
/// count for CE.
struct ICCMAAnswer {
  let task: ICCMATask
  /// The query of a DC or DS task.
  let argument: Int?
  let framework: ArgumentationFramework

  /// Solves the task and writes the answer to `output`, unflushed.
  ///
  /// - Precondition: `argument` is given for a DC or DS task.
  /// - Throws: `SolverError` when the solver stops (a limit, an argument
  ///   out of range).
  func write(to output: StandardOutput, solver: DungSolver) throws(SolverError) {
    let semantics = task.semantics
    switch task.problem {
    case .credulous:
      let answer = try solver.credulousAcceptance(of: query, in: framework, under: semantics)
      if answer.isAccepted, let witness = answer.witness {
        output.write("YES\n")
        writeWitness(witness, to: output)
      } else {
        output.write("NO\n")
      }
    case .skeptical:
      let answer = try solver.skepticalAcceptance(of: query, in: framework, under: semantics)
      if !answer.isAccepted, let witness = answer.witness {
        output.write("NO\n")
        writeWitness(witness, to: output)
      } else {
        output.write("YES\n")
      }
    case .someExtension:
      if let found = try solver.someExtension(of: framework, under: semantics) {
        writeWitness(found, to: output)
      } else {
        output.write("NO\n")
      }
    case .enumerate:
      try solver.enumerateExtensions(of: framework, under: semantics) { found in
        writeWitness(found, to: output)
        // Standard output that cannot take more ends the search.
        return output.hasFailed ? .stop : .continue
      }
    case .count:
      output.write("\(try solver.countExtensions(of: framework, under: semantics))\n")
    }
  }

  private var query: Int {
    guard let argument else { preconditionFailure("\(task.name) needs a query argument") }
    return argument
  }

  /// A `w` line: argument numbers for i23 files, names for APX and TGF.
  private func writeWitness(_ set: ArgumentSet, to output: StandardOutput) {
    output.write("w")
    for argument in set {
      output.write(" ")
      if framework.hasNamedArguments {
        output.write(framework.name(of: argument))
      } else {
        output.write(number: argument + 1)
      }
    }
    output.write("\n")
  }
}
