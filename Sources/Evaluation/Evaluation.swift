import Agents
import ArgMedSupport
import Argumentation
import LLMBridge

/// The paper's evaluation (Hong et al., BIBM 2024, section IV), on any
/// dataset and model: each case answered by each method, ArgMed-Agents'
/// discussion and the baselines, concurrently under a bound.
///
/// ```swift
/// let evaluation = Evaluation(
///   model: BaselineMock.model(), catalog: try SchemeCatalog.shipped(),
///   methods: [.argmed, .direct, .cot], concurrency: 4)
/// try await evaluation.run(dataset, skipping: []) { (result) throws(AgentsError) in
///   try file.append(result)
/// }
/// ```
///
/// - Complexity: one discussion or one or two model calls per case and
///   method; at most `concurrency` of them at a time.
public struct Evaluation: Sendable {
  public var model: any LanguageModel
  public var catalog: SchemeCatalog
  public var settings: DiscussionSettings
  public var methods: [EvaluationMethod]
  /// The most cases answered at a time.
  public var concurrency: Int

  public init(
    model: any LanguageModel, catalog: SchemeCatalog, settings: DiscussionSettings = .init(),
    methods: [EvaluationMethod] = EvaluationMethod.allCases, concurrency: Int = 1
  ) {
    self.model = model
    self.catalog = catalog
    self.settings = settings
    self.methods = methods
    self.concurrency = concurrency
  }

  /// A case answered by a method: what the results file is keyed by.
  public struct Key: Hashable, Sendable {
    public var method: EvaluationMethod
    public var caseID: String

    public init(method: EvaluationMethod, caseID: String) {
      self.method = method
      self.caseID = caseID
    }
  }

  /// The keys `dataset` needs, in order: case by case, method by method.
  public func keys(of dataset: EvaluationDataset) -> [Key] {
    dataset.cases.flatMap { item in
      methods.map { Key(method: $0, caseID: item.id ?? "") }
    }
  }

  /// Answers every case of `dataset` by every method but those `done`,
  /// handing each result to `record` as it finishes (in the caller's
  /// task, one at a time).
  ///
  /// Cancelled, the run starts no more answers and records none that
  /// ends after; it returns once those running have ended (their model
  /// calls see the cancellation too). The caller tells by
  /// `Task.isCancelled`.
  ///
  /// - Throws: `AgentsError.modelFailed` when the model cannot be reached
  ///   (the cases still running are cancelled; what `record` took is
  ///   kept), or what `record` throws.
  public func run(
    _ dataset: EvaluationDataset, skipping done: Set<Key>,
    record: (CaseResult) throws(AgentsError) -> Void
  ) async throws(AgentsError) {
    let byID = dataset.casesByID
    var pending = keys(of: dataset).filter { !done.contains($0) }[...]
    let failure: AgentsError? = await withTaskGroup(of: Result<CaseResult, AgentsError>.self) {
      group in
      var running = 0
      func startNext() {
        guard !Task.isCancelled, let key = pending.popFirst(), let item = byID[key.caseID] else {
          return
        }
        running += 1
        group.addTask {
          do throws(AgentsError) {
            return .success(try await answer(item, by: key.method))
          } catch {
            return .failure(error)
          }
        }
      }
      for _ in 0..<max(1, concurrency) { startNext() }
      while running > 0, let outcome = await group.next() {
        running -= 1
        if Task.isCancelled { return nil }
        do throws(AgentsError) {
          try record(try outcome.get())
        } catch {
          group.cancelAll()
          return error
        }
        startNext()
      }
      return nil
    }
    if let failure { throw failure }
  }

  /// One case answered by one method, timed.
  ///
  /// - Throws: `AgentsError.modelFailed` when the model cannot be reached;
  ///   a reply that never fits its schema is a result without an answer.
  public func answer(
    _ clinicalCase: ClinicalCase, by method: EvaluationMethod
  ) async throws(AgentsError) -> CaseResult {
    let clock = ContinuousClock()
    let started = clock.now
    let seconds = { (clock.now - started).inSeconds }
    let id = clinicalCase.id ?? ""
    let fingerprint = clinicalCase.fingerprint
    switch method {
    case .argmed:
      let report: DiscussionReport
      do {
        report = try await Discussion(model: model, catalog: catalog, settings: settings)
          .run(clinicalCase)
      } catch {
        // The model out of reach ends the run; the solver stopping on
        // one case's framework is that case's failure.
        guard case .solvingFailed = error else { throw error }
        return CaseResult(
          method: method, caseID: id, caseHash: fingerprint, answer: nil,
          expected: clinicalCase.answerKey, failure: error.description, modelCalls: 0,
          promptTokens: 0, completionTokens: 0, seconds: seconds())
      }
      let failure = report.proposalFailure
      return CaseResult(
        method: method, caseID: id, caseHash: fingerprint, answer: report.decision.answer,
        expected: clinicalCase.answerKey,
        noDecision: report.decision.noDecision && failure == nil, tied: report.decision.tied,
        failure: failure,
        rule: report.decision.rule?.rawValue, failedTurns: report.failedTurns.count,
        modelCalls: report.exchanges.count, promptTokens: report.tokens.prompt,
        completionTokens: report.tokens.completion, seconds: seconds())
    case .direct, .cot:
      let log = ExchangeLog(model)
      let brief = CaseBrief(clinicalCase: clinicalCase)
      let request =
        method == .direct
        ? BaselinePrompts.directRequest(brief: brief, model: settings.model, seed: settings.seed)
        : BaselinePrompts.chainOfThoughtRequest(
          brief: brief, model: settings.model, seed: settings.seed, maxTokens: settings.maxTokens)
      var answer: String?
      var failure: String?
      do {
        answer = try await log.structuredReply(to: request, maxReasks: settings.maxReasks)
          .value["answer"]?.stringValue
      } catch {
        guard error.failsOnlyThisTurn else {
          throw .modelFailed(model: model.identity, cause: error)
        }
        failure = error.description
      }
      let exchanges = log.all
      let tokens = exchanges.tokens
      return CaseResult(
        method: method, caseID: id, caseHash: fingerprint, answer: answer,
        expected: clinicalCase.answerKey, failure: failure,
        failedTurns: failure == nil ? 0 : 1, modelCalls: exchanges.count,
        promptTokens: tokens.prompt, completionTokens: tokens.completion,
        seconds: seconds())
    }
  }
}
