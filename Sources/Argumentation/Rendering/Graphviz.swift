import Foundation

/// Graphviz's `dot`, run to turn DOT into SVG.
///
/// Graphviz is needed at run time only (Debian package `graphviz`); when it
/// is missing the error says how to install it.
public enum Graphviz {
  /// The SVG drawing of `dot` text.
  ///
  /// - Parameters:
  ///   - dot: the DOT text.
  ///   - timeLimit: how long the layout may take.
  /// - Returns: the SVG text.
  /// - Throws: `ArgumentationError.renderingFailed` when `dot` is not
  ///   installed, rejects the text, or runs past `timeLimit`.
  /// - Complexity: Graphviz's layout, which grows faster than linearly;
  ///   thousands of arguments take seconds.
  public static func svg(
    fromDOT dot: String, timeLimit: Duration = .seconds(120)
  ) throws(ArgumentationError) -> String {
    let executable = try requireDot()
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-dot-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw .renderingFailed("cannot make a temporary folder for Graphviz: \(error)")
    }
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("graph.dot")
    let errors = directory.appendingPathComponent("errors.txt")
    do {
      try Data(dot.utf8).write(to: input)
      _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = ["-Tsvg", input.path]
      let output = Pipe()
      process.standardOutput = output
      process.standardError = try FileHandle(forWritingTo: errors)
      process.standardInput = FileHandle.nullDevice
      try process.run()
      // A layout that takes too long is stopped, not waited for.
      let watchdog = Task {
        try await Task.sleep(for: timeLimit)
        if process.isRunning { process.terminate() }
      }
      let svg = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      watchdog.cancel()
      if process.terminationReason == .uncaughtSignal {
        throw ArgumentationError.renderingFailed(
          "Graphviz's dot did not finish within \(timeLimit) and was stopped")
      }
      guard process.terminationStatus == 0 else {
        let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        throw ArgumentationError.renderingFailed(
          "Graphviz's dot failed (status \(process.terminationStatus)): "
            + message.split(separator: "\n").prefix(3).joined(separator: "; "))
      }
      return String(decoding: svg, as: UTF8.self)
    } catch let error as ArgumentationError {
      throw error
    } catch {
      throw .renderingFailed("cannot run Graphviz's dot: \(error)")
    }
  }

  /// The path of Graphviz's `dot`.
  ///
  /// - Throws: `ArgumentationError.renderingFailed` saying how to install
  ///   Graphviz when `dot` is not on the `PATH`.
  @discardableResult
  public static func requireDot() throws(ArgumentationError) -> String {
    guard let executable = executablePath(named: "dot") else {
      throw .renderingFailed(
        "Graphviz's dot is not installed: install it (Debian and Ubuntu: "
          + "apt-get install graphviz), or ask for DOT instead (--format dot; with solve, --dot FILE)"
      )
    }
    return executable
  }

  /// The first executable `name` on the `PATH`.
  static func executablePath(named name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}
