import ArgMedSupport
import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which paths name the same file, and whether one can be written.
enum FileIdentity {
  /// Whether `first` and `second` name one existing file (same device and
  /// inode), or are the same path.
  static func same(_ first: String, _ second: String) -> Bool {
    if URL(fileURLWithPath: first).standardizedFileURL
      == URL(fileURLWithPath: second).standardizedFileURL
    {
      return true
    }
    var a = stat()
    var b = stat()
    guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino
  }

  /// Fails when two of the named paths are one file.
  ///
  /// An output would otherwise overwrite an input or another output.
  /// Devices, pipes and sockets (`/dev/stdout`, `/dev/null`) may be named
  /// more than once.
  ///
  /// - Parameter files: option names (or argument names) and their paths;
  ///   `nil` and `-` (standard input or output) are left out.
  /// - Throws: `ValidationError` naming the two options.
  static func requireDistinct(_ files: [(name: String, path: String?)]) throws {
    let named = files.compactMap { name, path in
      path.flatMap { $0 == "-" || isSpecial($0) ? nil : (name, $0) }
    }
    for (index, first) in named.enumerated() {
      for second in named[(index + 1)...] where same(first.1, second.1) {
        throw ValidationError("\(first.0) and \(second.0) name the same file")
      }
    }
  }

  /// Whether `path` exists and is neither a regular file nor a folder.
  private static func isSpecial(_ path: String) -> Bool {
    var status = stat()
    guard stat(path, &status) == 0 else { return false }
    let kind = status.st_mode & S_IFMT
    return kind != S_IFREG && kind != S_IFDIR
  }

  /// Fails unless a file can be written at `path`: its folder exists and
  /// is writable, and the path is not a folder.
  static func requireWritable(_ path: String) throws {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var status = stat()
    if stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
      throw CommandFailure("\(path): is a folder")
    }
    guard access(folder, W_OK) == 0 else {
      throw CommandFailure("\(path): cannot be written: \(String(cString: strerror(errno)))")
    }
  }
}

/// What Ctrl-C says during a long run: where the answers are, and how to
/// go on.
enum Interruption {
  /// Installs the handler for SIGINT: a line on stderr, then exit 130.
  ///
  /// The answers given so far are already on disk, line by line.
  ///
  /// - Returns: the signal source; the handler lasts as long as it does.
  static func explain(resuming out: String?) -> any DispatchSourceSignal {
    let message =
      out.map {
        "\nargmed eval: interrupted; the answers given so far are in \($0): run again with "
          + "--resume to go on\n"
      } ?? "\nargmed eval: interrupted; without --out, the answers are not kept\n"
    let bytes = Array(message.utf8)
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler {
      try? writeAll(bytes, to: STDERR_FILENO)
      exit(130)
    }
    source.resume()
    return source
  }
}
