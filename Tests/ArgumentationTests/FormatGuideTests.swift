import ArgmedTestSupport
import Argumentation
import Foundation
import Testing

/// The format guide's example is a valid scheme file.
@Suite struct FormatGuideTests {
  @Test func theGuidesExampleValidates() throws {
    let guide = try String(
      contentsOfFile: fixturesDirectory()
        + "/../../../Sources/Argumentation/Documentation.docc/SchemeFileFormat.md",
      encoding: .utf8)
    let start = try #require(guide.range(of: "```xml\n"))
    let end = try #require(guide[start.upperBound...].range(of: "```\n"))
    let example = String(guide[start.upperBound..<end.lowerBound])
    let directory = try TemporaryDirectory()
    let path = directory.path + "/example.xml"
    try example.write(toFile: path, atomically: true, encoding: .utf8)
    let report = try SchemeTesting.validate([path], against: SchemeTesting.shipped)
    #expect(report.diagnostics.map(\.description) == [])
    #expect(report.catalog.scheme(id: "clinical.contraindication")?.premises.count == 3)
  }
}
