import Agents
import ArgumentParser
import Foundation
import LLMBridge
import Solver

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `argmed eval DATA`: the paper's evaluation on a dataset.
struct EvalCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure ArgMed-Agents against direct answering and chain of thought on a dataset.",
    discussion: """
      DATA is a MedQA JSONL file (a case per line) or a PubMedQA JSON file. Each finished answer \
      is appended to --out as a JSON line and flushed at once; --resume skips the answers the \
      file holds (a torn last line is done again). The summary goes to standard output; a \
      progress display to standard error.
      """)

  @Argument(help: "The dataset: MedQA JSONL, or PubMedQA JSON.")
  var data: String

  @Option(
    name: .customLong("method"),
    help: "A method to evaluate: argmed, direct or cot (repeat it; default all three).")
  var methods: [EvaluationMethod] = []

  @OptionGroup var model: LanguageModelOptions

  @Option(help: "The most answers (case × method) given at a time.")
  var concurrency: Int = 4

  @Option(help: "The most model requests per second (default: no limit).")
  var rate: Double?

  @Option(help: "Append each finished answer to this file (JSON Lines).")
  var out: String?

  @Flag(help: "Go on with the answers --out already holds.")
  var resume = false

  @Option(help: "Evaluate at most this many cases (the first, or a seeded sample with --seed).")
  var limit: Int?

  @Option(help: "The seed: the sample --limit takes, and the sampling seed sent to the model.")
  var seed: UInt64?

  @OptionGroup var discussion: DiscussionOptions

  @Option(help: "The summary's format: text or json.")
  var format: OutputFormat = .text

  @Option(help: "Also write the summary as an HTML page with a bar chart to this file.")
  var html: String?

  @OptionGroup var catalog: SchemeCatalogOptions

  func validate() throws {
    guard (1...256).contains(concurrency) else {
      throw ValidationError("--concurrency must be between 1 and 256")
    }
    if let rate, !(rate.isFinite && (0.01...10_000).contains(rate)) {
      throw ValidationError("--rate must be between 0.01 and 10000 requests per second")
    }
    if resume && out == nil { throw ValidationError("--resume needs --out FILE") }
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    try FileIdentity.requireDistinct([
      ("DATA", data), ("--cassette", model.cassette), ("--out", out), ("--html", html),
      ("--record", model.record),
    ])
  }

  func run() async throws {
    try await Diagnostics.reportingErrors(model: model) {
      let methods = self.methods.isEmpty ? EvaluationMethod.allCases : uniqued(self.methods)
      var dataset = try EvaluationDataset(contentsOfFile: data)
      if let limit { dataset = dataset.limited(to: limit, seed: seed) }
      // Say that the page cannot be written before any model call.
      if let html { try FileIdentity.requireWritable(html) }
      let backend = try model.makeModel(mockRules: ArgMedMock.rules, requestsPerSecond: rate)
      let settings = discussion.settings(
        model: model.model, seed: seed.map { Int(truncatingIfNeeded: $0) } ?? 0)
      let evaluation = Evaluation(
        model: backend, catalog: try catalog.loadForDiscussion(), settings: settings,
        methods: methods,
        concurrency: concurrency)
      let run = EvaluationRun(dataset: data, model: backend.identity, settings: settings)
      let file = try out.map { try ResultsFile(path: $0, resume: resume, run: run) }
      var results = try resumed(file, dataset: dataset, evaluation: evaluation)
      let done = Set(results.map { Evaluation.Key(method: $0.method, caseID: $0.caseID) })
      let pending = evaluation.keys(of: dataset).filter { !done.contains($0) }.count
      var progress = ProgressDisplay(total: pending, methods: methods)
      let interruption = Interruption.explain(resuming: out)
      defer { interruption.cancel() }
      do {
        try await evaluation.run(dataset, skipping: done) { (result) throws(AgentsError) in
          try file?.append(result)
          results.append(result)
          progress.count(result)
        }
      } catch {
        progress.finish()
        throw error
      }
      progress.finish()
      let summary = EvaluationSummary(
        run: run, total: dataset.cases.count, methods: methods, results: results)
      if let html { try Destination(path: html).write(summary.htmlReport) }
      try Destination(path: nil).write(format == .json ? summary.jsonDocument : summary.textReport)
    }
  }

  /// The results `file` holds for this dataset and these methods, each
  /// checked to be about the case as it now stands.
  private func resumed(
    _ file: ResultsFile?, dataset: EvaluationDataset, evaluation: Evaluation
  ) throws -> [CaseResult] {
    guard let file else { return [] }
    if file.cutTornLine {
      Diagnostics.writeError(
        "argmed eval: \(file.path): cut off a torn last line; its answer is given again\n")
    }
    if file.repeated > 0 {
      Diagnostics.writeError(
        "argmed eval: \(file.path): \(file.repeated) repeated answer\(file.repeated == 1 ? "" : "s")"
          + " set aside (the first of each counts)\n")
    }
    let fingerprints = Dictionary(
      dataset.cases.map { ($0.id ?? "", $0.fingerprint) }, uniquingKeysWith: { first, _ in first })
    let wanted = Set(evaluation.keys(of: dataset))
    return try file.existing.filter { result in
      guard wanted.contains(Evaluation.Key(method: result.method, caseID: result.caseID)) else {
        return false
      }
      if let hash = result.caseHash, hash != fingerprints[result.caseID] {
        throw CommandFailure(
          "\(file.path): case \(result.caseID) has changed since it was answered; name another "
            + "file")
      }
      return true
    }
  }

  private func uniqued(_ methods: [EvaluationMethod]) -> [EvaluationMethod] {
    var seen: Set<EvaluationMethod> = []
    return methods.filter { seen.insert($0).inserted }
  }
}

extension EvaluationMethod: ExpressibleByArgument {}
