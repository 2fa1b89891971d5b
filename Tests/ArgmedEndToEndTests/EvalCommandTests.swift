import ArgmedTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `argmed eval`, run as a user runs it, on the shipped dataset.
@Suite struct EvalCommandTests {
  let argmed = CommandRunner()
  static let dataset = fixturesDirectory() + "/../../../examples/eval/clinical-mcq.jsonl"

  static func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-eval-\(UUID().uuidString)-\(name)").path
  }

  private func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// The results file's answers, parsed: its lines after the first, which
  /// names the run.
  private func lines(_ path: String) throws -> [[String: Any]] {
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.first?.contains(#""format":"argmed-eval-results""#) == true)
    return try lines.dropFirst().map { try json(String($0)) }
  }

  @Test func theShippedDatasetGivesTheFiguresItsReadmeStates() throws {
    let out = Self.temporaryPath("results.jsonl")
    let html = Self.temporaryPath("report.html")
    defer {
      try? FileManager.default.removeItem(atPath: out)
      try? FileManager.default.removeItem(atPath: html)
      try? FileManager.default.removeItem(atPath: out + ".cassette.jsonl")
    }
    let run = try argmed.run([
      "eval", Self.dataset, "--out", out, "--format", "json", "--html", html,
    ])
    #expect(run.status == 0)
    let summary = try json(run.standardOutput)
    #expect(summary["version"] as? Int == 1)
    #expect(summary["cases"] as? Int == 40)
    let methods = try #require(summary["methods"] as? [[String: Any]])
    #expect(methods.compactMap { $0["method"] as? String } == ["argmed", "direct", "cot"])
    #expect(methods.compactMap { $0["correct"] as? Int } == [34, 13, 33])
    #expect(methods.first?["noDecision"] as? Int == 6)
    let conjecture = try #require(summary["conjecture1"] as? [String: Any])
    #expect(conjecture["wrongAnswersWithoutDecision"] as? Int == 6)
    // Progress lines on stderr, which is not a terminal here.
    #expect(
      run.standardError.split(separator: "\n").last?.hasPrefix(
        "argmed eval: 120/120 answers (100%), ") == true)
    #expect(run.standardError.contains("argmed eval: 12/120 answers (10%)"))

    let results = try lines(out)
    #expect(results.count == 120)
    #expect(Set(results.map { "\($0["method"] ?? "") \($0["case"] ?? "")" }).count == 120)
    #expect(results.allSatisfy { $0["version"] as? Int == 1 })
    #expect(try String(contentsOfFile: html, encoding: .utf8).contains("<svg"))

    // Resuming a finished run answers nothing again and sums up the same,
    // whether or not the model is recorded (recording changes no answer).
    let cassette = out + ".cassette.jsonl"
    let again = try argmed.run([
      "eval", Self.dataset, "--out", out, "--resume", "--format", "json", "--record", cassette,
    ])
    #expect(again.status == 0)
    #expect(try lines(out).count == 120)
    #expect(
      (try json(again.standardOutput)["methods"] as? [[String: Any]])?.compactMap {
        $0["correct"] as? Int
      }
        == [34, 13, 33])
  }

  /// The methods the runs stopped midway answer by: 80 answers in all.
  static let twoMethods = ["--method", "argmed", "--method", "direct"]

  /// Starts `argmed eval` on the shipped dataset into `out`, slowed down
  /// by the rate limit so that `signal` lands mid-run, and sends it once
  /// `out` holds `lines` lines.
  ///
  /// - Returns: the process, ended, and how many lines `out` held.
  private func stopped(
    by signal: Int32, out: String, afterLines lines: Int, options: [String] = [],
    standardError: Any = FileHandle.nullDevice
  ) throws -> (process: Process, written: Int) {
    let process = Process()
    process.executableURL = argmed.executable
    process.arguments = ["eval", Self.dataset, "--out", out] + Self.twoMethods + options
    process.standardOutput = FileHandle.nullDevice
    process.standardError = standardError
    try process.run()
    var written = 0
    for _ in 0..<600 {
      usleep(20_000)
      written =
        (try? String(contentsOfFile: out, encoding: .utf8))?.split(separator: "\n").count ?? 0
      if written >= lines { break }
    }
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    return (process, written)
  }

  /// Resumes a run that `stopped` stopped, and checks that the file then
  /// holds every answer exactly once.
  private func resumeToEveryAnswerOnce(_ out: String) throws -> CommandRunner.Result {
    let resumed = try argmed.run(
      ["eval", Self.dataset, "--out", out, "--resume"] + Self.twoMethods)
    #expect(resumed.status == 0)
    let results = try lines(out)
    #expect(results.count == 80)
    #expect(Set(results.map { "\($0["method"] ?? "") \($0["case"] ?? "")" }).count == 80)
    return resumed
  }

  @Test func aRunKilledAtAnyMomentResumesWithEveryAnswerOnce() throws {
    let out = Self.temporaryPath("killed.jsonl")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let killed = try stopped(
      by: SIGKILL, out: out, afterLines: 11, options: ["--rate", "100", "--concurrency", "2"])
    #expect(killed.written >= 11)
    // As if the kill had come in the middle of a write.
    let handle = try #require(FileHandle(forWritingAtPath: out))
    handle.seekToEndOfFile()
    handle.write(Data(#"{"version":1,"method":"direct","case":"mcq-0"#.utf8))
    try handle.close()

    let resumed = try resumeToEveryAnswerOnce(out)
    #expect(resumed.standardError.contains("cut off a torn last line"))
  }

  @Test func anInterruptedRunSaysHowToGoOnAndKeepsWholeAnswers() throws {
    let out = Self.temporaryPath("interrupted.jsonl")
    defer { try? FileManager.default.removeItem(atPath: out) }
    // A few progress lines and the message: well within a pipe's buffer.
    let errors = Pipe()
    let interrupted = try stopped(
      by: SIGINT, out: out, afterLines: 6, options: ["--rate", "100"], standardError: errors)
    #expect(interrupted.process.terminationReason == .exit)
    #expect(interrupted.process.terminationStatus == 130)
    let said = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(
      said.hasSuffix(
        "\nargmed eval: interrupted; the answers given so far are in \(out): run again with "
          + "--resume to go on\n"))
    // Every answer recorded is a whole line, and no summary was printed.
    #expect(try String(contentsOfFile: out, encoding: .utf8).hasSuffix("\n"))
    #expect(try lines(out).count < 80)

    let resumed = try resumeToEveryAnswerOnce(out)
    #expect(!resumed.standardError.contains("torn"))
  }

  @Test func optionsAndFilesAreChecked() throws {
    let noOut = try argmed.run(["eval", Self.dataset, "--resume"])
    #expect(noOut.status == 64)
    #expect(noOut.standardError.contains("--resume needs --out FILE"))

    let out = Self.temporaryPath("exists.jsonl")
    defer { try? FileManager.default.removeItem(atPath: out) }
    let first = try argmed.run([
      "eval", Self.dataset, "--out", out, "--method", "direct", "--limit", "5", "--seed", "3",
    ])
    #expect(first.status == 0)
    #expect(try lines(out).count == 5)
    let second = try argmed.run(["eval", Self.dataset, "--out", out, "--method", "direct"])
    #expect(second.status == 1)
    #expect(second.standardError.contains("already holds results; add --resume"))
    #expect(try lines(out).count == 5)

    let overData = try argmed.run(["eval", Self.dataset, "--out", Self.dataset])
    #expect(overData.status == 64)
    #expect(overData.standardError.contains("DATA and --out name the same file"))
    let htmlOverOut = try argmed.run(["eval", Self.dataset, "--out", out, "--html", out])
    #expect(htmlOverOut.status == 64)
    #expect(try lines(out).count == 5)

    // A case changed since it was answered is not mixed with its old answer.
    let changed = Self.temporaryPath("changed.jsonl")
    defer { try? FileManager.default.removeItem(atPath: changed) }
    let original = try String(contentsOfFile: Self.dataset, encoding: .utf8)
    try original.write(toFile: changed, atomically: true, encoding: .utf8)
    let changedOut = Self.temporaryPath("changed-results.jsonl")
    defer { try? FileManager.default.removeItem(atPath: changedOut) }
    _ = try argmed.run(["eval", changed, "--out", changedOut, "--method", "direct", "--limit", "2"])
    // The first case's question, edited.
    try original.replacingOccurrences(of: "A 7-year-old girl", with: "An 8-year-old girl")
      .write(toFile: changed, atomically: true, encoding: .utf8)
    let resumedChanged = try argmed.run([
      "eval", changed, "--out", changedOut, "--method", "direct", "--limit", "2", "--resume",
    ])
    #expect(resumedChanged.status == 1)
    #expect(resumedChanged.standardError.contains("has changed since it was answered"))

    let missing = try argmed.run(["eval", "/nonexistent.jsonl"])
    #expect(missing.status == 1)
    #expect(
      missing.standardError
        == "argmed: error: /nonexistent.jsonl: cannot be read: No such file or directory\n")
  }
}
