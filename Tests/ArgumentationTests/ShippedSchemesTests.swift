import Argumentation
import Testing

@Suite struct ShippedSchemesTests {
  @Test func everyShippedSchemeIsValid() throws {
    let resources = try SchemeResources.bundled()
    let report = try SchemeCatalog.validate(
      [resources.directory], against: nil, resources: resources)
    #expect(report.diagnostics.map(\.description) == [])
    #expect(report.files.count >= 22)
    #expect(report.catalog.schemes.count == report.files.count)
  }
}
