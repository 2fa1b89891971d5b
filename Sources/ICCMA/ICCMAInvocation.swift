import ArgMedSupport
import Solver

/// What one run of an ICCMA solver is asked to do, read from its command
/// line (ICCMA 2023 rules, with `-fo` and `--formats` from 2019).
///
/// `solver` alone names the solver; `--problems` and `--formats` list what
/// it supports; `-p TASK -f FILE [-a ARG] [-fo FORMAT]` solves.
package enum ICCMAInvocation: Equatable, Sendable {
  /// Print the name, version and authors.
  case identify
  /// Print the supported tasks.
  case listProblems
  /// Print the supported file formats.
  case listFormats
  /// Print how to call the solver.
  case help
  /// Answer a task on a framework file.
  case solve(ICCMARequest)

  /// The run that the options given ask for; nil options were not given.
  ///
  /// - Throws: `ICCMAError` for a task or format ICCMA does not define, or
  ///   a task without its file, a file without its task, a DC or DS task
  ///   without its query.
  package init(
    problem: String?, file: String?, query: String?, fileFormat: String?,
    satBackend: String? = nil, problems: Bool = false, formats: Bool = false
  ) throws(ICCMAError) {
    if problems {
      self = .listProblems
      return
    }
    if formats {
      self = .listFormats
      return
    }
    guard let problem, let file else {
      guard problem == nil, file == nil, query == nil, fileFormat == nil else {
        throw .needsTaskAndFile
      }
      self = .identify
      return
    }
    guard let task = ICCMATask(name: problem) else { throw .unknownTask(problem) }
    let format: FrameworkFormat
    if let fileFormat {
      guard let named = FrameworkFormat(name: fileFormat) else {
        throw .unknownFormat(fileFormat)
      }
      format = named
    } else {
      format = FrameworkFormat(pathExtensionOf: file) ?? .i23
    }
    if task.problem.needsQuery && query == nil { throw .needsQuery(task: task.name) }
    var backend = SATBackend.cadical
    if let satBackend {
      guard let named = SATBackend(named: satBackend) else {
        throw .unknownSATBackend(satBackend)
      }
      backend = named
    }
    self = .solve(
      ICCMARequest(task: task, file: file, query: query, format: format, satBackend: backend))
  }

  /// Reads a command line's words, the program's name left out.
  ///
  /// Options take their value as the next word: `-p`, `-f`, `-a`, `-fo`
  /// and `--sat`, each at most once; `--problems`, `--formats` and `--help` (`-h`) take
  /// none.
  ///
  /// - Throws: `ICCMAError` for an unknown or repeated option, one without
  ///   its value, a stray word, or what `init(problem:file:query:fileFormat:problems:formats:)`
  ///   refuses.
  /// - Complexity: O(*w*) for *w* words.
  package init(arguments: [String]) throws(ICCMAError) {
    var problem: String?
    var file: String?
    var query: String?
    var fileFormat: String?
    var satBackend: String?
    var problems = false
    var formats = false
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      index += 1
      switch word {
      case "--problems": problems = true
      case "--formats": formats = true
      case "--help", "-h":
        self = .help
        return
      case "-p", "-f", "-a", "-fo", "--sat":
        guard index < arguments.count else { throw .missingValue(option: word) }
        let value = arguments[index]
        index += 1
        func set(_ slot: inout String?) throws(ICCMAError) {
          guard slot == nil else { throw .repeatedOption(word) }
          slot = value
        }
        switch word {
        case "-p": try set(&problem)
        case "-f": try set(&file)
        case "-a": try set(&query)
        case "-fo": try set(&fileFormat)
        default: try set(&satBackend)
        }
      default:
        throw word.hasPrefix("-") ? .unknownOption(word) : .unexpectedArgument(word)
      }
    }
    try self.init(
      problem: problem, file: file, query: query, fileFormat: fileFormat,
      satBackend: satBackend, problems: problems, formats: formats)
  }

  /// How to call the solver, for `--help`.
  package static func usage(programName: String) -> String {
    """
    Usage: \(programName) [-p TASK -f FILE [-a ARG] [-fo FORMAT] [--sat SOLVER]]
           [--problems] [--formats]

    The ICCMA 2023 solver interface of ArgMed. With no options it prints its name,
    version and authors.

      -p TASK       the task, PROBLEM-SEMANTICS: PROBLEM one of DC, DS, SE, EE, CE;
                    SEMANTICS one of CO, PR, ST, SST, STG, ID, GR
      -f FILE       the framework file
      -a ARG        the query argument of DC and DS tasks: a number for i23 files,
                    a name for APX and TGF files
      -fo FORMAT    the file format: i23 (or iccma23; the default), apx or tgf;
                    by default from the file's extension
      --sat SOLVER  the incremental SAT solver: cadical (CaDiCaL's C API, the
                    default) or ipasir (the linked IPASIR library: CaDiCaL)
      --problems    print the supported tasks
      --formats     print the supported file formats
      -h, --help    print this help

    """
  }

  /// Carries the run out, writing its answer (or listing) to `output` and
  /// flushing it.
  ///
  /// - Throws: `ICCMAError.solver` when the file cannot be read or the
  ///   query is not one of its arguments, `ICCMAError.outputLost` when
  ///   standard output takes nothing.
  package func perform(
    on output: StandardOutput, programName: String, solver: DungSolver = DungSolver()
  ) throws(ICCMAError) {
    switch self {
    case .identify:
      output.write("ArgMed v\(ArgmedVersion.current)\n\(ArgmedVersion.authors)\n")
    case .listProblems:
      output.write("[" + ICCMATask.all.map(\.name).joined(separator: ",") + "]\n")
    case .listFormats:
      output.write("[i23,apx,tgf]\n")
    case .help:
      output.write(Self.usage(programName: programName))
    case .solve(let request):
      try request.answer(on: output, solver: solver)
    }
    do {
      try output.flush()
    } catch {
      throw .outputLost(error)
    }
  }
}

/// A task to answer on one framework file, with its query argument as the
/// command line gave it.
package struct ICCMARequest: Equatable, Sendable {
  package let task: ICCMATask
  package let file: String
  package let query: String?
  package let format: FrameworkFormat
  package let satBackend: SATBackend

  /// Reads the file and writes the task's answer to `output` (unflushed).
  func answer(on output: StandardOutput, solver: DungSolver) throws(ICCMAError) {
    let framework: ArgumentationFramework
    do {
      framework = try ArgumentationFramework(contentsOfFile: file, format: format)
    } catch {
      throw .solver(error)
    }
    var argument: Int?
    if let query {
      guard let index = framework.index(named: query) else {
        throw .unknownArgument(query, file: file)
      }
      argument = index
    }
    do {
      var solver = solver
      solver.satBackend = satBackend
      try ICCMAAnswer(task: task, argument: argument, framework: framework)
        .write(to: output, solver: solver)
    } catch {
      throw .solver(error)
    }
  }
}
