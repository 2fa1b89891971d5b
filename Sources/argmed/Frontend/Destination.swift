import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command's result goes: standard output (no path, or `-`), or a
/// file that is replaced whole or not at all.
struct Destination {
  let path: String?

  func write(_ text: String) throws {
    guard let path, path != "-" else {
      let output = StandardOutput()
      output.write(text)
      output.flush()
      return
    }
    // Written next to the target and renamed over it: a reader never sees
    // half a file, and a failure leaves the old one. A link is followed, and
    // the file keeps its permissions.
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    var existing = stat()
    let mode: mode_t? = stat(target.path, &existing) == 0 ? existing.st_mode & 0o7777 : nil
    let temporary = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).argmed-\(UUID().uuidString)")
    do {
      try Data(text.utf8).write(to: temporary)
      if let mode { chmod(temporary.path, mode) }
      guard rename(temporary.path, target.path) == 0 else {
        throw CommandFailure("\(path): cannot write the file: \(String(cString: strerror(errno)))")
      }
    } catch let failure as CommandFailure {
      try? FileManager.default.removeItem(at: temporary)
      throw failure
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw CommandFailure("\(path): cannot write the file: \(error.localizedDescription)")
    }
  }
}
