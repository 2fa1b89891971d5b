/// One message of a chat.
public struct ChatMessage: Hashable, Sendable {
  public enum Role: String, Hashable, Sendable, CaseIterable {
    case system
    case user
    case assistant
  }

  public var role: Role
  public var content: String

  public init(role: Role, content: String) {
    self.role = role
    self.content = content
  }

  public static func system(_ content: String) -> Self { Self(role: .system, content: content) }
  public static func user(_ content: String) -> Self { Self(role: .user, content: content) }
  public static func assistant(_ content: String) -> Self {
    Self(role: .assistant, content: content)
  }
}

/// What a structured reply must be: a JSON Schema with a name.
public struct ResponseSchema: Hashable, Sendable {
  /// `[a-zA-Z0-9_-]`, at most 64 characters, as OpenAI requires.
  public var name: String
  public var schema: JSONValue

  public init(name: String, schema: JSONValue) {
    self.name = name
    self.schema = schema
  }
}

/// A chat request: the messages, and how to sample the reply.
///
/// Defaults favour reproducibility: temperature 0 and a fixed seed (which
/// servers honour on a best-effort basis only).
public struct ChatRequest: Hashable, Sendable {
  public var messages: [ChatMessage]
  /// The model to ask; `nil` leaves the choice to the backend.
  public var model: String?
  public var temperature: Double
  public var seed: Int?
  /// The most tokens of the reply.
  public var maxTokens: Int
  /// When set, the reply must be JSON valid against this schema.
  public var responseSchema: ResponseSchema?

  public init(
    messages: [ChatMessage], model: String? = nil, temperature: Double = 0, seed: Int? = 0,
    maxTokens: Int = 1024, responseSchema: ResponseSchema? = nil
  ) {
    self.messages = messages
    self.model = model
    self.temperature = temperature
    self.seed = seed
    self.maxTokens = maxTokens
    self.responseSchema = responseSchema
  }
}
