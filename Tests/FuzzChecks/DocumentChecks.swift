import Agents
import ArgMedSupport
import Argumentation
import Evaluation
import Foundation
import LLMBridge

extension FuzzCheck {
  /// A file the checks write their input to, for readers that take a path:
  /// one per process, reused.
  static func scratchFile(_ suffix: String) -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("argmed-fuzz-\(getpid())\(suffix)").path
  }

  static func write(_ bytes: [UInt8], to path: String) {
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
  }

  /// A graph file: read, written back, read again to an equal graph.
  public static func graph(_ bytes: [UInt8]) {
    guard bytes.count <= maximumInput else { return }
    guard let graph = try? ArgumentGraph(jsonBytes: bytes) else { return }
    let written = graph.jsonDocument
    let again: ArgumentGraph
    do {
      again = try ArgumentGraph(jsonBytes: Array(written.utf8))
    } catch {
      preconditionFailure("a graph written back does not read: \(error)\n\(written)")
    }
    precondition(again == graph, "the graph changed on its way through JSON")
    precondition(again.jsonDocument == written, "the graph's JSON is not stable")
    _ = graph.dot()
    if graph.arguments.count <= 32 { _ = try? graph.solve(under: .grounded) }
  }

  /// A scheme file: validated; each valid scheme written as XML validates
  /// again to the same scheme.
  public static func schemeFile(
    _ bytes: [UInt8], base: SchemeCatalog?, resources: SchemeResources
  ) {
    guard bytes.count <= maximumInput else { return }
    let path = scratchFile(".xml")
    write(bytes, to: path)
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard let report = try? SchemeCatalog.validate([path], against: base, resources: resources)
    else { return }
    for diagnostic in report.diagnostics {
      _ = diagnostic.description
    }
    for scheme in report.catalog.schemes {
      let rendered = scheme.xmlDocument
      write(Array(rendered.utf8), to: path)
      guard
        let again = try? SchemeCatalog.validate([path], against: base, resources: resources)
      else { preconditionFailure("the grammar went missing") }
      precondition(
        again.diagnostics.isEmpty,
        "a scheme written as XML does not validate: \(again.diagnostics)\n\(rendered)")
      precondition(
        again.catalog.schemes == [scheme], "a scheme changed on its way through XML\n\(rendered)")
      _ = scheme.json.text()
      _ = scheme.textDescription
    }
  }

  /// A case: read from JSON, or refused with an error naming the field;
  /// a case read has a fingerprint and a prompt.
  public static func caseFile(_ bytes: [UInt8]) {
    guard bytes.count <= maximumInput else { return }
    guard let clinicalCase = try? ClinicalCase(json: bytes) else { return }
    _ = clinicalCase.fingerprint
    precondition(!clinicalCase.options.isEmpty, "a case without options was read")
  }

  /// A dataset: JSON Lines or one JSON document (the first byte chooses).
  public static func dataset(_ bytes: [UInt8]) {
    guard let first = bytes.first, bytes.count <= maximumInput else { return }
    let path = scratchFile(first % 2 == 0 ? ".jsonl" : ".json")
    write(Array(bytes.dropFirst()), to: path)
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard let dataset = try? EvaluationDataset(contentsOfFile: path) else { return }
    let ids = dataset.cases.compactMap(\.id)
    precondition(ids.count == dataset.cases.count, "a case of a dataset has no id")
    precondition(Set(ids).count == ids.count, "two cases of a dataset share an id")
  }

  /// A replay cassette: loaded, or refused naming its line.
  public static func cassette(_ bytes: [UInt8]) {
    guard bytes.count <= maximumInput else { return }
    let path = scratchFile(".cassette.jsonl")
    write(bytes, to: path)
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard let replay = try? ReplayLanguageModel(cassette: path) else { return }
    _ = replay.identity
  }

  /// A results file of `argmed eval`: opened to resume, or refused; what
  /// it holds writes back as lines that read again to the same results.
  public static func resultsFile(_ bytes: [UInt8]) {
    guard bytes.count <= maximumInput else { return }
    let path = scratchFile(".results.jsonl")
    write(bytes, to: path)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = EvaluationRun(dataset: "fuzz", model: "mock", settings: .init())
    guard let file = try? ResultsFile(path: path, resume: true, run: run) else { return }
    for result in file.existing {
      precondition(
        CaseResult(jsonLine: result.jsonLine) == result, "a result changed on its way back")
    }
  }
}
