import Foundation
import FuzzChecks
import Testing

/// Every input a fuzzer found to break something, replayed through the
/// same check (`Inputs/<kind>/`); and the seeds the fuzzers start from,
/// which must pass every check too.
@Suite struct FuzzRegressionTests {
  static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let root = here.deletingLastPathComponent().deletingLastPathComponent()

  static let inputs = here.appendingPathComponent("Inputs").path

  /// The files in `folder` whose names end in `suffix`, sorted (hidden files
  /// left out); `nil` when there is no such folder.
  static func files(in folder: String, endingIn suffix: String = "") -> [String]? {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      return nil
    }
    return names.filter { !$0.hasPrefix(".") && $0.hasSuffix(suffix) }.sorted()
  }

  /// The saved inputs, as `kind/file`.
  static let saved: [String] = FuzzInput.allCases.flatMap { kind in
    (files(in: inputs + "/" + kind.rawValue) ?? []).map { "\(kind.rawValue)/\($0)" }
  }

  /// The replay below passes on nothing when the inputs are not where it
  /// looks, so their absence is a failure of its own.
  @Test func theSavedInputsAreThere() throws {
    let folders = try #require(
      Self.files(in: Self.inputs),
      "\(Self.inputs) is missing: no fuzzer input would be replayed")
    #expect(!Self.saved.isEmpty, "\(Self.inputs) holds no saved input: nothing is replayed")
    let kinds = FuzzInput.allCases.map(\.rawValue)
    let names = kinds.joined(separator: ", ")
    for folder in folders {
      #expect(
        kinds.contains(folder),
        "Inputs/\(folder) is named after no fuzz target (\(names)): never replayed")
      #expect(
        Self.files(in: Self.inputs + "/" + folder)?.isEmpty == false,
        "Inputs/\(folder) is empty or not a folder")
    }
  }

  @Test(arguments: saved)
  func aSavedInputPassesItsCheck(_ name: String) throws {
    let kind = try #require(FuzzInput(rawValue: String(name.prefix { $0 != "/" })))
    let bytes = try #require(FileManager.default.contents(atPath: Self.inputs + "/" + name))
    kind.check(Array(bytes))
  }

  /// The folders `Scripts/fuzz` seeds each target with (the same list), and
  /// the ending of the files it takes from them.
  static func seedFolders(_ kind: FuzzInput) -> (folders: [String], suffix: String) {
    let folders: [String: [String]] = [
      "i23": ["examples/frameworks", "Tests/SolverTests/Fixtures/af/formats"],
      "apx": ["examples/frameworks", "Tests/SolverTests/Fixtures/af/formats"],
      "tgf": ["Tests/SolverTests/Fixtures/af/formats", "Tests/ArgmedEndToEndTests/Fixtures"],
      "graph": ["examples/graphs"],
      "scheme": [
        "Sources/Argumentation/Schemes/clinical", "Sources/Argumentation/Schemes/walton",
        "Tests/ArgumentationTests/Fixtures/valid", "Tests/ArgumentationTests/Fixtures/invalid",
      ],
      "case": ["examples/cases"],
    ]
    let suffix =
      ["i23": ".i23", "apx": ".apx", "tgf": ".tgf", "scheme": ".xml"][kind.rawValue] ?? ".json"
    return (folders[kind.rawValue] ?? [], suffix)
  }

  @Test(arguments: [FuzzInput.i23, .apx, .tgf, .graph, .scheme, .case])
  func theSeedsPassTheirChecks(_ kind: FuzzInput) throws {
    let (folders, suffix) = Self.seedFolders(kind)
    #expect(!folders.isEmpty)
    for folder in folders {
      let path = Self.root.appendingPathComponent(folder).path
      let seeds = Self.files(in: path, endingIn: suffix) ?? []
      #expect(!seeds.isEmpty, "\(folder) is missing or holds no \(suffix) file to seed \(kind)")
      for seed in seeds {
        kind.check(Array(try #require(FileManager.default.contents(atPath: path + "/" + seed))))
      }
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
