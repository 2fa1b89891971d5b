import Solver
import Testing

/// Reading and writing i23, APX and TGF, and the errors for bad input.
@Suite struct FrameworkFileTests {
  private func parse(_ text: String, _ format: FrameworkFormat) throws -> ArgumentationFramework {
    try ArgumentationFramework(parsing: Array(text.utf8), format: format, fileName: "f")
  }

  /// The message of the error reading `bytes` gives, or `nil`.
  private func error(_ bytes: [UInt8], _ format: FrameworkFormat) -> String? {
    do {
      _ = try ArgumentationFramework(parsing: bytes, format: format, fileName: "f")
      return nil
    } catch {
      return "\(error)"
    }
  }

  private func error(_ text: String, _ format: FrameworkFormat) -> String? {
    error(Array(text.utf8), format)
  }

  @Test func i23IsLenient() throws {
    let framework = try parse(
      "# before\n\np af 3\r\n# after\n1 2\n  2\t3  \n\n1 2\n3 3", .i23)
    #expect(framework.argumentCount == 3)
    #expect(framework.attackCount == 3)
    #expect(framework.attacks(2, 2))
    #expect(Array(framework.attackers(of: 1)) == [0])
    #expect(framework.name(of: 2) == "3")
    #expect(framework.index(named: "3") == 2)
    #expect(framework.index(named: "4") == nil)
  }

  @Test func i23WithoutAttacks() throws {
    let framework = try parse("p af 0\n", .i23)
    #expect(framework.argumentCount == 0)
    #expect(try parse("p af 4", .i23).attackCount == 0)
  }

  @Test(arguments: [
    ("", "f:1:1: expected the p-line 'p af <number of arguments>'; the file has none"),
    ("1 2\n", "f:1:1: expected the p-line 'p af <number of arguments>' before any attack"),
    ("p af 2\n1 3\n", "f:2:3: argument 3 does not exist: the p-line declares arguments 1 to 2"),
    ("p af 2\n0 1\n", "f:2:1: argument 0 does not exist: the p-line declares arguments 1 to 2"),
    ("p af 2\n1\n", "f:2:2: expected the attacked argument's number after 1"),
    ("p af 2\n1 2 2\n", "f:2:5: expected the end of the line"),
    ("p af 2\np af 2\n", "f:2:1: a second p-line; the file may have only one"),
    ("p aff 2\n", "f:1:3: expected 'p af <number of arguments>'"),
    ("p af x\n", "f:1:6: expected the number of arguments after 'p af'"),
    ("p af 2\n1 x\n", "f:2:3: expected the attacked argument's number after 1"),
    ("p af 2\n-1 2\n", "f:2:1: expected an attack 'i j' with two argument numbers"),
    ("p af 99999999999\n", "f:1:17: 99999999999 arguments exceed the limit of 50000000"),
  ])
  func i23Errors(text: String, message: String) {
    #expect(error(text, .i23) == message)
  }

  @Test func apxReadsFactsAnywhere() throws {
    let framework = try parse(
      "% comment\narg(a). arg( b ).\narg(c).\natt(a,b).\natt(b ,\n c). att(a,b).\narg(a).", .apx)
    #expect(framework.names == ["a", "b", "c"])
    #expect(framework.attackCount == 2)
    #expect(framework.attacks(1, 2))
  }

  @Test(arguments: [
    (
      "arg(a).\natt(a,b).\n",
      "f:2:1: attack names argument 'b', which the framework does not declare"
    ),
    ("arg(a)\n", "f:2:1: expected '.' at the end of the fact"),
    ("arg(a).\nfoo(a).\n", "f:2:1: unknown fact 'foo'; expected 'arg' or 'att'"),
    ("arg(a).\natt(a).\n", "f:2:6: expected ',' between the two arguments of att"),
    ("arg().\n", "f:1:5: expected an argument name"),
    ("arg a.\n", "f:1:5: expected a fact 'arg(name).' or 'att(name,name).'"),
  ])
  func apxErrors(text: String, message: String) {
    #expect(error(text, .apx) == message)
  }

  @Test func tgfReadsNamesLabelsAndAttacks() throws {
    let framework = try parse("a first\nb\n\nc\n#\na b label\nb c\r\n\nc c", .tgf)
    #expect(framework.names == ["a", "b", "c"])
    #expect(framework.attackCount == 3)
    #expect(framework.attacks(2, 2))
  }

  @Test(arguments: [
    ("a\n#\na b\n", "f:3:1: attack names argument 'b', which the framework does not declare"),
    ("a\n#\na\n", "f:3:2: expected an attack 'attacker attacked' with two argument names"),
  ])
  func tgfErrors(text: String, message: String) {
    #expect(error(text, .tgf) == message)
  }

  @Test func namesMustBeUTF8WithoutControlCharacters() {
    let invalid = Array("arg(".utf8) + [0xFF] + Array(").\narg(".utf8) + [0xFE] + Array(").".utf8)
    #expect(error(invalid, .apx) == "f:1:5: a name that is not valid UTF-8")
    #expect(
      error(Array("a\n".utf8) + [0xC3] + Array("\n#\n".utf8), .tgf)
        == "f:2:1: a name that is not valid UTF-8")
    #expect(
      error(Array("arg(a".utf8) + [0] + Array(").".utf8), .apx)
        == "f:1:5: a name with a control character")
    #expect(error(Array("arg(é).arg(日本).att(é,日本).".utf8), .apx) == nil)
  }

  @Test func numberedArgumentsAreNamedByDigitsOnly() throws {
    let framework = try parse("p af 3\n", .i23)
    #expect(framework.index(named: "1") == 0)
    #expect(framework.index(named: "03") == 2)
    #expect(framework.index(named: "+1") == nil)
    #expect(framework.index(named: " 1") == nil)
    #expect(framework.index(named: "0") == nil)
    #expect(framework.index(named: "4") == nil)
    #expect(try parse("p af 0000000000003\n1 00002\n", .i23).attackCount == 1)
  }

  @Test(arguments: FrameworkFormat.allCases)
  func writingThenReadingGivesTheSameFramework(format: FrameworkFormat) throws {
    let original = try ArgumentationFramework(
      names: ["a", "b", "c", "d"], attacks: [("a", "b"), ("b", "a"), ("c", "c"), ("d", "a")])
    let text = original.fileContents(in: format)
    let read = try parse(text, format)
    #expect(read.attackCount == original.attackCount)
    #expect(read.attacks.map { "\($0)" } == original.attacks.map { "\($0)" })
    if format != .i23 { #expect(read.names == original.names) }
    #expect(read.fileContents(in: format) == text || format == .i23)
  }

  @Test func formatsFollowTheFileExtension() {
    #expect(FrameworkFormat(pathExtensionOf: "x/y.i23") == .i23)
    #expect(FrameworkFormat(pathExtensionOf: "y.af") == .i23)
    #expect(FrameworkFormat(pathExtensionOf: "y.APX") == .apx)
    #expect(FrameworkFormat(pathExtensionOf: "y.tgf") == .tgf)
    #expect(FrameworkFormat(pathExtensionOf: "y.txt") == nil)
    #expect(FrameworkFormat(name: "iccma23") == .i23)
  }

  @Test func missingFilesAreReported() {
    #expect(throws: SolverError.self) {
      try ArgumentationFramework(contentsOfFile: "/nonexistent/framework.i23")
    }
    #expect(throws: SolverError.self) {
      try ArgumentationFramework(contentsOfFile: "/tmp")
    }
    #expect(throws: SolverError.self) {
      try ArgumentationFramework(contentsOfFile: "framework.unknown")
    }
  }
}
