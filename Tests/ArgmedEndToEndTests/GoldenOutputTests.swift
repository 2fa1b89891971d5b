import ArgmedTestSupport
import Foundation
import Testing

/// Every shipped example through every command, compared byte for byte with
/// the outputs recorded in `Golden/`: what a refactoring must not change.
///
/// `Golden/commands.txt` lists the runs, one `name: arguments` a line, run
/// from the repository's root; `{out}` in the arguments is a fresh folder,
/// and every file the run writes there is compared too. Each run's standard
/// output, standard error and exit status are recorded under
/// `Golden/<name>/`. What depends on the clock (an evaluation's seconds and
/// its progress lines) is masked before comparing. Re-record with
/// `RECORD_GOLDEN=1 swift test --filter GoldenOutputTests`, and read the
/// diff before committing it.
@Suite struct GoldenOutputTests {
  static let golden = fixturesDirectory() + "/../Golden"
  static let root = fixturesDirectory() + "/../../.."

  /// One recorded run.
  struct Run: Sendable, CustomStringConvertible {
    var name: String
    var arguments: [String]
    var description: String { name }
  }

  static let runs: [Run] = {
    let manifest = (try? String(contentsOfFile: golden + "/commands.txt", encoding: .utf8)) ?? ""
    return manifest.split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { return nil }
      return Run(
        name: String(line[..<colon]),
        arguments: line[line.index(after: colon)...].split(separator: " ").map(String.init))
    }
  }()

  @Test func theManifestListsRuns() {
    #expect(Self.runs.count >= 90, "Golden/commands.txt is missing or cut short")
    #expect(Set(Self.runs.map(\.name)).count == Self.runs.count, "a run's name is used twice")
  }

  @Test(arguments: runs)
  func outputIsAsRecorded(_ run: Run) throws {
    let files = FileManager.default
    let out = files.temporaryDirectory.appendingPathComponent("argmed-golden-\(UUID().uuidString)")
    try files.createDirectory(at: out, withIntermediateDirectories: true)
    defer { try? files.removeItem(at: out) }
    let arguments = run.arguments.map { $0.replacingOccurrences(of: "{out}", with: out.path) }
    let result = try CommandRunner().run(arguments, in: Self.root)
    var produced: [String: String] = [
      "stdout": Self.masked(result.standardOutput),
      "stderr": Self.masked(result.standardError).replacingOccurrences(of: out.path, with: "{out}"),
      "status": "\(result.status)\n",
    ]
    for name in try files.contentsOfDirectory(atPath: out.path) {
      let text = try String(contentsOfFile: out.path + "/" + name, encoding: .utf8)
      produced["out." + name] = Self.masked(text)
    }
    let folder = Self.golden + "/" + run.name
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
      try? files.removeItem(atPath: folder)
      try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for (name, text) in produced {
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
      }
      return
    }
    let recorded = try files.contentsOfDirectory(atPath: folder)
    #expect(Set(recorded) == Set(produced.keys), "\(run.name): other files than recorded")
    for (name, text) in produced {
      let expected = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)
      #expect(text == expected, "\(run.name)/\(name) differs from Golden/\(run.name)/\(name)")
    }
  }

  /// The text with what depends on the clock replaced by `<time>`.
  static func masked(_ text: String) -> String {
    var text = text
    // Seconds in results lines and summaries.
    text.replace(#/("seconds(?:PerCase)?": ?)[0-9.eE+-]+/#) { "\($0.output.1)<time>" }
    // The s/case column of the text summary.
    text.replace(#/(?m)^((?:argmed|direct|cot) .*  )[0-9.]+$/#) { "\($0.output.1)<time>" }
    // Progress lines, with their rates and times left.
    text.replace(#/(?m)^argmed eval: \d+/\d+ answers.*\n/#, with: "")
    return text
  }
}
