import Agents
import Foundation
import Testing

@Suite struct ClinicalCaseTests {
  private func read(_ json: String) throws -> ClinicalCase {
    try ClinicalCase(json: Array(json.utf8), path: "case.json")
  }

  @Test func aMedQALineIsACase() throws {
    let line = #"""
      {"question": "A previously healthy 28-year-old man … Which of the following is the most likely diagnosis?", "answer": "Paroxysmal atrial fibrillation", "options": {"A": "Hypertrophic obstructive cardiomyopathy", "B": "Paroxysmal atrial fibrillation", "C": "Brugada syndrome", "D": "Ventricular tachycardia", "E": "Sick sinus syndrome"}, "meta_info": "step1", "answer_idx": "B", "metamap_phrases": ["healthy"]}
      """#
    let medQA = try read(line)
    #expect(medQA.options.map(\.key) == ["A", "B", "C", "D", "E"])
    #expect(medQA.answerKey == "B")
    #expect(medQA.metaInfo == "step1")
    #expect(medQA.source == .medQA)
  }

  @Test func aPubMedQARecordIsAYesNoMaybeCase() throws {
    let record = try read(
      #"{"QUESTION": "Do mitochondria play a role?", "CONTEXTS": ["Programmed cell death …"], "LABELS": ["BACKGROUND"], "final_decision": "yes"}"#
        .replacing(#", "LABELS": ["BACKGROUND"]"#, with: ""))
    #expect(record.options.map(\.text) == ["yes", "no", "maybe"])
    #expect(record.answerKey == "A")
    #expect(record.contexts.count == 1)
    #expect(record.source == .pubMedQA)
  }

  @Test func anArgMedCaseCarriesFindingsAndKnowledge() throws {
    let full = try read(
      #"""
      {"id": "x", "question": "Which drug?", "options": {"A": "Valproate", "B": "Propranolol"},
       "patient": {"findings": ["migraine", "essential tremor"], "goal": "fewer attacks"},
       "knowledge": [
         {"kind": "achieves", "option": "B", "goal": "fewer attacks", "source": "trials"},
         {"kind": "side-effect", "option": "A", "effect": "birth defects", "because": "pregnancy"},
         {"kind": "better-than", "option": "B", "than": "A"}]}
      """#)
    #expect(full.findings == ["migraine", "essential tremor"])
    #expect(full.goal == "fewer attacks")
    #expect(full.knowledge.map(\.kind) == [.achieves, .sideEffect, .betterThan])
    #expect(full.knowledge[1].fields == ["effect": "birth defects", "because": "pregnancy"])
    #expect(full.source == .argmed)
  }

  struct Bad: Sendable, CustomTestStringConvertible {
    let json: String
    let message: String
    var testDescription: String { message }
  }

  @Test(arguments: [
    Bad(json: "[]", message: "case.json: must be a JSON object"),
    Bad(json: #"{"options": {"A": "x", "B": "y"}}"#, message: "case.json: question is missing"),
    Bad(
      json: #"{"question": "q", "options": {"A": "x"}}"#,
      message: "case.json: options must hold at least two options"),
    Bad(
      json: #"{"question": "q", "options": {"A": "x", "B": 3}}"#,
      message: "case.json: options.B must be a string"),
    Bad(
      json: #"{"question": "q", "options": {"A": "x", "B": "y"}, "answer_idx": "C"}"#,
      message: #"case.json: answer_idx is "C", which is not one of the options"#),
    Bad(
      json: #"{"question": "q", "options": {"A": "x", "B": "y"}, "answr": "x"}"#,
      message: "case.json: answr is not a field of a case"),
    Bad(
      json:
        #"{"question": "q", "options": {"A": "x", "B": "y"}, "knowledge": [{"kind": "cure", "option": "A"}]}"#,
      message:
        #"case.json: knowledge[0].kind is "cure"; expected one of achieves, side-effect, contraindication, danger, better-than, evidence, benefit"#
    ),
    Bad(
      json:
        #"{"question": "q", "options": {"A": "x", "B": "y"}, "knowledge": [{"kind": "danger", "option": "Z", "danger": "d"}]}"#,
      message: #"case.json: knowledge[0].option is "Z", which is not one of the options"#),
    Bad(
      json:
        #"{"question": "q", "options": {"A": "x", "B": "y"}, "knowledge": [{"kind": "side-effect", "option": "A"}]}"#,
      message: "case.json: knowledge[0].effect is missing"),
    Bad(
      json:
        #"{"question": "q", "options": {"A": "x", "B": "y"}, "knowledge": [{"kind": "better-than", "option": "A", "than": "A"}]}"#,
      message: "case.json: knowledge[0].than must name another option"),
  ])
  func aCaseThatDoesNotValidateNamesTheField(_ bad: Bad) {
    #expect {
      _ = try read(bad.json)
    } throws: { error in
      "\(error)" == bad.message
    }
  }

  @Test func aSyntaxErrorIsPlacedAtItsLineAndColumn() {
    #expect {
      _ = try read("{\n  \"question\": \"q\",\n  \"options\": {\"A\": x}\n}")
    } throws: { error in
      "\(error)" == "case.json:3:20: not valid JSON: invalid value"
    }
    #expect {
      _ = try read("null")
    } throws: { error in
      "\(error)" == "case.json: the document must be an object"
    }
  }

  @Test(arguments: ["true", "1.0", "1.9", "\"1\"", "2", "1e0"])
  func theVersionIsTheIntegerOneAndNothingLikeIt(_ version: String) throws {
    let body = #""question": "q", "options": {"A": "x", "B": "y"}"#
    #expect(try read("{\"version\": 1, \(body)}").question == "q")
    #expect {
      _ = try read("{\"version\": \(version), \(body)}")
    } throws: { error in
      "\(error)" == "case.json: version must be 1, an integer"
    }
  }
}

/// The case-format guide's examples are cases the reader takes.
@Suite struct CaseFormatGuideTests {
  @Test func everyJSONExampleOfTheGuideIsACase() throws {
    let guide = try String(
      contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/Agents/Documentation.docc/CaseFormat.md").path,
      encoding: .utf8)
    let blocks = guide.components(separatedBy: "```json\n").dropFirst().compactMap {
      $0.components(separatedBy: "```").first
    }
    #expect(blocks.count >= 2)
    for block in blocks {
      let read = try ClinicalCase(json: Array(block.utf8), path: "CaseFormat.md")
      #expect(read.options.count >= 2)
    }
  }
}

extension ClinicalCaseTests {
  @Test func optionKeysSortNaturally() throws {
    let keys = ["10", "2", "B", "A10", "A2", "a", "1", "01", "A", "x-3", "x-20"]
    #expect(
      keys.sorted(by: ClinicalCase.precedesNaturally)
        == ["1", "01", "2", "10", "A", "A2", "A10", "B", "a", "x-3", "x-20"])
    let json = #"{"question": "Which?", "options": {"10": "ten", "9": "nine", "2": "two"}}"#
    let read = try ClinicalCase(json: Array(json.utf8))
    #expect(read.options.map(\.key) == ["2", "9", "10"])
  }
}
