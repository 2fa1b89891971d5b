import ArgMedSupport
import Foundation
import Testing

@Suite struct JSONWritingTests {
  let document = JSON([
    "version": 1,
    "weight": 1.0,
    "share": 0.25,
    "missing": String?.none,
    "count": JSON.number(JSON.Number(digits: "123456789012345678901234567890")),
    "names": ["a", "b"],
    "sets": [["a"], []],
    "nested": JSON(["empty": JSON.object([]), "none": [String]()]),
  ])

  @Test func compactTextHasNoSpaceAndKeepsTheMembersOrder() {
    #expect(
      document.text()
        == #"{"version":1,"weight":1.0,"share":0.25,"missing":null,"#
        + #""count":123456789012345678901234567890,"names":["a","b"],"sets":[["a"],[]],"#
        + #""nested":{"empty":{},"none":[]}}"#)
  }

  @Test func indentedTextPutsAMemberALineAndFlatArraysOnOne() {
    #expect(
      document.text(layout: .indented) == """
        {
          "version": 1,
          "weight": 1.0,
          "share": 0.25,
          "missing": null,
          "count": 123456789012345678901234567890,
          "names": ["a", "b"],
          "sets": [
            ["a"],
            []
          ],
          "nested": {
            "empty": {},
            "none": []
          }
        }
        """)
  }

  @Test func sortedKeysGiveEqualValuesEqualText() {
    let one = JSON(["b": 1, "a": JSON(["d": true, "c": false])])
    #expect(one.text(sortingKeys: true) == #"{"a":{"c":false,"d":true},"b":1}"#)
  }

  @Test func aDoubleThatIsNotFiniteIsNull() {
    #expect(JSON(["x": Double.infinity, "y": Double.nan]).text() == #"{"x":null,"y":null}"#)
  }

  @Test func theTwoEscapingPoliciesDifferOnlyOnWhatDoesNotShow() {
    let text = "q\"b\\n\n\r\t\u{1}\u{85}\u{200B}\u{202E}\u{2028}\u{FEFF}é"
    #expect(
      TextEscaping.jsonString(text, .visible)
        == #""q\"b\\n\n\r\t\u0001\u0085\u200b\u202e\u2028\ufeffé""#)
    #expect(
      TextEscaping.jsonString(text, .minimal)
        == "\"q\\\"b\\\\n\\n\\r\\t\\u0001\u{85}\u{200B}\u{202E}\\u2028\u{FEFF}é\"")
  }

  @Test func whatIsWrittenReadsBackAsItself() throws {
    let text = document.text(layout: .indented)
    #expect(try JSON(parsing: text).text() == document.text())
  }
}

@Suite struct JSONReadingTests {
  /// A document the reader refuses: its description (for files) and its
  /// detail (for a model's reply), as Foundation's `JSONSerialization`
  /// worded and placed them before this reader replaced it.
  struct Refusal: Sendable, CustomTestStringConvertible {
    let json: String
    let description: String
    let detail: String
    var testDescription: String { String(json.prefix(40)).debugDescription }
  }

  /// `Fixtures/refusals.jsonl`, a refusal a line (read with Foundation, not
  /// with the reader under test).
  static let refusals: [Refusal] = {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/refusals.jsonl").path
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { line in
      guard
        let row = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String],
        row.count == 3
      else { return nil }
      return Refusal(json: row[0], description: row[1], detail: row[2])
    }
  }()

  @Test func theRefusalsAreThere() {
    #expect(Self.refusals.count >= 20)
  }

  @Test(arguments: refusals)
  func aRefusalIsWordedAndPlacedAsBefore(_ refusal: Refusal) {
    #expect {
      _ = try JSON(parsing: refusal.json)
    } throws: { error in
      guard let error = error as? JSONSyntaxError else { return false }
      return error.description == refusal.description && error.detail == refusal.detail
    }
  }

  @Test func bytesThatAreNotUTF8AreSaidToBeSo() {
    #expect {
      _ = try JSON(parsing: [0x5B, 0x22, 0xFF, 0x22, 0x5D])
    } throws: { error in
      (error as? JSONSyntaxError)?.message(kind: "case files")
        == "not valid UTF-8; case files are UTF-8 JSON"
    }
  }

  @Test func nestingOf512IsTaken() throws {
    let limit = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(throws: Never.self) { try JSON(parsing: limit) }
  }

  @Test func trailingCommasAndRepeatedKeysAreTakenAsBefore() throws {
    let json = try JSON(parsing: #"{"a": [1, 2,], "b": 1, "b": 2,}"#)
    #expect(json["a"] == [1, 2].asJSON)
    #expect(json["b"] == 2.asJSON)
    #expect(json.dictionary?.count == 2)
  }

  @Test func numbersKeepTheirText() throws {
    let json = try JSON(parsing: "[1, 1.0, 1e0, -0, 12345678901234567890123]")
    let numbers = json.array?.compactMap(\.number) ?? []
    #expect(numbers.map(\.text) == ["1", "1.0", "1e0", "-0", "12345678901234567890123"])
    #expect(numbers.map(\.integer) == [1, nil, nil, 0, nil])
    #expect(numbers[4].double == 1.2345678901234568e22)
  }

  @Test func aRefusalAfterAByteOrderMarkIsPlacedInTheTextAsRead() {
    #expect {
      _ = try JSON(parsing: [0xEF, 0xBB, 0xBF] + Array("[1 2]".utf8))
    } throws: { error in
      (error as? JSONSyntaxError)?.description == "1:4: not valid JSON: invalid value"
    }
  }

  @Test func anIntegerPastIntIsNoInteger() throws {
    let json = try JSON(parsing: "[18446744073709551615, -9223372036854775808]")
    #expect(json.array?.map { $0.number?.integer } == [nil, Int.min])
  }

  @Test func fragmentsAreTakenWhenAsked() throws {
    #expect(try JSON(parsing: " \"a\" ", fragments: true) == "a".asJSON)
    #expect(try JSON(parsing: "12", fragments: true).number?.integer == 12)
  }

  @Test func aByteOrderMarkIsSkippedAndUTF16IsDecoded() throws {
    #expect(try JSON(parsing: [0xEF, 0xBB, 0xBF] + Array("[true]".utf8)) == [true].asJSON)
    let utf16: [UInt8] =
      [0xFF, 0xFE] + "[\"é\"]".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(try JSON(parsing: utf16) == ["é"].asJSON)
  }

  @Test func escapesAreDecoded() throws {
    let json = try JSON(parsing: #"["\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"]"#)
    #expect(json.array?.first?.string == "\"\\/\u{8}\u{C}\n\r\té😀")
  }
}
