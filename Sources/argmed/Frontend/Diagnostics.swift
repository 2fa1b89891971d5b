import Agents
import ArgMedSupport
import ArgumentParser
import Argumentation
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

/// Buffered writing to stdout, so that streaming a million lines costs a
/// few hundred system calls.
///
/// Nothing is written until the buffer fills or `flush()` is called: a run
/// that fails before it flushes prints no half result. A standard output
/// that cannot be written (closed, a full disk) takes nothing more, and
/// `flush()` says so: the results are lost, and the run must fail.
final class StandardOutput {
  private var buffer: [UInt8] = []
  /// The write that failed, once one has.
  private var failure: WriteError?

  /// Whether a write has failed: a search printing its results can stop.
  var hasFailed: Bool { failure != nil }

  init() {
    buffer.reserveCapacity(1 << 16)
  }

  func write(_ text: String) {
    guard failure == nil else { return }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { drain() }
  }

  /// Writes a non-negative number in decimal without building a string.
  func write(number: Int) {
    guard failure == nil else { return }
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var value = number
    withUnsafeMutableBytes(of: &digits) { storage in
      repeat {
        storage[count] = UInt8(48 + value % 10)
        value /= 10
        count += 1
      } while value > 0
      for position in stride(from: count - 1, through: 0, by: -1) {
        buffer.append(storage[position])
      }
    }
    if buffer.count >= 1 << 16 { drain() }
  }

  /// Writes what is buffered.
  ///
  /// - Throws: `CommandFailure` when standard output could not be written,
  ///   now or earlier: the results are lost.
  func flush() throws(CommandFailure) {
    drain()
    if let failure {
      throw CommandFailure("cannot write the results to standard output: \(failure.reason)")
    }
  }

  private func drain() {
    guard failure == nil else { return }
    do {
      try writeAll(buffer, to: STDOUT_FILENO)
    } catch {
      failure = error
    }
    buffer.removeAll(keepingCapacity: failure == nil)
  }
}
