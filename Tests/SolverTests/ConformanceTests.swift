import ArgmedTestSupport
import Solver
import Testing

/// Every semantics on every framework of the conformance data, exactly.
@Suite struct ConformanceTests {
  static let small = ConformanceCase.all(in: fixturesDirectory() + "/af/small")
  static let medium = ConformanceCase.all(in: fixturesDirectory() + "/af/medium")
  static let formats = ConformanceCase.all(in: fixturesDirectory() + "/af/formats")
  static let real = ConformanceCase.all(in: fixturesDirectory() + "/iccma-real")

  @Test func theFixturesAreThere() {
    #expect(Self.small.count == 200)
    #expect(Self.medium.count == 55)
    #expect(Self.formats.count == 8)
    #expect(Self.real.count == 6)
  }

  @Test(arguments: small + formats)
  func smallFrameworks(_ testCase: ConformanceCase) throws {
    try check(testCase)
  }

  @Test(arguments: medium)
  func mediumFrameworks(_ testCase: ConformanceCase) throws {
    try check(testCase)
  }

  @Test(arguments: real)
  func competitionFrameworks(_ testCase: ConformanceCase) throws {
    try check(testCase)
  }

  private func check(_ testCase: ConformanceCase) throws {
    let framework = try ArgumentationFramework(contentsOfFile: testCase.path)
    let expected = testCase.expected
    #expect(framework.argumentCount == expected.arguments, "\(testCase)")
    #expect(framework.attackCount == expected.attacks, "\(testCase)")
    let solver = DungSolver()
    for semantics in Semantics.allCases {
      guard let answer = expected.extensions(under: semantics, in: framework) else { continue }
      let found = try solver.extensions(of: framework, under: semantics)
      #expect(found.count == Set(found).count, "\(testCase) \(semantics): repeated extensions")
      #expect(Set(found) == answer, "\(testCase) under \(semantics)")
    }
    if let count = expected.completeCount {
      #expect(try solver.countExtensions(of: framework, under: .complete) == count, "\(testCase)")
    }
  }
}
