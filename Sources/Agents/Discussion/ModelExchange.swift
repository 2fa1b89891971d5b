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

/// A model that keeps every exchange with the model it wraps, re-asks
/// included, so that the transcript holds them all in order.
final class ExchangeLog: LanguageModel {
  let model: any LanguageModel
  private let exchanges = Mutex<[ModelExchange]>([])

  init(_ model: any LanguageModel) { self.model = model }

  var identity: String { model.identity }

  /// The exchanges so far.
  var all: [ModelExchange] { exchanges.withLock { $0 } }

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
