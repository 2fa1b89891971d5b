import Solver
import Testing

/// The framework readers' bounds that a test can reach, at the bound and
/// one past it.
@Suite struct FrameworkLimitsTests {
  func parse(_ text: String, _ format: FrameworkFormat) throws(SolverError)
    -> ArgumentationFramework
  {
    try ArgumentationFramework(parsing: Array(text.utf8), format: format)
  }

  @Test func aNameMayBeAsLongAsTheLimitAndNoLonger() throws {
    let limit = FrameworkFileLimits.maximumNameLength
    let longest = String(repeating: "a", count: limit)
    #expect(try parse("arg(\(longest)).\n", .apx).argumentCount == 1)
    #expect(try parse("\(longest)\n#\n", .tgf).argumentCount == 1)
    #expect(throws: SolverError.self) { try parse("arg(\(longest)a).\n", .apx) }
    #expect(throws: SolverError.self) { try parse("\(longest)a\n#\n", .tgf) }
  }

  @Test func aFrameworkMayDeclareUpToTheLimitOfArguments() throws {
    let limit = FrameworkFileLimits.maximumArgumentCount
    // One past the limit is refused at the header, before anything is
    // allocated.
    #expect(throws: SolverError.self) { try parse("p af \(limit + 1)\n", .i23) }
    #expect(throws: SolverError.self) { try parse("p af 99999999999999999999\n", .i23) }
    #expect(try parse("p af 3\n1 2\n", .i23).argumentCount == 3)
  }
}
