import ArgMedSupport

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

  /// Parses JSON text, a fragment (a number, a string, …) included;
  /// object members come sorted by key, the last of a repeated key
  /// winning.
  ///
  /// - Throws: `LanguageModelError.invalidJSON` saying what is wrong and at
  ///   which byte.
  public init(parsing text: String) throws(LanguageModelError) {
    do {
      self.init(try JSON(parsing: text, fragments: true))
    } catch {
      throw .invalidJSON(error.detail)
    }
  }

  /// The value of what the package's reader read.
  init(_ json: JSON) {
    switch json {
    case .null: self = .null
    case .bool(let value): self = .bool(value)
    case .number(let number): self = .number(number.double ?? .nan)
    case .string(let text): self = .string(text)
    case .array(let items): self = .array(items.map(Self.init))
    case .object:
      let members = json.dictionary ?? [:]
      self = .object(members.keys.sorted().map { ($0, Self(members[$0] ?? .null)) })
    }
  }

  /// The value as compact JSON text, members in their order.
  public var text: String { JSON(self).text(escaping: .minimal) }

  /// The value as compact JSON text with object members sorted by key.
  public var canonicalText: String { JSON(self).text(escaping: .minimal, sortingKeys: true) }
}

extension JSON {
  /// The value for the package's writer; a whole number up to 10¹⁵ is
  /// written as an integer.
  package init(_ value: JSONValue) {
    switch value {
    case .null: self = .null
    case .bool(let value): self = .bool(value)
    case .number(let value):
      self =
        value.isFinite && value == value.rounded() && abs(value) < 1e15
        ? Int(value).asJSON : value.asJSON
    case .string(let text): self = .string(text)
    case .array(let items): self = .array(items.map(Self.init))
    case .object(let members): self = .object(members.map { Member($0.key, Self($0.value)) })
    }
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
