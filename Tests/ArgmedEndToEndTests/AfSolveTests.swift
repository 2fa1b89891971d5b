import ArgmedTestSupport
import Testing

/// `argmed af solve` in text and JSON.
@Suite struct AfSolveTests {
  let argmed = CommandRunner()
  let example = fixturesDirectory() + "/iccma-example.i23"
  let named = fixturesDirectory() + "/iccma-example.tgf"

  private func solve(_ arguments: [String]) throws -> CommandRunner.Result {
    try argmed.run(["af", "solve"] + arguments)
  }

  @Test func enumerationJSONIsVersioned() throws {
    let result = try solve([example, "--semantics", "preferred", "--format", "json"])
    #expect(result.status == 0)
    #expect(
      result.standardOutput
        == #"{"version":1,"semantics":"preferred","extensions":[["1","3","4"]]}"# + "\n")
  }

  @Test func enumerationTextListsEachExtension() throws {
    let lines = try solve([named, "--semantics", "complete"]).standardOutput.split(separator: "\n")
    #expect(Set(lines) == ["{a, c}", "{a, c, d}"])
  }

  @Test func oneExtensionComesWithItsLabelling() throws {
    let json = try solve([named, "--semantics", "grounded", "--task", "one", "--format", "json"])
    #expect(
      json.standardOutput
        == #"{"version":1,"semantics":"grounded","extension":["a","c"],"labelling":{"in":["a","c"],"out":["b"],"undecided":["d","e"]}}"#
        + "\n")
    let text = try solve([named, "--semantics", "grounded", "--task", "one"]).standardOutput
    #expect(text == "extension: {a, c}\nout: {b}\nundecided: {d, e}\n")
  }

  @Test func countAndAcceptance() throws {
    #expect(
      try solve([example, "--semantics", "complete", "--task", "count", "--format", "json"])
        .standardOutput == #"{"version":1,"semantics":"complete","count":2}"# + "\n")
    #expect(
      try solve([named, "--semantics", "complete", "--task", "skeptical", "--argument", "d"])
        .standardOutput == "NO\nwitness: {a, c}\n")
    #expect(
      try solve([
        named, "--semantics", "preferred", "--task", "credulous", "--argument", "d", "--format",
        "json",
      ]).standardOutput
        == #"{"version":1,"semantics":"preferred","task":"credulous","argument":"d","accepted":true,"witness":["a","c","d"]}"#
        + "\n")
  }

  @Test func theExtensionLimitIsReported() throws {
    let result = try solve([example, "--semantics", "complete", "--max-extensions", "1"])
    #expect(result.standardOutput.split(separator: "\n").count == 1)
    #expect(result.standardError.contains("reachedExtensionLimit"))
  }

  @Test(arguments: [
    (["EXAMPLE", "--semantics", "preferred", "--task", "credulous"], "needs --argument"),
    (["EXAMPLE", "--semantics", "nonsense"], "nonsense"),
    (
      ["EXAMPLE", "--semantics", "stable", "--task", "skeptical", "--argument", "z"],
      "no argument 'z'"
    ),
    (["/nonexistent.tgf", "--semantics", "stable"], "/nonexistent.tgf: cannot read the file"),
    (
      ["EXAMPLE", "--semantics", "stable", "--input-format", "apx"],
      "iccma-example.i23:1:3: expected a fact"
    ),
  ])
  func mistakesAreReported(arguments: [String], message: String) throws {
    let result = try solve(arguments.map { $0 == "EXAMPLE" ? example : $0 })
    #expect(result.status != 0)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains(message), "\(result.standardError)")
  }
}

extension AfSolveTests {
  @Test(arguments: ["inf", "nan", "1e20", "0", "-1"])
  func timeLimitsMustBeSensible(limit: String) throws {
    let result = try solve([example, "--semantics", "grounded", "--time-limit", limit])
    #expect(result.status != 0)
    #expect(result.standardError.contains("--time-limit"), "\(result.standardError)")
  }

  @Test func aLimitThatTakesEverythingIsNotReportedAsCut() throws {
    let one = try solve([example, "--semantics", "grounded", "--max-extensions", "1"])
    #expect(one.standardError.isEmpty)
    let json = try solve([
      example, "--semantics", "preferred", "--max-extensions", "1", "--format", "json",
    ])
    #expect(!json.standardOutput.contains("ending"))
  }
}
