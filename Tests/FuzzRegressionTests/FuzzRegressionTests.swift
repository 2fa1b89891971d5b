import Foundation
import FuzzChecks
import Testing

/// Every input a fuzzer found to break something, replayed through the
/// same check (`Inputs/<kind>/`); and the seeds the fuzzers start from,
/// which must pass every check too.
@Suite struct FuzzRegressionTests {
  static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let root = here.deletingLastPathComponent().deletingLastPathComponent()

  /// The saved inputs, as `kind/file`.
  static let saved: [String] = FuzzInput.allCases.flatMap { kind in
    let folder = here.appendingPathComponent("Inputs/\(kind.rawValue)").path
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return files.sorted().map { "\(kind.rawValue)/\($0)" }
  }

  @Test(arguments: saved)
  func aSavedInputPassesItsCheck(_ name: String) throws {
    let kind = try #require(FuzzInput(rawValue: String(name.prefix { $0 != "/" })))
    let bytes = try #require(
      FileManager.default.contents(atPath: Self.here.appendingPathComponent("Inputs/\(name)").path))
    kind.check(Array(bytes))
  }

  /// The files `Scripts/fuzz` seeds each target with (the same list).
  static func seeds(_ kind: FuzzInput) -> [String] {
    let folders: [String: [String]] = [
      "i23": ["examples/frameworks", "Tests/SolverTests/Fixtures/af"],
      "apx": ["examples/frameworks", "Tests/SolverTests/Fixtures/af"],
      "tgf": ["Tests/SolverTests/Fixtures/af", "Tests/ArgmedEndToEndTests/Fixtures"],
      "graph": ["examples/graphs"],
      "scheme": [
        "Sources/Argumentation/Schemes/clinical", "Sources/Argumentation/Schemes/walton",
        "Tests/ArgumentationTests/Fixtures/valid", "Tests/ArgumentationTests/Fixtures/invalid",
      ],
      "case": ["examples/cases"],
    ]
    let suffix =
      ["i23": ".i23", "apx": ".apx", "tgf": ".tgf", "scheme": ".xml"][kind.rawValue] ?? ".json"
    return (folders[kind.rawValue] ?? []).flatMap { folder in
      let path = root.appendingPathComponent(folder).path
      let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      return files.filter { $0.hasSuffix(suffix) }.sorted().map { path + "/" + $0 }
    }
  }

  @Test(arguments: [FuzzInput.i23, .apx, .tgf, .graph, .scheme, .case])
  func theSeedsPassTheirChecks(_ kind: FuzzInput) throws {
    let seeds = Self.seeds(kind)
    #expect(!seeds.isEmpty)
    for seed in seeds {
      kind.check(Array(try #require(FileManager.default.contents(atPath: seed))))
    }
  }

  @Test func aRunOfRepliesFromTheMockPassesItsCheck() {
    // A proposal, then the Verifier accepting what it can, then nonsense.
    let replies = [
      #"{"decisions": [{"option": "A", "goal": "fewer migraine attacks", "findings": "migraine", "knowledge": ["K1"], "rationale": "K1."}]}"#,
      #"{"answers": 3}"#, "[[[[[[[[[[[[[[[[[[[[", "\u{FFFD}\u{0}",
    ]
    FuzzInput.replies.check(Array(replies.joined(separator: "\u{0}").utf8))
  }
}
