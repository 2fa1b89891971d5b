import ArgmedTestSupport
import Argumentation
import Foundation
import Testing

@Suite struct SchemeCatalogTests {
  @Test func findsSchemesByIdAndByIdAtVersion() throws {
    let directory = try TemporaryDirectory()
    let minimal = try String(
      contentsOfFile: fixturesDirectory() + "/valid/minimal.xml", encoding: .utf8)
    try minimal.write(toFile: directory.path + "/a.xml", atomically: true, encoding: .utf8)
    let newer =
      minimal
      .replacing(#"version="1.1.0" kind"#, with: #"version="1.10.0" kind"#)
      .replacing(#"<change version="1.1.0""#, with: #"<change version="1.10.0""#)
    try FileManager.default.createDirectory(
      atPath: directory.path + "/sub", withIntermediateDirectories: true)
    try newer.write(toFile: directory.path + "/sub/b.xml", atomically: true, encoding: .utf8)

    let catalog = try SchemeCatalog.load(directory: directory.path)
    #expect(
      catalog.schemes.map(\.reference.description) == [
        "test.minimal@1.1.0", "test.minimal@1.10.0",
      ])
    #expect(catalog.scheme(id: "test.minimal")?.version.description == "1.10.0")
    #expect(try catalog.scheme(named: "test.minimal@1.1.0").version.description == "1.1.0")
    #expect(
      catalog.file(of: try catalog.scheme(named: "test.minimal")) == directory.path + "/sub/b.xml")
    #expect(throws: ArgumentationError.schemeNotFound(SchemeReference(id: "test.other"))) {
      try catalog.scheme(named: "test.other")
    }
    #expect(catalog.scheme(matching: SchemeReference("test.minimal@9.0.0")!) == nil)
  }

  @Test func loadingReportsEveryProblemInEveryFile() throws {
    let directory = try TemporaryDirectory()
    let invalid = fixturesDirectory() + "/invalid/"
    for name in ["bad-role", "unused-variable", "truncated"] {
      try FileManager.default.copyItem(
        atPath: invalid + name + ".xml", toPath: directory.path + "/" + name + ".xml")
    }
    #expect(
      throws: ArgumentationError.invalidSchemes([
        SchemeDiagnostic(
          file: directory.path + "/bad-role.xml", line: 10, column: 22,
          message: "<premise>, attribute 'role': The value 'defeater' is not an element of the "
            + "set {'major', 'minor', 'assumption', 'exception'}"),
        SchemeDiagnostic(
          file: directory.path + "/truncated.xml", line: 24, column: 9,
          message: "Couldn't find end of Start Tag cq line 24"),
        SchemeDiagnostic(
          file: directory.path + "/truncated.xml", line: 24, column: 9,
          message: "Premature end of data in tag criticalQuestions line 23"),
        SchemeDiagnostic(
          file: directory.path + "/unused-variable.xml", line: 8, column: 5,
          message: "variable Z is declared but no major, minor or assumption premise uses it"),
      ])
    ) {
      try SchemeCatalog.load(directory: directory.path)
    }
  }

  @Test func aSchemeDefinedInTwoFilesIsReportedAtTheSecond() throws {
    let directory = try TemporaryDirectory()
    let minimal = fixturesDirectory() + "/valid/minimal.xml"
    try FileManager.default.copyItem(atPath: minimal, toPath: directory.path + "/one.xml")
    try FileManager.default.copyItem(atPath: minimal, toPath: directory.path + "/two.xml")
    let report = try SchemeTesting.validate([directory.path], against: nil)
    #expect(
      report.diagnostics.map(\.description) == [
        "\(directory.path)/two.xml:2:1: scheme test.minimal@1.1.0 is defined twice; the first is "
          + "at \(directory.path)/one.xml:2:1"
      ])
  }

  @Test func aFileNamedTwiceIsReadOnce() throws {
    let directory = try TemporaryDirectory()
    let file = directory.path + "/one.xml"
    try FileManager.default.copyItem(
      atPath: fixturesDirectory() + "/valid/minimal.xml", toPath: file)
    let report = try SchemeTesting.validate(
      [
        directory.path, file,
        directory.path + "/../" + URL(fileURLWithPath: directory.path).lastPathComponent
          + "/one.xml",
      ],
      against: nil)
    #expect(report.diagnostics.isEmpty)
    #expect(report.files == [file])
    #expect(report.catalog.schemes.count == 1)
  }

  @Test func counterSchemesResolveAgainstTheBaseCatalog() throws {
    let path = fixturesDirectory() + "/invalid/decision-attacks-belief.xml"
    let standalone = try SchemeTesting.validate([path], against: nil)
    #expect(
      standalone.diagnostics.map(\.message) == [
        "question CQ2 names the counter-scheme clinical.decision, but no scheme clinical.decision "
          + "is loaded"
      ])
  }

  @Test func aFolderWithoutSchemesIsReported() throws {
    let directory = try TemporaryDirectory()
    let report = try SchemeTesting.validate([directory.path], against: nil)
    #expect(
      report.diagnostics.map(\.description) == ["\(directory.path): no .xml scheme files here"])
  }

  @Test func defaultsFollowThePremiseRole() throws {
    let catalog = try #require(SchemeTesting.shipped)
    let minimal = try SchemeTesting.validate(
      [fixturesDirectory() + "/valid/minimal.xml"], against: catalog
    ).catalog.scheme(id: "test.minimal")
    let questions = try #require(minimal).criticalQuestions
    // CQ1 questions an assumption: asking is enough.
    #expect(questions[0].burden == .proponent)
    #expect(questions[0].activation == .always)
    // CQ2 points at an exception: the asker brings evidence.
    #expect(questions[1].burden == .opponent)
    #expect(questions[1].activation == .onEvidence)
  }
}
