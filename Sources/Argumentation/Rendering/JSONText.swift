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
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
