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
        "3:27: <scheme>, attribute 'version': The value '1.1' is not accepted by the pattern "
          + #"'(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z\-\.]+)?'"#
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
        "test.in-set@1.1.0", "test.minimal@1.1.0",
      ])
  }
}
