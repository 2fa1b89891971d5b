import Solver

/// An ICCMA task: a problem and a semantics, such as `DS-PR`.
package struct ICCMATask: Equatable, Sendable {
  /// What a task asks of the semantics.
  package enum Problem: String, CaseIterable, Sendable {
    case credulous = "DC"
    case skeptical = "DS"
    case someExtension = "SE"
    case enumerate = "EE"
    case count = "CE"

    /// Whether the task is about one argument, given with `-a`.
    package var needsQuery: Bool { self == .credulous || self == .skeptical }
  }

  package let problem: Problem
  package let semantics: Semantics

  /// The task's ICCMA name, such as `DC-CO`.
  package var name: String { "\(problem.rawValue)-\(semantics.iccmaAbbreviation)" }

  /// Every task ArgMed answers, in the order `--problems` lists them.
  package static let all: [ICCMATask] = Problem.allCases.flatMap { problem in
    [Semantics.complete, .preferred, .stable, .semiStable, .stage, .ideal, .grounded].map {
      ICCMATask(problem: problem, semantics: $0)
    }
  }

  package init(problem: Problem, semantics: Semantics) {
    self.problem = problem
    self.semantics = semantics
  }

  /// The task named `name`, such as `DS-PR`; nil for a name ICCMA does not
  /// define.
  package init?(name: String) {
    let parts = name.split(separator: "-", maxSplits: 1).map(String.init)
    guard parts.count == 2, let problem = Problem(rawValue: parts[0]),
      let semantics = Semantics(iccmaAbbreviation: parts[1])
    else { return nil }
    self.init(problem: problem, semantics: semantics)
  }
}
