import Agents
import Argumentation
import Dispatch
import Evaluation
import LLMBridge
import Synchronization

extension FuzzCheck {
  /// A model that answers every request with the next of a fuzz input's
  /// replies, in turn (the input split at NUL bytes).
  final class FuzzedModel: LanguageModel {
    let replies: [String]
    let next = Mutex(0)

    init(replies: [String]) { self.replies = replies }

    var identity: String { "fuzz" }

    func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
      let index = next.withLock { index in
        defer { index += 1 }
        return index
      }
      return ChatReply(content: replies[index % replies.count], model: "fuzz")
    }
  }

  /// The case every fuzzed discussion is about.
  static let clinicalCase = ClinicalCase(
    id: "fuzz", question: "Which drug prevents her migraine?",
    options: [.init(key: "A", text: "Alphamab"), .init(key: "B", text: "Betanol")],
    answerKey: "A", findings: ["migraine"], goal: "fewer migraine attacks",
    knowledge: [
      KnowledgeStatement(kind: .achieves, option: "A", fields: ["goal": "fewer migraine attacks"])
    ])

  /// Model replies, whatever they hold (broken JSON, JSON of the wrong
  /// shape, huge strings, deep nesting, invalid Unicode), fed to every
  /// agent and baseline: each reply fits or fails its turn, the run ends
  /// with a report, and nothing traps.
  public static func modelReplies(_ bytes: [UInt8], catalog: SchemeCatalog) {
    guard bytes.count <= maximumInput else { return }
    let replies = bytes.split(separator: 0, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
    let model = FuzzedModel(replies: replies)
    let settings = DiscussionSettings(maxRounds: 1, maxDecisions: 2, maxReasks: 1)
    let outcome = blocking { () async -> String in
      do {
        let report = try await Discussion(model: model, catalog: catalog, settings: settings)
          .run(clinicalCase)
        precondition(
          report.failedTurns.count <= report.turns.count, "more failed turns than turns")
        _ = report.textReport
        _ = report.jsonDocument
        _ = report.transcriptLines
        let evaluation = Evaluation(model: model, catalog: catalog, settings: settings)
        for method in [EvaluationMethod.direct, .cot] {
          let result = try await evaluation.answer(clinicalCase, by: method)
          precondition(
            result.answer == nil || clinicalCase.option(result.answer ?? "") != nil,
            "a baseline answered an option the case does not have")
        }
        return "done"
      } catch {
        // Only a model out of reach ends a run, and this one always answers.
        return "error: \(error)"
      }
    }
    precondition(outcome == "done", "a run with an answering model ended in \(outcome)")
  }

  /// Runs `body` to its end from synchronous code.
  static func blocking<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    let done = DispatchSemaphore(value: 0)
    let result = Mutex<T?>(nil)
    Task {
      let value = await body()
      result.withLock { $0 = value }
      done.signal()
    }
    done.wait()
    guard let value = result.withLock({ $0 }) else { preconditionFailure("no result") }
    return value
  }
}
