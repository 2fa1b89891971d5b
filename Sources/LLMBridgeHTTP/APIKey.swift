import LLMBridge

/// An API key, read from the environment only, that never shows itself.
///
/// Its description is `<redacted>`; the key leaves this value only in the
/// header the backend sends.
public struct APIKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
  let value: String

  /// The key in the environment variable `variable`.
  ///
  /// - Throws: ``LanguageModelError/missingAPIKey(variable:)`` when it is
  ///   unset or empty.
  public init(
    environmentVariable variable: String, environment: [String: String]
  ) throws(LanguageModelError) {
    guard let value = environment[variable], !value.isEmpty else {
      throw .missingAPIKey(variable: variable)
    }
    self.value = value
  }

  public var description: String { "<redacted>" }
  public var debugDescription: String { "<redacted>" }

  /// `text` with every occurrence of the key replaced, for messages that
  /// quote a server.
  func redacting(_ text: String) -> String {
    value.count < 4 ? text : text.replacing(value, with: "<redacted>")
  }
}
