/// Builds JSON text with keys in the order they are written, so that every
/// document starts with its `"version"`.
struct JSONText {
  private(set) var text = "{"
  private var isFirst = true

  /// Starts an object whose first member is `"version": version`; nested
  /// objects have no version.
  init(version: Int?) {
    if let version { add("version", number: version) }
  }

  mutating func add(_ key: String, string value: String) {
    addKey(key)
    text += Self.quoted(value)
  }

  mutating func add(_ key: String, number value: Int) {
    addKey(key)
    text += String(value)
  }

  /// Adds a number given by its decimal digits, however long.
  mutating func add(_ key: String, numeral value: String) {
    addKey(key)
    text += value
  }

  mutating func add(_ key: String, bool value: Bool) {
    addKey(key)
    text += value ? "true" : "false"
  }

  mutating func add(_ key: String, strings value: [String]?) {
    addKey(key)
    text += value.map(Self.array) ?? "null"
  }

  mutating func add(_ key: String, stringLists value: [[String]]) {
    addKey(key)
    text += "[" + value.map(Self.array).joined(separator: ",") + "]"
  }

  mutating func add(_ key: String, object value: JSONText?) {
    addKey(key)
    text += value?.finished ?? "null"
  }

  /// The complete object.
  var finished: String { text + "}" }

  private mutating func addKey(_ key: String) {
    if !isFirst { text += "," }
    isFirst = false
    text += Self.quoted(key) + ":"
  }

  static func array(_ strings: [String]) -> String {
    "[" + strings.map(quoted).joined(separator: ",") + "]"
  }

  /// A JSON string literal, escaping quotes, backslashes and control
  /// characters.
  static func quoted(_ string: String) -> String {
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
