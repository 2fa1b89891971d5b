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
    try Self.check(testCase)
  }

  @Test(arguments: real)
  func competitionFrameworks(_ testCase: ConformanceCase) throws {
    try Self.check(testCase)
  }

  fileprivate static func check(_ testCase: ConformanceCase) throws {
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
      #expect(
        try solver.countExtensions(of: framework, under: .complete) == ExtensionCount(count),
        "\(testCase)")
    }
  }
}

/// The medium frameworks, and the single-answer tasks on the conformance
/// data (one extension, and credulous and skeptical acceptance of every
/// argument, with witnesses): a minute between them, so in the heavy tests
/// (`swift test --skip /Heavy/` leaves them out).
extension ConformanceTests {
  @Suite struct Heavy {
    @Test(arguments: ConformanceTests.medium)
    func mediumFrameworks(_ testCase: ConformanceCase) throws {
      try ConformanceTests.check(testCase)
    }

    @Test(
      arguments: ConformanceTests.medium
        + ConformanceTests.real.filter { $0.expected.arguments <= 10_000 })
    func decisionsAndWitnessesMatch(_ testCase: ConformanceCase) throws {
      let framework = try ArgumentationFramework(contentsOfFile: testCase.path)
      let solver = DungSolver()
      for semantics in Semantics.allCases {
        guard let expected = testCase.expected.extensions(under: semantics, in: framework) else {
          continue
        }
        let one = try solver.someExtension(of: framework, under: semantics)
        #expect(one.map(expected.contains) ?? expected.isEmpty, "\(testCase) SE \(semantics)")
        let credulous = expected.reduce(into: Set<Int>()) { $0.formUnion($1) }
        let skeptical = expected.dropFirst().reduce(Set(expected.first?.indices ?? [])) {
          $0.intersection($1)
        }
        // Every argument of the smaller frameworks, a sample of the larger.
        let step = max(1, framework.argumentCount / 60)
        for argument in stride(from: 0, to: framework.argumentCount, by: step) {
          let dc = try solver.credulousAcceptance(of: argument, in: framework, under: semantics)
          #expect(
            dc.isAccepted == credulous.contains(argument), "\(testCase) DC \(semantics) \(argument)"
          )
          if let witness = dc.witness {
            #expect(
              expected.contains(witness) && witness.contains(argument), "\(testCase) DC witness")
          }
          let ds = try solver.skepticalAcceptance(of: argument, in: framework, under: semantics)
          let isSkeptical = expected.isEmpty || skeptical.contains(argument)
          #expect(ds.isAccepted == isSkeptical, "\(testCase) DS \(semantics) \(argument)")
          if let witness = ds.witness {
            #expect(
              expected.contains(witness) && !witness.contains(argument), "\(testCase) DS witness")
          }
        }
      }
    }
  }
}
