/// A JSON value: what ArgMed's documents are written from and its JSON
/// files are read into.
///
/// Objects keep their members in order, as written or as read; a number
/// keeps its text, so that `1`, `1.0` and `1e0` stay apart (a format
/// version must be the integer 1) and a count of any size is written as
/// its digits.
///
/// ```swift
/// let json = JSON(["version": 1, "semantics": "preferred", "weight": 0.5])
/// json.text()  // {"version":1,"semantics":"preferred","weight":0.5}
/// ```
package enum JSON: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Number)
  case string(String)
  case array([JSON])
  case object([Member])

  /// A JSON number, as its text in the document.
  package struct Number: Hashable, Sendable {
    /// The number as JSON text, such as `12`, `-0.5` or `1e-05`.
    package let text: String

    /// An integer, written in decimal.
    package init(_ value: Int) {
      text = String(value)
    }

    /// A finite double, written as Swift writes it (`1.0`, `0.25`,
    /// `1e-05`), or nil for infinities and NaN, which JSON cannot hold.
    package init?(_ value: Double) {
      guard value.isFinite else { return nil }
      text = String(value)
    }

    /// A number given by its decimal digits, however long.
    package init(digits: String) {
      text = digits
    }

    /// A number read from a document, whose text the reader checked.
    init(checked text: String) {
      self.text = text
    }

    /// The value as a double, or nil when it is too large for one.
    package var double: Double? {
      Double(text).flatMap { $0.isFinite ? $0 : nil }
    }

    /// The value, when the text is an integer (no fraction, no exponent)
    /// that fits `Int`.
    package var integer: Int? {
      text.utf8.contains { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }
        ? nil : Int(text)
    }
  }

  /// An object's member.
  package struct Member: Hashable, Sendable {
    package var key: String
    package var value: JSON

    package init(_ key: String, _ value: some JSONConvertible) {
      self.key = key
      self.value = value.asJSON
    }
  }

  /// An object of `members`, in their order.
  ///
  /// ```swift
  /// JSON(["id": argument.id, "origin": argument.origin])  // origin nil: null
  /// ```
  package init(_ members: KeyValuePairs<String, any JSONConvertible>) {
    self = .object(members.map { Member($0.key, $0.value.asJSON) })
  }
}

extension JSON {
  /// The value of the member `key` of an object (the last, when the key is
  /// repeated, as JSON readers commonly take it), or nil.
  package subscript(key: String) -> JSON? {
    guard case .object(let members) = self else { return nil }
    return members.last { $0.key == key }?.value
  }

  /// An object's members by key, the last of a repeated key winning; nil
  /// for what is not an object.
  package var dictionary: [String: JSON]? {
    guard case .object(let members) = self else { return nil }
    return Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
  }

  package var array: [JSON]? {
    if case .array(let items) = self { items } else { nil }
  }

  package var string: String? {
    if case .string(let text) = self { text } else { nil }
  }

  package var number: Number? {
    if case .number(let number) = self { number } else { nil }
  }

  package var isNull: Bool { self == .null }

  /// Adds `value` as the object's last member `key`; a value that is not
  /// an object is left as it is.
  package mutating func append(_ key: String, _ value: some JSONConvertible) {
    guard case .object(var members) = self else { return }
    members.append(Member(key, value))
    self = .object(members)
  }
}

/// A value that is written to JSON as one JSON value: strings, numbers,
/// booleans, optionals (`nil` is `null`), arrays of such values, and JSON.
package protocol JSONConvertible {
  var asJSON: JSON { get }
}

extension JSON: JSONConvertible {
  package var asJSON: JSON { self }
}

extension String: JSONConvertible {
  package var asJSON: JSON { .string(self) }
}

extension Int: JSONConvertible {
  package var asJSON: JSON { .number(JSON.Number(self)) }
}

extension Double: JSONConvertible {
  /// The number, or `null` for an infinity or NaN.
  package var asJSON: JSON { JSON.Number(self).map(JSON.number) ?? .null }
}

extension Bool: JSONConvertible {
  package var asJSON: JSON { .bool(self) }
}

extension Optional: JSONConvertible where Wrapped: JSONConvertible {
  package var asJSON: JSON { self?.asJSON ?? .null }
}

extension Array: JSONConvertible where Element: JSONConvertible {
  package var asJSON: JSON { .array(map(\.asJSON)) }
}
