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

  @Option(help: "The most cases answered at a time.")
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
    if let rate, !(rate.isFinite && rate > 0) {
      throw ValidationError("--rate must be a number of requests per second above 0")
    }
    if resume && out == nil { throw ValidationError("--resume needs --out FILE") }
    if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
  }

  func run() async throws {
    try await Diagnostics.reportingErrors {
      let methods = self.methods.isEmpty ? EvaluationMethod.allCases : uniqued(self.methods)
      var dataset = try EvaluationDataset(contentsOfFile: data)
      if let limit { dataset = dataset.limited(to: limit, seed: seed) }
      var backend: any LanguageModel
      do {
        backend = try model.makeModel(mockRules: ArgMedMock.rules)
      } catch let error as LanguageModelError {
        throw CommandFailure(ModelDiagnosis.explain(error, options: model))
      }
      if let rate { backend = RateLimitedLanguageModel(backend, requestsPerSecond: rate) }
      let evaluation = Evaluation(
        model: backend, catalog: try catalog.load(),
        settings: discussion.settings(
          model: model.model, seed: seed.map { Int(truncatingIfNeeded: $0) } ?? 0),
        methods: methods, concurrency: concurrency)
      let keys = evaluation.keys(of: dataset)
      let wanted = Set(keys)
      let file = try out.map { try ResultsFile(path: $0, resume: resume) }
      var results = (file?.existing ?? []).filter {
        wanted.contains(Evaluation.Key(method: $0.method, caseID: $0.caseID))
      }
      if file?.cutTornLine == true {
        Diagnostics.writeError(
          "argmed: \(out ?? ""): cut off a torn last line; its case is done again\n")
      }
      let done = Set(results.map { Evaluation.Key(method: $0.method, caseID: $0.caseID) })
      var progress = ProgressDisplay(total: keys.filter { !done.contains($0) }.count)
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
        dataset: data, total: dataset.cases.count, methods: methods, results: results)
      if let html { try Destination(path: html).write(summary.htmlReport) }
      try Destination(path: nil).write(format == .json ? summary.jsonDocument : summary.textReport)
    }
  }

  private func uniqued(_ methods: [EvaluationMethod]) -> [EvaluationMethod] {
    var seen: Set<EvaluationMethod> = []
    return methods.filter { seen.insert($0).inserted }
  }
}

extension EvaluationMethod: ExpressibleByArgument {}

/// The progress of a run on standard error: a bar redrawn in place on a
/// terminal, a line at every tenth otherwise.
struct ProgressDisplay {
  private var progress: EvaluationProgress
  private let clock = ContinuousClock()
  private let started: ContinuousClock.Instant
  private let isTerminal = isatty(STDERR_FILENO) == 1
  private var lastDrawn: ContinuousClock.Instant?
  private var lastTenth = 0

  init(total: Int) {
    progress = EvaluationProgress(total: total)
    started = clock.now
    if isTerminal && total > 0 { draw() }
  }

  mutating func count(_ result: CaseResult) {
    let now = clock.now
    progress.count(result, at: now - started)
    if isTerminal {
      // At most ten redraws a second, and always the last.
      if lastDrawn.map({ now - $0 >= .milliseconds(100) }) ?? true
        || progress.done == progress.total
      {
        draw()
        lastDrawn = now
      }
    } else {
      let tenth = progress.total > 0 ? 10 * progress.done / progress.total : 10
      if tenth > lastTenth || progress.done == progress.total {
        lastTenth = tenth
        Diagnostics.writeError("argmed eval: " + progress.line + "\n")
      }
    }
  }

  private func draw() {
    Diagnostics.writeError("\r\u{1B}[K" + progress.bar(width: Self.columns()))
  }

  /// Ends the bar's line on a terminal.
  func finish() {
    if isTerminal && progress.total > 0 { Diagnostics.writeError("\n") }
  }

  private static func columns() -> Int {
    var size = winsize()
    if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return 80
  }
}
