/// Checks a JSON value against the subset of JSON Schema that ArgMed's
/// structured replies use: `type`, `properties`, `required`,
/// `additionalProperties: false`, `items`, `enum`, `minItems`, `maxItems`,
/// `minLength` and `maxLength`.
///
/// Servers' structured-output modes differ and some ignore the schema, so
/// every structured reply is checked here, whatever the backend.
///
/// - Complexity: linear in the size of the value.
public enum JSONSchemaCheck {
  /// Every way `value` breaks `schema`, each with its JSON path (`$.verdict`).
  public static func problems(of value: JSONValue, against schema: JSONValue) -> [String] {
    var problems: [String] = []
    check(value, schema, path: "$", into: &problems)
    return problems
  }

  private static func check(
    _ value: JSONValue, _ schema: JSONValue, path: String, into problems: inout [String]
  ) {
    if let allowed = schema["enum"]?.arrayValue, !allowed.contains(value) {
      let names = allowed.map(\.text).joined(separator: ", ")
      problems.append("\(path) is \(value.text), not one of \(names)")
      return
    }
    if let type = schema["type"]?.stringValue, !has(value, type: type) {
      problems.append("\(path) should be \(article(type)) \(type), not \(describe(value))")
      return
    }
    switch value {
    case .object(let members):
      let keys = Set(members.map(\.key))
      for case .string(let name) in schema["required"]?.arrayValue ?? [] where !keys.contains(name)
      {
        problems.append("\(path) lacks \"\(name)\"")
      }
      let properties = schema["properties"]
      for member in members {
        if let property = properties?[member.key] {
          check(member.value, property, path: "\(path).\(member.key)", into: &problems)
        } else if schema["additionalProperties"] == .bool(false) {
          problems.append("\(path) has \"\(member.key)\", which the schema does not allow")
        }
      }
    case .array(let items):
      if case .number(let minimum)? = schema["minItems"], Double(items.count) < minimum {
        problems.append("\(path) has \(items.count) items, fewer than \(Int(minimum))")
      }
      if case .number(let maximum)? = schema["maxItems"], Double(items.count) > maximum {
        problems.append("\(path) has \(items.count) items, more than \(Int(maximum))")
      }
      if let itemSchema = schema["items"] {
        for (index, item) in items.enumerated() {
          check(item, itemSchema, path: "\(path)[\(index)]", into: &problems)
        }
      }
    case .string(let text):
      if case .number(let minimum)? = schema["minLength"], Double(text.count) < minimum {
        problems.append("\(path) is shorter than \(Int(minimum)) characters")
      }
      if case .number(let maximum)? = schema["maxLength"], Double(text.count) > maximum {
        problems.append("\(path) is longer than \(Int(maximum)) characters")
      }
    default:
      break
    }
  }

  private static func has(_ value: JSONValue, type: String) -> Bool {
    switch (type, value) {
    case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool),
      ("null", .null), ("number", .number):
      true
    case ("integer", .number(let number)): number == number.rounded()
    default: false
    }
  }

  private static func describe(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }

  private static func article(_ type: String) -> String {
    ["array", "object", "integer"].contains(type) ? "an" : "a"
  }
}
