import ArgMedSupport
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command's result goes: standard output (no path, or `-`), or a
/// file that is replaced whole or not at all.
///
/// A regular file (or a new one) is written next to its target and renamed
/// over it, so a reader never sees half a file and a failure leaves the old
/// one; a link is followed, so the link stays and its target is replaced,
/// keeping its permissions. A device, a pipe or a socket (`/dev/stdout`,
/// `/dev/null`) is written through, never replaced.
struct Destination {
  let path: String?

  /// Writes `text` to this destination.
  func write(_ text: String) throws {
    try Self.write([(self, text)])
  }

  /// Writes each text to its destination, all or none of the files: every
  /// file is staged before any is put in place, and standard output comes
  /// last.
  static func write(_ outputs: [(Destination, String)]) throws {
    var staged: [StagedFile] = []
    var throughs: [(String, String)] = []
    var standardOutput: [String] = []
    do {
      for (destination, text) in outputs {
        guard let path = destination.path, path != "-" else {
          standardOutput.append(text)
          continue
        }
        switch try Target(path) {
        case .replaced(let target):
          staged.append(try StagedFile(text, for: target, named: path))
        case .writtenThrough:
          throughs.append((path, text))
        }
      }
      while let file = staged.first {
        try file.putInPlace()
        staged.removeFirst()
      }
    } catch {
      for file in staged { file.discard() }
      throw error
    }
    for (path, text) in throughs { try writeThrough(text, to: path) }
    if !standardOutput.isEmpty {
      let output = StandardOutput()
      for text in standardOutput { output.write(text) }
      try output.flush()
    }
  }

  /// How a path is written.
  private enum Target {
    /// A regular file, or none yet: replaced at this resolved path.
    case replaced(String)
    /// A device, pipe or socket: opened and written.
    case writtenThrough

    init(_ path: String) throws {
      guard !path.isEmpty else { throw CommandFailure("an output path is empty") }
      var status = stat()
      if stat(path, &status) == 0 {
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw CommandFailure("\(path): is a folder")
        case S_IFREG: self = .replaced(try Self.resolved(path, for: path))
        default: self = .writtenThrough
        }
        return
      }
      // A new file: the folder's links are resolved; the name is kept.
      let url = URL(fileURLWithPath: path)
      let folder = try Self.resolved(url.deletingLastPathComponent().path, for: path)
      self = .replaced(
        URL(fileURLWithPath: folder).appendingPathComponent(url.lastPathComponent).path)
    }

    /// `path` with every link resolved; a failure names the output `name`.
    private static func resolved(_ path: String, for name: String) throws -> String {
      guard let resolved = realpath(path, nil) else {
        throw CommandFailure("\(name): cannot write the file: \(String(cString: strerror(errno)))")
      }
      defer { free(resolved) }
      return String(cString: resolved)
    }
  }

  /// A text written to a hidden file beside its target, not yet renamed.
  private struct StagedFile {
    let temporary: String
    let target: String
    let name: String

    init(_ text: String, for target: String, named name: String) throws {
      let url = URL(fileURLWithPath: target)
      temporary =
        url.deletingLastPathComponent()
        .appendingPathComponent(".\(url.lastPathComponent).argmed-\(UUID().uuidString)").path
      self.target = target
      self.name = name
      var existing = stat()
      let mode: mode_t? = stat(target, &existing) == 0 ? existing.st_mode & 0o7777 : nil
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      guard descriptor >= 0 else {
        throw CommandFailure("\(name): cannot write the file: \(String(cString: strerror(errno)))")
      }
      let written = Result { () throws(WriteError) in try writeAll(Array(text.utf8), to: descriptor)
      }
      if let mode { fchmod(descriptor, mode) }
      close(descriptor)
      if case .failure(let error) = written {
        unlink(temporary)
        throw CommandFailure("\(name): cannot write the file: \(error.reason)")
      }
    }

    func putInPlace() throws {
      guard rename(temporary, target) == 0 else {
        throw CommandFailure("\(name): cannot write the file: \(String(cString: strerror(errno)))")
      }
    }

    func discard() {
      unlink(temporary)
    }
  }

  /// Writes `text` into the device, pipe or socket at `path`.
  private static func writeThrough(_ text: String, to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw CommandFailure("\(path): cannot write: \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    do {
      try writeAll(Array(text.utf8), to: descriptor)
    } catch {
      throw CommandFailure("\(path): cannot write: \(error.reason)")
    }
  }
}
