import ArgmedTestSupport
import Argumentation
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Scheme files written to attack the loader: none reaches the network or
/// another file, none blows up, and each gets a clear diagnostic.
@Suite struct HostileSchemeTests {
  static let refusal =
    "document type declarations (<!DOCTYPE …>) are not allowed: scheme files may not declare "
    + "entities or refer to DTDs"

  struct Case: Sendable, CustomTestStringConvertible {
    let file: String
    let expected: String
    var testDescription: String { file }
  }

  @Test(arguments: [
    Case(file: "xxe-local-file", expected: "2:1: " + refusal),
    Case(file: "xxe-absolute-path", expected: "2:1: " + refusal),
    Case(file: "xxe-parameter-entity", expected: "2:1: " + refusal),
    Case(file: "billion-laughs", expected: "2:1: " + refusal),
    Case(file: "external-dtd", expected: "2:1: " + refusal),
    Case(file: "external-dtd-local", expected: "2:1: " + refusal),
  ])
  func documentTypeDeclarationsAreRefusedBeforeAnyEntity(_ test: Case) throws {
    let path = fixturesDirectory() + "/hostile/\(test.file).xml"
    let report = try SchemeTesting.validate([path], against: nil)
    #expect(
      report.diagnostics.map { "\($0.line ?? 0):\($0.column ?? 0): \($0.message)" } == [
        test.expected
      ])
    // Nothing of the files the entities name leaks into a message.
    let secret = try String(
      contentsOfFile: fixturesDirectory() + "/hostile/secret.txt", encoding: .utf8)
    for diagnostic in report.diagnostics {
      #expect(!diagnostic.description.contains(secret.trimmingCharacters(in: .newlines)))
      #expect(!diagnostic.description.contains("root:"))
    }
  }

  @Test func anOversizedFileIsRefusedUnread() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/huge.xml"
    let padding = String(
      repeating: "<!-- padding -->\n", count: SchemeFormat.maximumFileSize / 17 + 1)
    try (#"<?xml version="1.0"?>"# + "\n" + padding).write(
      toFile: path, atomically: true, encoding: .utf8)
    let report = try SchemeTesting.validate([path], against: nil)
    #expect(
      report.diagnostics.map(\.description) == [
        "\(path): the file is larger than 1048576 bytes, the limit for scheme files"
      ])
  }

  @Test func deepNestingStopsAtLibxml2sLimitWithoutRecursionTrouble() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/deep.xml"
    let depth = 100_000
    let text =
      #"<scheme xmlns="urn:argmed:scheme:1">"# + String(repeating: "<a>", count: depth)
      + String(repeating: "</a>", count: depth) + "</scheme>\n"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let report = try SchemeTesting.validate([path], against: nil)
    #expect(
      report.diagnostics.map(\.message) == [
        "elements are nested too deeply (libxml2 allows 256 levels)"
      ])
  }

  @Test func thousandsOfAttributesAreRefusedBeforeLibxml2SeesThem() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/crowded.xml"
    let attributes = (0..<50_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
    try "<scheme xmlns=\"urn:argmed:scheme:1\" \(attributes)/>\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let report = try SchemeTesting.validate([path], against: nil)
    #expect(
      report.diagnostics.map(\.description) == [
        "\(path):1:1: <scheme> has 50001 attributes; no element may have more than 64"
      ])
  }

  @Test func aFolderNamedLikeASchemeFileIsNotRead() throws {
    let directory = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: directory.path + "/folder.xml", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: fixturesDirectory() + "/valid/minimal.xml",
      toPath: directory.path + "/folder.xml/minimal.xml")
    let report = try SchemeTesting.validate([directory.path], against: nil)
    #expect(report.diagnostics.map(\.description) == [])
    #expect(report.files == [directory.path + "/folder.xml/minimal.xml"])
  }

  @Test func aPipeIsRefusedWithoutWaitingForAWriter() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/pipe.xml"
    #expect(mkfifo(path, 0o600) == 0)
    let report = try SchemeTesting.validate([path], against: nil)
    #expect(
      report.diagnostics.map(\.description) == [
        "\(path): cannot read the file: it is not a regular file"
      ])
  }

  @Test func aMissingFileIsADiagnostic() throws {
    let path = fixturesDirectory() + "/no-such-scheme.xml"
    let report = try SchemeTesting.validate([path], against: nil)
    #expect(
      report.diagnostics.map(\.description) == [
        "\(path): cannot read the file: No such file or directory"
      ])
  }

  @Test func anEmptyFileIsADiagnostic() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/empty.xml"
    try "".write(toFile: path, atomically: true, encoding: .utf8)
    let report = try SchemeTesting.validate([path], against: nil)
    #expect(report.diagnostics.count == 1)
    #expect(report.diagnostics.first?.line == 1)
  }
}

/// A fresh folder under the system's temporary folder, removed when the
/// value is released.
final class TemporaryDirectory {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}
