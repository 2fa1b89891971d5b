import ArgMedSupport
import Solver

/// Why an ICCMA run gave no answer: a command line the interface does not
/// take, a framework or query the solver refused, or an answer that never
/// reached standard output.
package enum ICCMAError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An option the interface does not define.
  case unknownOption(String)
  /// An option given as the last word, with no value after it.
  case missingValue(option: String)
  /// An option given twice.
  case repeatedOption(String)
  /// A word that is no option and follows none.
  case unexpectedArgument(String)
  /// A `-p` without `-f`, or the other way round.
  case needsTaskAndFile
  /// A task name ICCMA does not define.
  case unknownTask(String)
  /// A `-fo` value that names no supported format.
  case unknownFormat(String)
  /// A `--sat` value that names no built-in SAT solver.
  case unknownSATBackend(String)
  /// A DC or DS task without `-a`.
  case needsQuery(task: String)
  /// A query that names no argument of the framework file.
  case unknownArgument(String, file: String)
  /// The solver's refusal: an unreadable or malformed file, a limit
  /// reached.
  case solver(SolverError)
  /// The answer could not be written.
  case outputLost(OutputLost)

  package var description: String {
    switch self {
    case .unknownOption(let option):
      "unknown option '\(option)'; --help lists the options"
    case .missingValue(let option):
      "option '\(option)' needs a value"
    case .repeatedOption(let option):
      "option '\(option)' is given twice"
    case .unexpectedArgument(let word):
      "unexpected argument '\(word)'; --help lists the options"
    case .needsTaskAndFile:
      "both -p TASK and -f FILE are needed"
    case .unknownTask(let name):
      "unknown task '\(name)'; --problems lists the supported ones"
    case .unknownFormat(let name):
      "unknown file format '\(name)'; use i23, apx or tgf"
    case .unknownSATBackend(let name):
      "unknown SAT solver '\(name)'; use cadical or ipasir"
    case .needsQuery(let task):
      "the task \(task) needs a query argument: -a ARG"
    case .unknownArgument(let name, let file):
      "\(file): the framework has no argument '\(name)'"
    case .solver(let cause):
      "\(cause)"
    case .outputLost(let cause):
      "\(cause)"
    }
  }
}
