import ArgmedTestSupport
import Argumentation
import Foundation
import Testing

/// One fixture per rule a scheme file can break, each with the exact
/// diagnostics and where they point.
@Suite struct SchemeDiagnosticsTests {
  /// A broken fixture and what checking it must report.
  struct Case: Sendable, CustomTestStringConvertible {
    let file: String
    /// `line:column: message` for each diagnostic, in order.
    let expected: [String]
    var testDescription: String { file }
  }

  static let cases: [Case] = [
    // The grammar, scheme.xsd.
    Case(
      file: "unknown-element",
      expected: [
        "5:3: <author>: This element is not expected. Expected is one of ( name, description, "
          + "source, variables )"
      ]),
    Case(
      file: "unknown-attribute",
      expected: ["10:35: <premise>, attribute 'weight': The attribute 'weight' is not allowed"]),
    Case(
      file: "bad-version",
      expected: [
        "3:27: <scheme>, attribute 'version': '1.1' is not a semantic version such as 1.2.0"
      ]),
    Case(
      file: "bad-role",
      expected: [
        "10:22: <premise>, attribute 'role': The value 'defeater' is not an element of the set "
          + "{'major', 'minor', 'assumption', 'exception'}"
      ]),
    Case(
      file: "wrong-attack",
      expected: [
        "28:18: <cq>, attribute 'attack': The value 'undercut' is not an element of the set "
          + "{'undermining', 'undercutting', 'rebutting'}"
      ]),
    Case(
      file: "undeclared-variable",
      expected: ["21:16: variable 'Q' is used but not declared in <variables>"]),
    Case(
      file: "missing-premise-target",
      expected: ["24:39: premise 'P9' does not exist in this scheme"]),
    Case(
      file: "duplicate-id",
      expected: [
        "28:9: the id 'P1' is used twice in this scheme (premises, the conclusion and critical "
          + "questions share one set of ids)"
      ]),
    Case(
      file: "missing-changelog",
      expected: ["2:1: <scheme>: Missing child element(s). Expected is ( changelog )"]),
    Case(
      file: "set-duplicate",
      expected: ["41:11: scheme test.minimal@1.1.0 appears twice in this set"]),
    // What is checked before the grammar.
    Case(
      file: "no-namespace",
      expected: [
        "2:1: the root element <scheme> is not in the scheme namespace: "
          + #"write xmlns="urn:argmed:scheme:1""#
      ]),
    Case(
      file: "future-format",
      expected: [
        "2:1: the file uses scheme format 2, but this ArgMed reads format 1 (urn:argmed:scheme:1)"
      ]),
    Case(
      file: "xsi-attribute",
      expected: [
        "10:35: XML Schema instance attributes (xsi:type) are not allowed in scheme files"
      ]),
    // The rules XSD 1.0 cannot state.
    Case(
      file: "no-format-version",
      expected: [#"2:1: a <scheme> at the root of a file needs formatVersion="1.0.0""#]),
    Case(
      file: "format-version-mismatch",
      expected: [
        "2:37: formatVersion 2.0.0 does not belong to format 1, which the namespace "
          + "urn:argmed:scheme:1 declares"
      ]),
    Case(
      file: "undermining-without-premise",
      expected: [
        #"24:5: question CQ1 undermines a premise but does not name one: add premise="…""#
      ]),
    Case(
      file: "undermining-an-exception",
      expected: [
        "24:39: question CQ1 undermines premise P3, an exception; an exception is attacked by "
          + "an undercutting question"
      ]),
    Case(
      file: "exception-without-undercutter",
      expected: [
        "16:5: exception P3 has no undercutting question: "
          + #"add a <cq attack="undercutting" premise="P3">"#
      ]),
    Case(
      file: "unused-variable",
      expected: ["8:5: variable Z is declared but no major, minor or assumption premise uses it"]),
    Case(
      file: "ungrounded-variable",
      expected: [
        "22:30: variable Z appears in the conclusion but in no major, minor or assumption "
          + "premise, so no instance can bind it"
      ]),
    Case(
      file: "changelog-behind-version",
      expected: [
        "34:5: the newest changelog entry is for version 1.0.1, but the scheme's version is 1.1.0"
      ]),
    Case(
      file: "supersedes-newer",
      expected: [
        "3:76: the scheme supersedes its own version 2.0.0, which is not older than 1.1.0"
      ]),
    Case(
      file: "blank-question",
      expected: ["25:7: the <question> of question CQ1 is empty"]),
    Case(
      file: "duplicate-language",
      expected: ["5:3: the scheme has a second <name> in language en; give one per language"]),
    Case(
      file: "changelog-out-of-order",
      expected: ["35:5: changelog entry 1.1.0 comes after the older 1.0.0; list the newest first"]
    ),
    Case(
      file: "question-language-mismatch",
      expected: [
        "24:5: question CQ1 is asked in (no language) but its attacker's claim is stated in fr; "
          + "give both in the same languages"
      ]),
    // The rules between files.
    Case(
      file: "unknown-counter-scheme",
      expected: [
        "28:53: question CQ2 names the counter-scheme test.missing, but no scheme test.missing "
          + "is loaded"
      ]),
    Case(
      file: "missing-counter-version",
      expected: [
        "28:53: question CQ2 names the counter-scheme test.minimal@3.0.0, but no version 3.0.0 "
          + "of test.minimal is loaded"
      ]),
    Case(
      file: "decision-attacks-belief",
      expected: [
        "28:53: question CQ2 of a belief scheme names clinical.decision, which concludes a "
          + "decision; a decision argument never attacks a belief argument"
      ]),
    // Well-formedness, from libxml2's parser.
    Case(
      file: "truncated",
      expected: [
        "24:9: Couldn't find end of Start Tag cq line 24",
        "24:9: Premature end of data in tag criticalQuestions line 23",
      ]),
    Case(
      file: "mismatched-tag",
      expected: ["21:32: Opening and ending tag mismatch: text line 21 and txt"]),
    Case(
      file: "undefined-entity",
      expected: ["17:39: Entity 'biased' not defined"]),
    Case(
      file: "invalid-utf8",
      expected: [
        "4:31: the text is not valid UTF-8 (bytes 0xFF 0x20 0x73 0x63); scheme files are UTF-8"
      ]),
    // The bytes, before libxml2 sees them.
    Case(
      file: "nul-byte",
      expected: ["38:1: the file contains a NUL byte; scheme files are UTF-8 text"]),
    Case(
      file: "utf16",
      expected: ["1:1: the file is encoded in UTF-16; scheme files are UTF-8"]),
    Case(
      file: "latin1-declaration",
      expected: ["1:31: the XML declaration names the encoding ISO-8859-1; scheme files are UTF-8"]
    ),
    // Quoted text cannot forge a line or reorder the terminal's text.
    Case(
      file: "forged-line",
      expected: [
        #"3:43: <scheme>, attribute 'kind': 'x-test\u{A}/etc/passwd:1:1: forged\u{202E}' is not "#
          + "one of the kinds the format lists, or a local kind written x-…"
      ]),
    Case(
      file: "doctype-after-comment",
      expected: [
        "3:1: document type declarations (<!DOCTYPE …>) are not allowed: scheme files may not "
          + "declare entities or refer to DTDs"
      ]),
  ]

  @Test(arguments: cases)
  func reportsTheBrokenRuleWhereItIsBroken(_ test: Case) throws {
    let path = fixturesDirectory() + "/invalid/\(test.file).xml"
    let report = try SchemeTesting.validate([path], against: SchemeTesting.shipped)
    #expect(report.diagnostics.map(\.file) == Array(repeating: path, count: test.expected.count))
    #expect(
      report.diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" }
        == test.expected)
    #expect(report.catalog.schemes.isEmpty)
  }

  @Test func everyBrokenFixtureHasACase() throws {
    let files = try FileManager.default.contentsOfDirectory(
      atPath: fixturesDirectory() + "/invalid")
    let covered = Set(Self.cases.map { $0.file + ".xml" })
    #expect(Set(files) == covered)
  }

  @Test func theValidFixturesAreValid() throws {
    let report = try SchemeTesting.validate(
      [fixturesDirectory() + "/valid"], against: SchemeTesting.shipped)
    #expect(report.diagnostics.map(\.description) == [])
    #expect(
      report.catalog.schemes.map(\.reference.description) == [
        "test.in-set@1.1.0", "test.minimal@1.1.0", "test.odd@1.1.0",
      ])
  }

  /// Values are read as the grammar reads them, and written back so that
  /// they read back the same.
  @Test func oddValuesAreReadAsTheGrammarReadsThemAndSurviveARoundTrip() throws {
    let catalog = try SchemeTesting.validate(
      [fixturesDirectory() + "/valid/odd-values.xml"], against: nil
    ).catalog
    let odd = try catalog.scheme(named: "test.odd")
    #expect(odd.isDefeasible == false)  // defeasible=" false "
    #expect(odd.weight == 0.00001)
    #expect(odd.premises[0].label == "tab here\nline")
    #expect(odd.premises[0].text.description == "{E} says {A} at 5\u{202F}mg.")
    #expect(odd.premises[0].statement.formula == "says(E,\n        A)")
    let directory = try TemporaryDirectory()
    try odd.xmlDocument.write(
      toFile: directory.path + "/odd.xml", atomically: true, encoding: .utf8)
    #expect(try SchemeCatalog.load(directory: directory.path).schemes == [odd])
  }

  @Test func aFileBreakingARuleManyTimesListsTheFirstHundred() throws {
    let directory = try TemporaryDirectory()
    let minimal = try String(
      contentsOfFile: fixturesDirectory() + "/valid/minimal.xml", encoding: .utf8)
    let slots = String(repeating: #"<var ref="Z"/>"#, count: 5_000)
    try minimal.replacing(#"<text><var ref="A"/>.</text>"#, with: "<text>\(slots)</text>")
      .write(toFile: directory.path + "/many.xml", atomically: true, encoding: .utf8)
    let report = try SchemeTesting.validate([directory.path + "/many.xml"], against: nil)
    #expect(report.diagnostics.count == 101)
    #expect(
      report.diagnostics.first?.message
        == "variable 'Z' is used but not declared in <variables>")
    #expect(
      report.diagnostics.last?.description
        == "\(directory.path)/many.xml: 4900 more problems in this file not listed")
  }
}
