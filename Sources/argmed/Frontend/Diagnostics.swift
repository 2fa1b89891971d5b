import Agents
import ArgMedSupport
import ArgumentParser
import Argumentation
import ICCMA
import LLMBridge
import Solver

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure the command line reports in one line and exits on.
struct CommandFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// Writing to the standard streams: results to stdout, diagnostics to stderr.
enum Diagnostics {
  /// Runs `body`, turning a thrown error into one line on stderr and exit
  /// status 1.
  ///
  /// A model's failure, whether a backend cannot be made or the model
  /// fails a run (`AgentsError.modelFailed`), is said with the hint
  /// `ModelDiagnosis` gives for `model`'s options: the one place every
  /// command that talks to a model explains it. Errors of the argument
  /// parser pass through unchanged. What `body` buffered for stdout is
  /// dropped, so a failed run prints no half result.
  static func reportingErrors(
    model: LanguageModelOptions? = nil, _ body: () async throws -> Void
  ) async throws {
    do {
      try await body()
    } catch let error as LanguageModelError {
      writeError("argmed: error: \(explain(error, model))\n")
      throw ExitCode.failure
    } catch AgentsError.modelFailed(_, let cause) where model != nil {
      writeError("argmed: error: the model failed: \(explain(cause, model))\n")
      throw ExitCode.failure
    } catch let error as SolverError {
      writeError("argmed: error: \(error)\n")
      throw ExitCode.failure
    } catch let error as ArgumentationError {
      writeError(message(for: error))
      throw ExitCode.failure
    } catch let error as AgentsError {
      writeError("argmed: error: \(error)\n")
      throw ExitCode.failure
    } catch let error as CommandFailure {
      writeError("argmed: error: \(error.description)\n")
      throw ExitCode.failure
    } catch let error as OutputLost {
      writeError("argmed: error: \(error)\n")
      throw ExitCode.failure
    } catch let error as ICCMAError {
      writeError("argmed: error: \(error)\n")
      throw ExitCode.failure
    }
  }

  private static func explain(_ error: LanguageModelError, _ model: LanguageModelOptions?) -> String
  {
    model.map { ModelDiagnosis.explain(error, options: $0) } ?? "\(error)"
  }

  /// Scheme problems are listed one per line as `file:line:column:
  /// message`, after a line that counts them.
  private static func message(for error: ArgumentationError) -> String {
    guard case .invalidSchemes(let diagnostics) = error else {
      return "argmed: error: \(error)\n"
    }
    return diagnostics.map { "\($0)\n" }.joined() + "argmed: error: "
      + (diagnostics.count == 1 ? "1 problem" : "\(diagnostics.count) problems")
      + " in scheme files\n"
  }

  /// Writes `text` to stderr; a standard error that cannot be written has
  /// no one to tell.
  static func writeError(_ text: String) {
    try? writeAll(Array(text.utf8), to: STDERR_FILENO)
  }
}
