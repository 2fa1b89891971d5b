import Foundation

/// A JSON value, for schemas and structured replies.
///
/// Objects keep their members' order as written, but two objects with the
/// same members in another order are equal. ``canonicalText`` writes
/// members sorted by key, so equal values have equal text (the key of a
/// recorded exchange).
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    // Members are compared by key, whatever their order, as JSON means.
    case (.object, .object): lhs.canonicalText == rhs.canonicalText
    default: false
    }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(canonicalText)
  }

  /// The member `key` of an object.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  public var stringValue: String? {
    if case .string(let text) = self { text } else { nil }
  }

  /// A count: a whole, non-negative number up to 10¹², or nil for
  /// anything else (a hostile or broken value must not trap a conversion).
  public var countValue: Int? {
    guard case .number(let number) = self, number.isFinite, number >= 0, number <= 1e12,
      number == number.rounded()
    else { return nil }
    return Int(number)
  }

  public var arrayValue: [JSONValue]? {
    if case .array(let items) = self { items } else { nil }
  }

  /// Parses JSON text.
  ///
  /// - Throws: `LanguageModelError.invalidJSON` saying what is wrong.
  public init(parsing text: String) throws(LanguageModelError) {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(
        with: Data(text.utf8), options: [.fragmentsAllowed])
    } catch {
      let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
      throw .invalidJSON(detail ?? "not valid JSON")
    }
    self = Self(foundation: object)
  }

  private init(foundation value: Any) {
    switch value {
    case is NSNull:
      self = .null
    case let number as NSNumber:
      if String(cString: number.objCType) == "c" {
        self = .bool(number.boolValue)
      } else {
        self = .number(number.doubleValue)
      }
    case let string as String:
      self = .string(string)
    case let array as [Any]:
      self = .array(array.map(Self.init(foundation:)))
    case let dictionary as [String: Any]:
      // Foundation does not keep member order; sort for a stable one.
      self = .object(
        dictionary.keys.sorted().map { ($0, Self(foundation: dictionary[$0] ?? NSNull())) })
    default:
      self = .null
    }
  }

  /// The value as compact JSON text, members in their order.
  public var text: String { written(sorted: false) }

  /// The value as compact JSON text with object members sorted by key.
  public var canonicalText: String { written(sorted: true) }

  private func written(sorted: Bool) -> String {
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .number(let value):
      if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
        return String(Int64(value))
      }
      return value.isFinite ? "\(value)" : "null"
    case .string(let value): return Self.quoted(value)
    case .array(let items):
      return "[" + items.map { $0.written(sorted: sorted) }.joined(separator: ",") + "]"
    case .object(let members):
      let ordered = sorted ? members.sorted { $0.key < $1.key } : members
      return "{"
        + ordered.map { Self.quoted($0.key) + ":" + $0.value.written(sorted: sorted) }
        .joined(separator: ",") + "}"
    }
  }

  /// A JSON string literal.
  static func quoted(_ string: String) -> String {
    var result = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(integerLiteral value: Int) { self = .number(Double(value)) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(elements.map { (key: $0.0, value: $0.1) })
  }
}
