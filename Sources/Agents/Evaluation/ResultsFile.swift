import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The results of an evaluation as they finish: one JSON line per case and
/// method, appended and flushed to disk as each finishes.
///
/// Killed at any moment, the file holds whole lines of finished cases and
/// perhaps a torn last line. Opened again to resume, the torn line is cut
/// off (its case is done again), and the finished cases are skipped: every
/// case ends up in the file exactly once.
public final class ResultsFile {
  public let path: String
  /// The results already in the file when it was opened.
  public private(set) var existing: [CaseResult] = []
  /// Whether a torn last line was cut off.
  public private(set) var cutTornLine = false
  private let descriptor: Int32

  /// Opens `path` for appending.
  ///
  /// - Parameters:
  ///   - path: the file, created when missing.
  ///   - resume: keep and read what the file holds; without it, a file
  ///     that already holds results is an error (nothing is overwritten).
  /// - Throws: `AgentsError.invalidResults` for a file that cannot be
  ///   opened, or whose lines (but the last) are not results.
  public init(path: String, resume: Bool) throws(AgentsError) {
    self.path = path
    let descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .invalidResults(
        path: path, problem: "cannot be opened: \(String(cString: strerror(errno)))")
    }
    self.descriptor = descriptor
    do throws(AgentsError) {
      let bytes = try Self.contents(of: descriptor, path: path)
      if !bytes.isEmpty && !resume {
        throw AgentsError.invalidResults(
          path: path,
          problem: "already holds results; add --resume to go on with them, or name another file")
      }
      try readExisting(bytes)
    } catch {
      close(descriptor)
      throw error
    }
  }

  deinit { close(descriptor) }

  private static func contents(of descriptor: Int32, path: String) throws(AgentsError) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var offset: off_t = 0
    while true {
      let count = buffer.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, $0.count, offset)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .invalidResults(
          path: path, problem: "cannot be read: \(String(cString: strerror(errno)))")
      }
      if count == 0 { return bytes }
      bytes += buffer[..<count]
      offset += off_t(count)
    }
  }

  /// Parses the lines; a last line without its newline, or one that is not
  /// a result, is torn: cut off.
  private func readExisting(_ bytes: [UInt8]) throws(AgentsError) {
    var start = 0
    var lineNumber = 0
    while start < bytes.count {
      lineNumber += 1
      let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
      let line = String(decoding: bytes[start..<(end ?? bytes.count)], as: UTF8.self)
      let result = end == nil ? nil : CaseResult(jsonLine: line)
      guard let result else {
        guard end == nil || end == bytes.count - 1 else {
          throw .invalidResults(path: "\(path):\(lineNumber)", problem: "is not a result line")
        }
        // The last line is torn: cut it off, so its case is done again.
        guard ftruncate(descriptor, off_t(start)) == 0 else {
          throw .invalidResults(
            path: path,
            problem: "cannot cut its torn last line: \(String(cString: strerror(errno)))")
        }
        cutTornLine = true
        return
      }
      existing.append(result)
      start = (end ?? bytes.count) + 1
    }
  }

  /// Appends one result as a whole line, and flushes it to disk.
  ///
  /// - Throws: `AgentsError.invalidResults` when the write fails.
  public func append(_ result: CaseResult) throws(AgentsError) {
    let bytes = Array((result.jsonLine + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw .invalidResults(
          path: path, problem: "cannot be written: \(String(cString: strerror(errno)))")
      }
      offset += written
    }
    guard fsync(descriptor) == 0 else {
      throw .invalidResults(
        path: path, problem: "cannot be flushed: \(String(cString: strerror(errno)))")
    }
  }
}
