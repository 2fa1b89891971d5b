import Argumentation
import Testing

@Suite struct TextTemplateTests {
  @Test func collapsesTheIndentationOfXMLText() {
    let template = TextTemplate([
      .text("\n      There is no reliable evidence that "), .variable("D"),
      .text(" promotes\n        "),
      .variable("G"), .text(".\n    "),
    ])
    #expect(template.description == "There is no reliable evidence that {D} promotes {G}.")
    #expect(template.variables == ["D", "G"])
  }

  @Test func fillsSlotsAndShowsUnboundOnes() {
    let template = TextTemplate([
      .variable("D"), .text(" should be considered for "), .variable("P"),
    ])
    #expect(
      template.rendered(with: ["D": "propranolol", "P": "the patient"])
        == "propranolol should be considered for the patient")
    #expect(
      template.rendered(with: ["D": "propranolol"]) == "propranolol should be considered for {P}")
  }

  @Test func blankMeansNoTextAndNoSlot() {
    #expect(TextTemplate([.text("  \n ")]).isBlank)
    #expect(!TextTemplate([.variable("A")]).isBlank)
  }
}
