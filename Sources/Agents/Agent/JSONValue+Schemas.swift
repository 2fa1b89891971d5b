import LLMBridge

extension JSONValue {
  /// The JSON schema of an object with exactly these properties, every
  /// one required: the shape of every reply the agents ask for.
  static func closedObjectSchema(_ properties: KeyValuePairs<String, JSONValue>) -> JSONValue {
    closedObjectSchema(properties.map { ($0.key, $0.value) })
  }

  /// The same, for properties computed at run time.
  static func closedObjectSchema(_ properties: [(key: String, value: JSONValue)]) -> JSONValue {
    .object([
      ("type", "object"), ("properties", .object(properties)),
      ("required", .array(properties.map { .string($0.key) })), ("additionalProperties", false),
    ])
  }

  /// The schema of a list of knowledge statements' ids, as every reply
  /// cites them.
  static let citationsSchema: JSONValue = ["type": "array", "items": ["type": "string"]]

  /// The schema of a non-empty text.
  static let textSchema: JSONValue = ["type": "string", "minLength": 1]
}
