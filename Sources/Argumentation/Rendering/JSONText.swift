/// Builds a JSON object's text with keys in the order they are written, so
/// that every document starts with its `"version"`.
///
/// ```swift
/// var json = JSONText(version: 1)
/// json.add("semantics", string: "preferred")
/// json.finished  // {"version":1,"semantics":"preferred"}
/// ```
public struct JSONText: Sendable {
  private(set) var text = "{"
  private var isFirst = true

  /// Starts an object whose first member is `"version": version`; nested
  /// objects have no version.
  public init(version: Int?) {
    if let version { add("version", number: version) }
  }

  public mutating func add(_ key: String, string value: String) {
    addKey(key)
    text += Self.quoted(value)
  }

  public mutating func add(_ key: String, number value: Int) {
    addKey(key)
    text += String(value)
  }

  /// Adds a number given by its decimal digits, however long.
  public mutating func add(_ key: String, numeral value: String) {
    addKey(key)
    text += value
  }

  public mutating func add(_ key: String, bool value: Bool) {
    addKey(key)
    text += value ? "true" : "false"
  }

  public mutating func add(_ key: String, strings value: [String]?) {
    addKey(key)
    text += value.map(Self.array) ?? "null"
  }

  public mutating func add(_ key: String, stringLists value: [[String]]) {
    addKey(key)
    text += "[" + value.map(Self.array).joined(separator: ",") + "]"
  }

  public mutating func add(_ key: String, object value: JSONText?) {
    addKey(key)
    text += value?.finished ?? "null"
  }

  public mutating func add(_ key: String, double value: Double?) {
    addKey(key)
    text += value.map { $0.isFinite ? String($0) : "null" } ?? "null"
  }

  public mutating func add(_ key: String, optionalString value: String?) {
    addKey(key)
    text += value.map(Self.quoted) ?? "null"
  }

  public mutating func add(_ key: String, objects value: [JSONText]) {
    addKey(key)
    text += "[" + value.map(\.finished).joined(separator: ",") + "]"
  }

  /// Adds a value that is already JSON text, such as another document.
  public mutating func add(_ key: String, json value: String) {
    addKey(key)
    text += value
  }

  /// The complete object.
  public var finished: String { text + "}" }

  private mutating func addKey(_ key: String) {
    if !isFirst { text += "," }
    isFirst = false
    text += Self.quoted(key) + ":"
  }

  public static func array(_ strings: [String]) -> String {
    "[" + strings.map(quoted).joined(separator: ",") + "]"
  }

  /// A JSON string literal, escaping quotes, backslashes and control
  /// characters.
  public static func quoted(_ string: String) -> String {
    var result = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _
      where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        || (0x200B...0x200F).contains(scalar.value) || (0x2028...0x202E).contains(scalar.value)
        || (0x2060...0x2069).contains(scalar.value) || scalar.value == 0xFEFF:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// `compact` JSON (as this type writes it) laid out for people: one
  /// member per line, indented by two spaces, with arrays of numbers,
  /// strings and booleans kept on one line and empty containers as `{}`
  /// and `[]`.
  ///
  /// - Complexity: O(*c*) for *c* characters.
  public static func prettyPrinted(_ compact: String) -> String {
    var printer = PrettyPrinter(Array(compact.unicodeScalars))
    return printer.value(depth: 0)
  }
}

/// Lays out compact JSON; it walks the text once, keeping strings intact.
private struct PrettyPrinter {
  let scalars: [Unicode.Scalar]
  var offset = 0

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  /// The value at `offset`, laid out at `depth`; recursion follows the
  /// nesting of the documents ArgMed writes, a few levels.
  mutating func value(depth: Int) -> String {
    guard offset < scalars.count else { return "" }
    switch scalars[offset] {
    case "{": return container(close: "}", depth: depth, isObject: true)
    case "[": return container(close: "]", depth: depth, isObject: false)
    case "\"": return string()
    default:
      var text = ""
      while offset < scalars.count, !",]}".unicodeScalars.contains(scalars[offset]) {
        text.unicodeScalars.append(scalars[offset])
        offset += 1
      }
      return text
    }
  }

  mutating func string() -> String {
    var text = "\""
    offset += 1
    while offset < scalars.count {
      let scalar = scalars[offset]
      text.unicodeScalars.append(scalar)
      offset += 1
      if scalar == "\\", offset < scalars.count {
        text.unicodeScalars.append(scalars[offset])
        offset += 1
      } else if scalar == "\"" {
        break
      }
    }
    return text
  }

  mutating func container(close: Unicode.Scalar, depth: Int, isObject: Bool) -> String {
    let open = isObject ? "{" : "["
    offset += 1
    if offset < scalars.count, scalars[offset] == close {
      offset += 1
      return open + String(close)
    }
    var items: [String] = []
    var isFlat = !isObject
    while offset < scalars.count {
      var item = ""
      if isObject {
        item = string() + ": "
        offset += 1  // the colon
      }
      let startsContainer = scalars[offset] == "{" || scalars[offset] == "["
      if startsContainer { isFlat = false }
      item += value(depth: depth + 1)
      items.append(item)
      guard offset < scalars.count else { break }
      let separator = scalars[offset]
      offset += 1
      if separator == close { break }
    }
    if isFlat { return open + items.joined(separator: ", ") + String(close) }
    let indent = String(repeating: "  ", count: depth + 1)
    return open + "\n" + items.map { indent + $0 }.joined(separator: ",\n") + "\n"
      + String(repeating: "  ", count: depth) + String(close)
  }
}
