import Foundation

/// Runs the built `argmed` executable the way a user does, and captures what
/// it prints.
public struct CommandRunner {
  /// What one run printed and how it ended.
  public struct Result: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String
  }

  /// The program built beside the test bundle.
  public let executable: URL

  /// Runs the program `name` (by default `argmed`) built beside the test
  /// bundle.
  public init(program name: String = "argmed") {
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    executable = products.appendingPathComponent(name)
  }

  /// Runs `argmed` with `arguments`, in `directory` and with
  /// `environment` when given, and waits for it.
  ///
  /// With `standardOutputPath`, stdout goes to that file instead of being
  /// captured.
  public func run(
    _ arguments: [String], in directory: String? = nil, environment: [String: String]? = nil,
    standardOutputPath: String? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let output = Pipe()
    // Diagnostics go to a file, so that neither stream can fill up and
    // block the child while the other is read.
    let errorFile = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorFile) }
    let error = try FileHandle(forWritingTo: errorFile)
    if let standardOutputPath {
      process.standardOutput = FileHandle(forWritingAtPath: standardOutputPath)
      try output.fileHandleForWriting.close()
    } else {
      process.standardOutput = output
    }
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try error.close()
    let errorData = FileManager.default.contents(atPath: errorFile.path) ?? Data()
    return Result(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData, as: UTF8.self))
  }
}
