/// Natural-language text with variable slots, such as
/// "‹D› promotes ‹G›.".
///
/// ```swift
/// let template = TextTemplate([.text("Give "), .variable("D"), .text(".")])
/// template.rendered(with: ["D": "propranolol"])  // "Give propranolol."
/// template.description                            // "Give {D}."
/// ```
public struct TextTemplate: Hashable, Sendable, CustomStringConvertible {
  /// A run of text or a slot.
  public enum Part: Hashable, Sendable {
    case text(String)
    case variable(String)
  }

  /// The parts in order.
  ///
  /// Adjacent texts are merged and runs of XML white space (space, tab,
  /// line feed, carriage return) collapsed to single spaces, as XML authors
  /// indent their text. Other spaces, such as the no-break space in
  /// "5 mg", are kept.
  public let parts: [Part]
  /// The language tag (`xml:lang`), or `nil` when not given.
  public let language: String?

  public init(_ parts: [Part], language: String? = nil) {
    self.parts = Self.normalized(parts)
    self.language = language
  }

  /// The names of the variables in the slots, in order of first use.
  public var variables: [String] {
    var seen: Set<String> = []
    return parts.compactMap {
      guard case .variable(let name) = $0, seen.insert(name).inserted else { return nil }
      return name
    }
  }

  /// The text with each slot filled from `bindings`; a slot without a
  /// binding is written `{X}`.
  public func rendered(with bindings: [String: String]) -> String {
    parts.map {
      switch $0 {
      case .text(let text): text
      case .variable(let name): bindings[name] ?? "{\(name)}"
      }
    }.joined()
  }

  /// Whether the template has no visible text and no slot.
  public var isBlank: Bool {
    parts.allSatisfy {
      if case .text(let text) = $0 { text.allSatisfy(\.isWhitespace) } else { false }
    }
  }

  /// The text with slots written `{X}`.
  public var description: String { rendered(with: [:]) }

  private static func normalized(_ parts: [Part]) -> [Part] {
    var result: [Part] = []
    for part in parts {
      switch (part, result.last) {
      case (.text(let text), .text(let previous)?):
        result[result.count - 1] = .text(previous + text)
      default:
        result.append(part)
      }
    }
    result = result.map {
      if case .text(let text) = $0 { .text(collapsingWhitespace(text)) } else { $0 }
    }
    if case .text(let first)? = result.first {
      result[0] = .text(String(first.drop { $0 == " " }))
    }
    if case .text(let last)? = result.last {
      result[result.count - 1] = .text(String(last.reversed().drop { $0 == " " }.reversed()))
    }
    return result.filter { $0 != .text("") }
  }

  private static func collapsingWhitespace(_ text: String) -> String {
    var result = ""
    var inSpace = false
    for character in text {
      if character == " " || character == "\t" || character == "\n" || character == "\r"
        || character == "\r\n"
      {
        if !inSpace { result.append(" ") }
        inSpace = true
      } else {
        result.append(character)
        inSpace = false
      }
    }
    return result
  }
}
