import ArgmedTestSupport
import Foundation
import Solver
import Testing

/// The two ICCMA programs: `argmed iccma` and the small `argmed-iccma`,
/// which must answer alike.
enum ICCMAProgram: String, CaseIterable, CustomTestStringConvertible {
  case subcommand = "argmed iccma"
  case standalone = "argmed-iccma"

  var testDescription: String { rawValue }

  /// Runs the program with the ICCMA options `arguments`.
  func run(_ arguments: [String]) throws -> CommandRunner.Result {
    switch self {
    case .subcommand: try CommandRunner().run(["iccma"] + arguments)
    case .standalone: try CommandRunner(program: "argmed-iccma").run(arguments)
    }
  }
}

/// `argmed iccma` and `argmed-iccma` as a competition harness runs them.
@Suite struct IccmaInterfaceTests {
  let example = fixturesDirectory() + "/iccma-example.i23"

  @Test(arguments: ICCMAProgram.allCases)
  func withoutArgumentsItNamesItself(program: ICCMAProgram) throws {
    let result = try program.run([])
    #expect(result.status == 0)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("ArgMed v") == true)
  }

  @Test(arguments: ICCMAProgram.allCases)
  func itListsProblemsAndFormats(program: ICCMAProgram) throws {
    let problems = try program.run(["--problems"]).standardOutput
    #expect(problems.hasPrefix("[DC-CO,") && problems.hasSuffix("]\n"))
    for task in ["DS-PR", "SE-ID", "DC-SST", "DS-STG", "EE-PR", "CE-ST", "SE-GR"] {
      #expect(problems.contains(task + ",") || problems.contains(task + "]"), "\(task)")
    }
    #expect(try program.run(["--formats"]).standardOutput == "[i23,apx,tgf]\n")
  }

  @Test(
    arguments: ICCMAProgram.allCases,
    [
      (["-p", "SE-PR"], "w 1 3 4\n"),
      (["-p", "SE-GR"], "w 1 3\n"),
      (["-p", "SE-CO"], "w 1 3\n"),
      (["-p", "DC-CO", "-a", "4"], "YES\nw 1 3 4\n"),
      (["-p", "DC-ST", "-a", "2"], "NO\n"),
      (["-p", "DS-CO", "-a", "4"], "NO\nw 1 3\n"),
      (["-p", "DS-PR", "-a", "4"], "YES\n"),
      (["-p", "DS-SST", "-a", "5"], "NO\nw 1 3 4\n"),
      (["-p", "DC-STG", "-a", "3"], "YES\nw 1 3 4\n"),
      (["-p", "SE-ID"], "w 1 3 4\n"),
      (["-p", "CE-CO"], "2\n"),
      (["-p", "CE-ST"], "1\n"),
      (["-p", "DC-ID", "-a", "4"], "YES\nw 1 3 4\n"),
      (["-p", "DC-ID", "-a", "5"], "NO\n"),
      (["-p", "DS-ID", "-a", "1"], "YES\n"),
      (["-p", "DS-ID", "-a", "2"], "NO\nw 1 3 4\n"),
    ])
  func answersFollowThe2023Rules(
    program: ICCMAProgram, case: (arguments: [String], expected: String)
  ) throws {
    let (arguments, expected) = `case`
    let result = try program.run(arguments + ["-f", example])
    #expect(result.status == 0)
    #expect(result.standardOutput == expected)
    #expect(result.standardError.isEmpty)
  }

  @Test(arguments: ICCMAProgram.allCases)
  func enumerationPrintsOneWitnessLinePerExtension(program: ICCMAProgram) throws {
    let lines = try program.run(["-p", "EE-CO", "-f", example]).standardOutput
      .split(separator: "\n").map(String.init)
    #expect(Set(lines) == ["w 1 3", "w 1 3 4"])
  }

  @Test(arguments: ICCMAProgram.allCases)
  func namedFormatsUseNames(program: ICCMAProgram) throws {
    let apx = fixturesDirectory() + "/iccma-example.apx"
    let result = try program.run(["-p", "DC-PR", "-f", apx, "-fo", "apx", "-a", "d"])
    #expect(result.standardOutput == "YES\nw a c d\n")
    let tgf = fixturesDirectory() + "/iccma-example.tgf"
    #expect(try program.run(["-p", "SE-ST", "-f", tgf]).standardOutput == "w a c d\n")
  }

  @Test(arguments: ICCMAProgram.allCases)
  func anEmptyExtensionIsABareW(program: ICCMAProgram) throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("odd-\(UUID()).i23")
    try "p af 3\n1 2\n2 3\n3 1\n".write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    #expect(try program.run(["-p", "SE-PR", "-f", file.path]).standardOutput == "w\n")
    #expect(try program.run(["-p", "SE-ST", "-f", file.path]).standardOutput == "NO\n")
    #expect(try program.run(["-p", "DS-ST", "-f", file.path, "-a", "1"]).standardOutput == "YES\n")
  }

  @Test(
    arguments: ICCMAProgram.allCases,
    [
      (["-p", "SE-PR", "-f", "/nonexistent.i23"], "/nonexistent.i23: cannot read the file"),
      (["-p", "XX-PR", "-f", "EXAMPLE"], "unknown task 'XX-PR'"),
      (["-p", "DC-PR", "-f", "EXAMPLE"], "needs a query argument: -a ARG"),
      (["-p", "DC-PR", "-f", "EXAMPLE", "-a", "9"], "the framework has no argument '9'"),
      (["-p", "SE-PR", "-f", "EXAMPLE", "-fo", "xml"], "unknown file format 'xml'"),
      (["-p", "SE-PR", "-f", "BAD"], "bad-argument.i23:3:3: argument 7 does not exist"),
      (["-p", "SE-PR", "-f"], "-f"),
      (["-f", "EXAMPLE"], "both -p TASK and -f FILE are needed"),
      (["-p", "SE-PR", "-f", "EXAMPLE", "--sat", "minisat"], "unknown SAT solver 'minisat'"),
    ])
  func mistakesGoToStandardErrorWithAFailingStatus(
    program: ICCMAProgram, case: (arguments: [String], message: String)
  ) throws {
    let (arguments, message) = `case`
    let resolved = arguments.map {
      $0 == "EXAMPLE" ? example : $0 == "BAD" ? fixturesDirectory() + "/bad-argument.i23" : $0
    }
    let result = try program.run(resolved)
    #expect(result.status != 0)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains(message), "\(result.standardError)")
  }
}

extension IccmaInterfaceTests {
  /// CaDiCaL's IPASIR interface cannot be made quiet, and on this framework
  /// prints a `c` comment line: it must reach stderr, never the answer.
  @Test(arguments: ICCMAProgram.allCases)
  func whatTheSATLibraryPrintsStaysOutOfTheAnswer(program: ICCMAProgram) throws {
    let file = solverFixtures + "/af/medium/ba-0074-202-013.i23"
    let result = try program.run(["-p", "SE-PR", "-f", file, "--sat", "ipasir"])
    #expect(result.status == 0)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 1 && lines[0].hasPrefix("w"), "\(result.standardOutput)")
    #expect(result.standardError.hasPrefix("c "))
  }

  /// `argmed-iccma` reads its own command line: an option given twice is
  /// refused rather than one of its values picked.
  @Test func theSmallProgramRefusesARepeatedOption() throws {
    let result = try ICCMAProgram.standalone.run(["-p", "SE-PR", "-p", "SE-CO", "-f", example])
    #expect(result.status == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError == "argmed-iccma: error: option '-p' is given twice\n")
  }
}

/// More than a thousand runs of the binary: half a minute, so in the heavy
/// tests (`swift test --skip /Heavy/` leaves them out).
extension IccmaInterfaceTests {
  @Suite struct Heavy {
    let argmed = CommandRunner(program: "argmed-iccma")

    /// The answers through `argmed-iccma` agree with the conformance data, for
    /// every task, on a sample of the small frameworks.
    @Test(
      arguments: ConformanceCase.all(in: solverFixtures + "/af/small").enumerated()
        .filter { $0.offset % 10 == 0 }.map(\.element))
    func answersMatchTheConformanceData(_ testCase: ConformanceCase) throws {
      let framework = try ArgumentationFramework(contentsOfFile: testCase.path)
      for semantics in [Semantics.grounded, .complete, .preferred, .stable, .semiStable, .ideal] {
        let tag = semantics.iccmaAbbreviation
        guard let expected = testCase.expected.extensions(under: semantics, in: framework) else {
          continue
        }
        func extensions(_ output: String) -> [ArgumentSet] {
          output.split(separator: "\n").filter { $0.hasPrefix("w") }.map { line in
            ArgumentSet(line.split(separator: " ").dropFirst().map { Int($0)! - 1 })
          }
        }
        let enumerated = try argmed.run(["-p", "EE-\(tag)", "-f", testCase.path])
        #expect(Set(extensions(enumerated.standardOutput)) == expected, "\(testCase) EE-\(tag)")
        let count = try argmed.run(["-p", "CE-\(tag)", "-f", testCase.path])
        #expect(count.standardOutput == "\(expected.count)\n", "\(testCase) CE-\(tag)")
        let one = try argmed.run(["-p", "SE-\(tag)", "-f", testCase.path]).standardOutput
        #expect(
          one == "NO\n" ? expected.isEmpty : expected.contains(extensions(one)[0]),
          "\(testCase) SE-\(tag)")
        for argument in framework.arguments.prefix(4) {
          let query = ["-a", "\(argument + 1)", "-f", testCase.path]
          let credulous = try argmed.run(["-p", "DC-\(tag)"] + query).standardOutput
          let isCredulous = expected.contains { $0.contains(argument) }
          #expect(
            credulous.hasPrefix(isCredulous ? "YES" : "NO"), "\(testCase) DC-\(tag) \(argument)")
          if isCredulous { #expect(expected.contains(extensions(credulous)[0])) }
          let skeptical = try argmed.run(["-p", "DS-\(tag)"] + query).standardOutput
          let isSkeptical = expected.allSatisfy { $0.contains(argument) }
          #expect(
            skeptical.hasPrefix(isSkeptical ? "YES" : "NO"), "\(testCase) DS-\(tag) \(argument)")
          if !isSkeptical { #expect(expected.contains(extensions(skeptical)[0])) }
        }
      }
    }
  }
}

/// The solver tests' fixtures, shared rather than copied.
let solverFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("SolverTests/Fixtures").path
