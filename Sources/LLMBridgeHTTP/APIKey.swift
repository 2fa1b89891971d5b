import Foundation
import LLMBridge

/// An API key, read from the environment only, that never shows itself.
///
/// Its description is `<redacted>`; the key leaves this value only in the
/// header the backend sends.
public struct APIKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
  let value: String

  /// The key in the environment variable `variable`.
  ///
  /// - Throws: `LanguageModelError.missingAPIKey(variable:)` when it is
  ///   unset or empty.
  public init(
    environmentVariable variable: String, environment: [String: String]
  ) throws(LanguageModelError) {
    let value = environment[variable]?.trimmingCharacters(in: .whitespaces) ?? ""
    guard !value.isEmpty else { throw .missingAPIKey(variable: variable) }
    // A key goes into a header: anything but visible ASCII would be
    // refused there, and the refusal would quote it.
    guard value.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else {
      throw .misconfigured(
        "the key in \(variable) holds characters other than visible ASCII (spaces, line breaks "
          + "or letters outside ASCII); it is not sent")
    }
    self.value = value
  }

  public var description: String { "<redacted>" }
  public var debugDescription: String { "<redacted>" }

  /// `text` with every occurrence of the key replaced, for messages that
  /// quote a server.
  func redacting(_ text: String) -> String {
    text.replacingOccurrences(of: value, with: "<redacted>", options: .caseInsensitive)
  }

  /// `json` with every string and member name redacted, for a reply whose
  /// every field (content, model name, finish reason …) a server may have
  /// made quote the key.
  ///
  /// - Complexity: linear in the size of `json`; as deep as the parser
  ///   allows.
  func redacting(_ json: JSONValue) -> JSONValue {
    switch json {
    case .string(let text): .string(redacting(text))
    case .array(let items): .array(items.map { redacting($0) })
    case .object(let members): .object(members.map { (redacting($0.key), redacting($0.value)) })
    case .null, .bool, .number: json
    }
  }
}
