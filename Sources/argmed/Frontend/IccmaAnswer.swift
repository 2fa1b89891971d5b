import Solver

/// An ICCMA task: a problem and a semantics, such as `DS-PR`.
struct IccmaTask {
  enum Problem: String, CaseIterable {
    case credulous = "DC"
    case skeptical = "DS"
    case someExtension = "SE"
    case enumerate = "EE"
    case count = "CE"

    var needsQuery: Bool { self == .credulous || self == .skeptical }
  }

  let problem: Problem
  let semantics: Semantics

  var name: String { "\(problem.rawValue)-\(semantics.iccmaAbbreviation)" }

  static let all: [IccmaTask] = Problem.allCases.flatMap { problem in
    [Semantics.complete, .preferred, .stable, .semiStable, .stage, .ideal, .grounded].map {
      IccmaTask(problem: problem, semantics: $0)
    }
  }

  init(problem: Problem, semantics: Semantics) {
    self.problem = problem
    self.semantics = semantics
  }

  init?(name: String) {
    let parts = name.split(separator: "-", maxSplits: 1).map(String.init)
    guard parts.count == 2, let problem = Problem(rawValue: parts[0]),
      let semantics = Semantics(iccmaAbbreviation: parts[1])
    else { return nil }
    self.init(problem: problem, semantics: semantics)
  }
}

/// Prints answers in the ICCMA 2023 output format: `w 1 2 5` for an
/// extension, `YES`/`NO` with a witness line where the rules ask for one,
/// one `w` line per extension for EE, and the bare count for CE.
enum IccmaAnswer {
  static func solve(
    _ task: IccmaTask, argument: Int?, in framework: ArgumentationFramework,
    output: StandardOutput
  ) throws {
    let solver = DungSolver()
    func query() throws -> Int {
      guard let argument else { throw CommandFailure("the task needs a query argument: -a ARG") }
      return argument
    }
    func writeWitness(_ set: ArgumentSet) {
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
    switch task.problem {
    case .credulous:
      let answer = try solver.credulousAcceptance(
        of: try query(), in: framework, under: task.semantics)
      if answer.isAccepted, let witness = answer.witness {
        output.write("YES\n")
        writeWitness(witness)
      } else {
        output.write("NO\n")
      }
    case .skeptical:
      let answer = try solver.skepticalAcceptance(
        of: try query(), in: framework, under: task.semantics)
      if !answer.isAccepted, let witness = answer.witness {
        output.write("NO\n")
        writeWitness(witness)
      } else {
        output.write("YES\n")
      }
    case .someExtension:
      if let found = try solver.someExtension(of: framework, under: task.semantics) {
        writeWitness(found)
      } else {
        output.write("NO\n")
      }
    case .enumerate:
      try solver.enumerateExtensions(of: framework, under: task.semantics) { found in
        writeWitness(found)
        // Standard output that cannot take more ends the search.
        return output.hasFailed ? .stop : .continue
      }
    case .count:
      output.write("\(try solver.countExtensions(of: framework, under: task.semantics))\n")
    }
    try output.flush()
  }
}
