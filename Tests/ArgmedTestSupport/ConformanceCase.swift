import Foundation
import Solver

/// A framework of the conformance data with its expected answers.
public struct ConformanceCase: Sendable, CustomStringConvertible {
  public let path: String
  public let expected: ExpectedAnswers

  public var description: String {
    URL(fileURLWithPath: path).lastPathComponent
  }

  /// The cases in a fixture folder: each framework file beside a `.json`
  /// answer file (`NAME.json` for `NAME.i23`/`NAME.af`, `NAME.apx.json` for
  /// the others).
  public static func all(in directory: String) -> [ConformanceCase] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return files.sorted().compactMap { file -> ConformanceCase? in
      let path = directory + "/" + file
      let answers: String
      switch (file as NSString).pathExtension {
      case "i23", "af": answers = (path as NSString).deletingPathExtension + ".json"
      case "apx", "tgf": answers = path + ".json"
      default: return nil
      }
      guard let data = FileManager.default.contents(atPath: answers),
        let expected = try? JSONDecoder().decode(ExpectedAnswers.self, from: data)
      else { return nil }
      return ConformanceCase(path: path, expected: expected)
    }
  }
}

/// An extension in the answer files: argument numbers, or names.
public enum ExpectedArgument: Decodable, Hashable, Sendable {
  case number(Int)
  case name(String)

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Int.self) {
      self = .number(number)
    } else {
      self = .name(try container.decode(String.self))
    }
  }

  /// The argument's index in `framework`.
  public func index(in framework: ArgumentationFramework) -> Int? {
    switch self {
    case .number(let number): framework.index(named: String(number))
    case .name(let name): framework.index(named: name)
    }
  }
}

/// The answers of one conformance framework; `nil` where not given.
public struct ExpectedAnswers: Decodable, Sendable {
  public let arguments: Int
  public let attacks: Int
  public let grounded: [ExpectedArgument]
  public let preferred: [[ExpectedArgument]]?
  public let stable: [[ExpectedArgument]]?
  public let semiStable: [[ExpectedArgument]]?
  public let complete: [[ExpectedArgument]]?
  public let completeCount: Int?
  public let ideal: [ExpectedArgument]?

  enum CodingKeys: String, CodingKey {
    case arguments, attacks, grounded, preferred, stable, complete, ideal
    case semiStable = "semi-stable"
    case completeCount = "complete_count"
  }

  /// The expected extensions under `semantics` as index sets, or `nil` when
  /// the answer file does not give them.
  public func extensions(
    under semantics: Semantics, in framework: ArgumentationFramework
  ) -> Set<ArgumentSet>? {
    func sets(_ lists: [[ExpectedArgument]]?) -> Set<ArgumentSet>? {
      lists.map { Set($0.map { ArgumentSet($0.compactMap { $0.index(in: framework) }) }) }
    }
    switch semantics {
    case .grounded: return sets([grounded])
    case .ideal: return sets(ideal.map { [$0] })
    case .preferred: return sets(preferred)
    case .stable: return sets(stable)
    case .semiStable: return sets(semiStable)
    case .complete: return sets(complete)
    case .stage: return nil
    }
  }
}

/// Where the fixtures of a test target live.
public func fixturesDirectory(_ filePath: String = #filePath) -> String {
  URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
}
