extension JSON {
  /// How JSON text is laid out.
  package enum Layout: Sendable {
    /// No white space at all: one line.
    case compact
    /// For people: one member per line, indented by two spaces, `": "`
    /// after each key; an array of numbers, strings, booleans and nulls on
    /// one line (`[1, 2]`); empty containers as `{}` and `[]`.
    case indented
  }

  /// The value as JSON text: the one JSON writer of the package.
  ///
  /// ```swift
  /// JSON(["a": [1, 2], "b": JSON([:])]).text(layout: .indented)
  /// // {
  /// //   "a": [1, 2],
  /// //   "b": {}
  /// // }
  /// ```
  ///
  /// - Parameters:
  ///   - layout: compact (the default) or indented.
  ///   - escaping: which characters strings write as `\u` escapes
  ///     (``JSONEscaping``); documents for people and programs escape
  ///     everything that would not show (the default).
  ///   - sortingKeys: write each object's members sorted by key (by
  ///     `String`'s `<`), so that equal values have equal text.
  /// - Returns: the text, without a final line break.
  /// - Complexity: O(*c*) for *c* characters written.
  package func text(
    layout: Layout = .compact, escaping: JSONEscaping = .visible, sortingKeys: Bool = false
  ) -> String {
    var writer = Writer(layout: layout, escaping: escaping, sortsKeys: sortingKeys)
    writer.write(self, depth: 0)
    return writer.text
  }
}

/// Writes a value into `text`; recursion follows the value's nesting.
private struct Writer {
  let layout: JSON.Layout
  let escaping: JSONEscaping
  let sortsKeys: Bool
  var text = ""

  init(layout: JSON.Layout, escaping: JSONEscaping, sortsKeys: Bool) {
    self.layout = layout
    self.escaping = escaping
    self.sortsKeys = sortsKeys
  }

  mutating func write(_ value: JSON, depth: Int) {
    switch value {
    case .null: text += "null"
    case .bool(let value): text += value ? "true" : "false"
    case .number(let number): text += number.text
    case .string(let string): text += TextEscaping.jsonString(string, escaping)
    case .array(let items):
      let isFlat = !items.contains {
        switch $0 {
        case .array, .object: true
        default: false
        }
      }
      container("[", "]", items, depth: depth, isFlat: isFlat) { writer, item, depth in
        writer.write(item, depth: depth)
      }
    case .object(let members):
      let ordered = sortsKeys ? members.sorted { $0.key < $1.key } : members
      container("{", "}", ordered, depth: depth, isFlat: false) { writer, member, depth in
        writer.text += TextEscaping.jsonString(member.key, writer.escaping)
        writer.text += writer.layout == .compact ? ":" : ": "
        writer.write(member.value, depth: depth)
      }
    }
  }

  /// An array or an object: its elements separated by commas, and when
  /// indented and not flat, each on a line of its own.
  private mutating func container<Element>(
    _ open: String, _ close: String, _ elements: [Element], depth: Int, isFlat: Bool,
    _ writeElement: (inout Writer, Element, Int) -> Void
  ) {
    text += open
    guard !elements.isEmpty else {
      text += close
      return
    }
    let isBroken = layout == .indented && !isFlat
    let separator = layout == .compact ? "," : isBroken ? ",\n" : ", "
    let indent = isBroken ? String(repeating: "  ", count: depth + 1) : ""
    if isBroken { text += "\n" }
    for (index, element) in elements.enumerated() {
      if index > 0 { text += separator }
      text += indent
      writeElement(&self, element, depth + 1)
    }
    if isBroken { text += "\n" + String(repeating: "  ", count: depth) }
    text += close
  }
}
