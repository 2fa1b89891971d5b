import Agents
import ArgMedSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The results of an evaluation as they finish: a first line naming the
/// run, then one JSON line per case and method, appended and flushed to
/// disk as each finishes.
///
/// Killed at any moment, the file holds whole lines of finished cases and
/// perhaps a torn last line (one without its newline). Opened again to
/// resume, the torn line is cut off (its case is done again), and the
/// finished cases are skipped: every case ends up in the file exactly
/// once. The file is locked while open, so two runs cannot append to it at
/// once, and a run resumes only a file made with the same model and
/// settings.
public final class ResultsFile {
  public let path: String
  /// The results already in the file when it was opened, one per key.
  public private(set) var existing: [CaseResult] = []
  /// Whether a torn last line was cut off.
  public private(set) var cutTornLine = false
  /// How many repeated results (same method and case) were set aside.
  public private(set) var repeated = 0
  private let descriptor: Int32

  /// The largest results file read, in bytes.
  public static let maximumFileSize = 1 << 30

  /// Opens `path` for appending, and locks it.
  ///
  /// - Parameters:
  ///   - path: the file, created when missing; it must be a regular file.
  ///   - resume: keep and read what the file holds; without it, a file
  ///     that already holds results is an error (nothing is overwritten).
  ///   - run: what the run is; written first in a new file, and checked
  ///     against the file's when resuming.
  /// - Throws: `AgentsError.invalidResults` for a file that cannot be
  ///   opened or locked, is not a regular file, was made by another kind
  ///   of run, or has a line (but a torn last one) that is not a result.
  public init(path: String, resume: Bool, run: EvaluationRun) throws(AgentsError) {
    self.path = path
    let descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | O_NONBLOCK, 0o644)
    guard descriptor >= 0 else {
      throw .invalidResults(
        path: path, problem: "cannot be opened: \(String(cString: strerror(errno)))")
    }
    self.descriptor = descriptor
    do throws(AgentsError) {
      var status = stat()
      guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
        throw AgentsError.invalidResults(path: path, problem: "is not a regular file")
      }
      guard status.st_size <= off_t(Self.maximumFileSize) else {
        throw AgentsError.invalidResults(
          path: path, problem: "is larger than \(Self.maximumFileSize) bytes")
      }
      guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
        throw AgentsError.invalidResults(
          path: path, problem: "is in use by another run (it is locked)")
      }
      let bytes: [UInt8]
      do {
        bytes = try FileContents.bytes(
          readingFrom: descriptor, path: path, limit: Self.maximumFileSize)
      } catch {
        let problem =
          error.isTooLarge
          ? "is larger than \(Self.maximumFileSize) bytes" : "cannot be read: \(error.reason)"
        throw AgentsError.invalidResults(path: path, problem: problem)
      }
      if bytes.isEmpty {
        try appendLine(run.jsonLine)
      } else {
        guard resume else {
          throw AgentsError.invalidResults(
            path: path,
            problem: "already holds results; add --resume to go on with them, or name another file")
        }
        try readExisting(bytes, run: run)
      }
    } catch {
      close(descriptor)
      throw error
    }
  }

  deinit { close(descriptor) }

  /// Parses the lines: the run first, then results.
  ///
  /// A last line without
  /// its newline is torn, and cut off; any other line that is not what it
  /// should be is an error. A result repeated for the same method and case
  /// is set aside (the first stays).
  private func readExisting(_ bytes: [UInt8], run: EvaluationRun) throws(AgentsError) {
    var start = 0
    var lineNumber = 0
    var seen: Set<Evaluation.Key> = []
    while start < bytes.count {
      lineNumber += 1
      guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
        // A torn write: cut it off, so that its case is done again.
        guard ftruncate(descriptor, off_t(start)) == 0 else {
          throw .invalidResults(
            path: path,
            problem: "cannot cut its torn last line: \(String(cString: strerror(errno)))")
        }
        cutTornLine = true
        return
      }
      let line = String(decoding: bytes[start..<end], as: UTF8.self)
      start = end + 1
      if lineNumber == 1 {
        guard let made = EvaluationRun.Made(jsonLine: line) else {
          throw .invalidResults(
            path: "\(path):1", problem: "is not the first line of an argmed eval results file")
        }
        if let difference = made.difference(from: run) {
          throw .invalidResults(
            path: path, problem: "was made by another run (\(difference)); name another file")
        }
        continue
      }
      if line.allSatisfy(\.isWhitespace) { continue }
      guard let result = CaseResult(jsonLine: line) else {
        throw .invalidResults(path: "\(path):\(lineNumber)", problem: "is not a result line")
      }
      guard seen.insert(result.key).inserted else {
        repeated += 1
        continue
      }
      existing.append(result)
    }
  }

  /// What opening the file set aside, each in words for the person
  /// running: a torn last line cut off, repeated answers.
  public var notices: [String] {
    var notices: [String] = []
    if cutTornLine {
      notices.append("\(path): cut off a torn last line; its answer is given again")
    }
    if repeated > 0 {
      notices.append(
        "\(path): \(repeated) repeated answer\(repeated == 1 ? "" : "s")"
          + " set aside (the first of each counts)")
    }
    return notices
  }

  /// Appends one result as a whole line, and flushes it to disk.
  ///
  /// - Throws: `AgentsError.invalidResults` when the write fails.
  public func append(_ result: CaseResult) throws(AgentsError) {
    try appendLine(result.jsonLine)
  }

  private func appendLine(_ line: String) throws(AgentsError) {
    do {
      try writeAll(Array((line + "\n").utf8), to: descriptor)
    } catch {
      throw .invalidResults(path: path, problem: "cannot be written: \(error.reason)")
    }
    guard fsync(descriptor) == 0 else {
      throw .invalidResults(
        path: path, problem: "cannot be flushed: \(String(cString: strerror(errno)))")
    }
  }
}
