import ArgmedTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Results reach standard output whatever kind of descriptor it is, and a
/// standard output that cannot take them is an error.
@Suite struct StandardOutputTests {
  let argmed = CommandRunner()

  @Test func aStandardOutputThatCannotBeWrittenIsAnError() throws {
    // /dev/full refuses every write (ENOSPC).
    let result = try argmed.run(
      ["af", "solve", fixturesDirectory() + "/iccma-example.i23", "--semantics", "preferred"],
      standardOutputPath: "/dev/full")
    #expect(result.status == 1)
    #expect(
      result.standardError
        == "argmed: error: cannot write the results to standard output: No space left on device\n")
  }

  @Test func aNonBlockingPipeThatFillsUpGetsEveryLine() throws {
    // 14 two-cycles: 16,384 preferred extensions, far more than a pipe holds.
    let pairs = 14
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-two-cycles-\(UUID().uuidString).i23")
    defer { try? FileManager.default.removeItem(at: file) }
    let attacks = (0..<pairs).map { "\(2 * $0 + 1) \(2 * $0 + 2)\n\(2 * $0 + 2) \(2 * $0 + 1)\n" }
    try Data(("p af \(2 * pairs)\n" + attacks.joined()).utf8).write(to: file)

    let process = Process()
    process.executableURL = argmed.executable
    process.arguments = ["iccma", "-p", "EE-PR", "-f", file.path]
    let output = Pipe()
    // As some parents (Node.js, for one) hand their children stdout.
    let writer = output.fileHandleForWriting.fileDescriptor
    _ = fcntl(writer, F_SETFL, fcntl(writer, F_GETFL) | O_NONBLOCK)
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Let the pipe fill before anything is read.
    Thread.sleep(forTimeInterval: 0.5)
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 1 << pairs)
    #expect(Set(lines).count == 1 << pairs)
  }
}
