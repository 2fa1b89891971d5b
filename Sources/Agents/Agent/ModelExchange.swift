import LLMBridge
import Synchronization

/// One request to the model and what came back: the reply, or the error.
public struct ModelExchange: Hashable, Sendable {
  public var request: ChatRequest
  public var reply: ChatReply?
  public var error: String?

  public init(request: ChatRequest, reply: ChatReply?, error: String?) {
    self.request = request
    self.reply = reply
    self.error = error
  }
}

extension Array where Element == ModelExchange {
  /// The tokens the replies report: prompt, completion.
  var tokens: (prompt: Int, completion: Int) {
    reduce((0, 0)) { total, exchange in
      (
        total.0 + (exchange.reply?.usage?.promptTokens ?? 0),
        total.1 + (exchange.reply?.usage?.completionTokens ?? 0)
      )
    }
  }
}

/// A model that keeps every exchange with the model it wraps, re-asks
/// included, so that the transcript holds them all in order.
final class ExchangeLog: LanguageModel {
  let model: any LanguageModel
  private let exchanges = Mutex<[ModelExchange]>([])

  init(_ model: any LanguageModel) { self.model = model }

  var identity: String { model.identity }

  /// The exchanges so far.
  var all: [ModelExchange] { exchanges.withLock { $0 } }

  /// How many exchanges there have been.
  var count: Int { exchanges.withLock { $0.count } }

  func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    do {
      let reply = try await model.reply(to: request)
      exchanges.withLock { $0.append(ModelExchange(request: request, reply: reply, error: nil)) }
      return reply
    } catch {
      exchanges.withLock {
        $0.append(ModelExchange(request: request, reply: nil, error: error.description))
      }
      throw error
    }
  }
}
