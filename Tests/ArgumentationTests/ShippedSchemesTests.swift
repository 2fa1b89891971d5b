import Argumentation
import Foundation
import Testing

@Suite struct ShippedSchemesTests {
  @Test func everyShippedSchemeIsValid() throws {
    let resources = try SchemeResources.bundled()
    let report = try SchemeCatalog.validate(
      [resources.directory], against: nil, resources: resources)
    #expect(report.diagnostics.map(\.description) == [])
    #expect(report.catalog.schemes.count == report.files.count)
  }

  @Test func theClinicalSchemesOfArgMedAgentsAreShipped() throws {
    let catalog = try #require(SchemeTesting.shipped)
    let clinical = catalog.schemes.filter { $0.id.hasPrefix("clinical.") }
    #expect(
      Set(clinical.map(\.kind)) == [
        .decision, .sideEffect, .dangerAppeal, .betterDecision, .contraindication, .evidence,
        .guideline, .expertOpinion, .additionalBenefit,
      ])
    #expect(
      clinical.filter { $0.concludes == .decision }.map(\.id) == [
        "clinical.better-alternative", "clinical.decision",
      ])
  }

  @Test func atLeastTwelveOfWaltonsSchemesEachCiteTheirSource() throws {
    let catalog = try #require(SchemeTesting.shipped)
    let walton = catalog.schemes.filter { $0.id.hasPrefix("walton.") }
    #expect(walton.count >= 12)
    for scheme in walton {
      #expect(
        scheme.sources.contains { $0.citation.contains("Walton") }, "\(scheme.reference) cites")
      #expect(scheme.criticalQuestions.count >= 3, "\(scheme.reference) has questions")
    }
  }

  /// The discussion unfolds: from the decision scheme and the supports the
  /// Generator brings for it (additional benefits), following the
  /// counter-schemes of critical questions reaches every clinical scheme,
  /// and every clinical scheme leads on to another.
  @Test func theClinicalQuestionsLeadToEachOther() throws {
    let catalog = try #require(SchemeTesting.shipped)
    var reached: Set<String> = ["clinical.decision", "clinical.additional-benefit"]
    var pending = ["clinical.decision", "clinical.additional-benefit"]
    while let id = pending.popLast() {
      for question in try catalog.scheme(named: id).criticalQuestions {
        guard let counter = question.counterScheme?.id, reached.insert(counter).inserted else {
          continue
        }
        pending.append(counter)
      }
    }
    let clinical = Set(catalog.schemes.map(\.id).filter { $0.hasPrefix("clinical.") })
    #expect(clinical.isSubset(of: reached))
    for id in clinical {
      let counters = try catalog.scheme(named: id).criticalQuestions.compactMap(\.counterScheme)
      #expect(counters.contains { $0.id.hasPrefix("clinical.") }, "\(id) leads on")
    }
  }

  /// Writing a scheme as XML and reading it back gives the same scheme.
  @Test func everyShippedSchemeSurvivesARoundTripThroughXML() throws {
    let catalog = try #require(SchemeTesting.shipped)
    let directory = try TemporaryDirectory()
    for scheme in catalog.schemes {
      try scheme.xmlDocument.write(
        toFile: "\(directory.path)/\(scheme.id).xml", atomically: true, encoding: .utf8)
    }
    let reread = try SchemeCatalog.load(directory: directory.path)
    #expect(reread.schemes == catalog.schemes)
  }
}
