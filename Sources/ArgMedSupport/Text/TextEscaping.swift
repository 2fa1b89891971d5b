/// The one escaping policy of the package: how text from files, cases and
/// models is written into JSON, XML, HTML, DOT and terminal lines.
///
/// Each format escapes what its readers would otherwise take for syntax,
/// and what people reading it could not see. The character classes are
/// defined once, on `Unicode.Scalar`:
///
/// - ``Unicode/Scalar/isControl``: C0, DEL and C1 controls.
/// - ``Unicode/Scalar/isBidiControl``: the characters that reorder the text
///   around them (Unicode's `Bidi_Control`), which can make a line read
///   otherwise than it is.
/// - ``Unicode/Scalar/isInvisibleFormatting``: the bidirectional marks,
///   embeddings and isolates, zero-width characters, line and paragraph
///   separators and the byte order mark.
///
/// Every function walks the text's Unicode scalars once.
///
/// - Complexity: O(*n*) for *n* scalars.
package enum TextEscaping {
  /// A JSON string literal, in quotes: quotes, backslashes and controls
  /// escaped, the latter as `\n`, `\r`, `\t` or `\u00XX`.
  ///
  /// ```swift
  /// TextEscaping.jsonString("a\u{202E}b", .minimal)  // "a\u{202E}b" with the character
  /// TextEscaping.jsonString("a\u{202E}b", .visible)  // "a\u202eb"
  /// ```
  package static func jsonString(_ text: String, _ policy: JSONEscaping) -> String {
    let escaped = replacing(text) { scalar in
      // Printable ASCII but the quote and the backslash: most of any text.
      if (0x20..<0x7F).contains(scalar.value), scalar != "\"", scalar != "\\" { return nil }
      if let escape = jsonEscapes[scalar] { return escape }
      guard policy.escapes(scalar) else { return nil }
      let hex = String(scalar.value, radix: 16)
      return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
    return "\"" + escaped + "\""
  }

  /// Text that reads back as itself from XML: the five special characters
  /// as entities, carriage returns (which parsers turn into line feeds) as
  /// `&#13;`, and in attribute values tabs and line feeds too (which
  /// attribute normalisation turns into spaces).
  package static func xml(_ text: String, inAttribute: Bool = false) -> String {
    replacing(text) { scalar in
      if let entity = markupEntities[scalar] { return entity }
      switch scalar {
      case "'": return "&apos;"
      case "\r": return "&#13;"
      case "\n" where inAttribute: return "&#10;"
      case "\t" where inAttribute: return "&#9;"
      default: return nil
      }
    }
  }

  /// Text for HTML, in elements and in quoted attribute values: `&`, `<`,
  /// `>` and both quotes as references.
  package static func html(_ text: String) -> String {
    replacing(text) { scalar in markupEntities[scalar] ?? (scalar == "'" ? "&#39;" : nil) }
  }

  /// Text safe inside a Graphviz DOT double-quoted string, cut at `limit`
  /// scalars with `…`: backslashes and quotes escaped (so that Graphviz's
  /// `\n`, `\l` and `\N` escapes cannot be spelled by the text), `&`
  /// written `&amp;` (Graphviz decodes entities), controls made spaces, and
  /// bidirectional controls left out (they would reorder the rest of the
  /// drawing).
  package static func dotString(_ text: String, limit: Int) -> String {
    var kept = String.UnicodeScalarView(text.unicodeScalars.prefix(limit))
    let isCut = kept.count < text.unicodeScalars.count
    kept.removeAll { $0.isBidiControl }
    let escaped = replacing(String(kept)) { scalar in
      switch scalar {
      case "\\", "\"": "\\" + String(scalar)
      case "&": "&amp;"
      case _ where scalar.isControl: " "
      default: nil
      }
    }
    return isCut ? escaped + "…" : escaped
  }

  /// Text for a terminal that shows every character it holds: controls and
  /// bidirectional controls written as `\u{…}` escapes, so that text quoted
  /// from a hostile file can neither forge lines nor reorder them.
  ///
  /// ```swift
  /// TextEscaping.terminal("a\nb")  // a\u{A}b
  /// ```
  package static func terminal(_ text: String) -> String {
    replacing(text) { scalar in
      scalar.isControl || scalar.isBidiControl
        ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : nil
    }
  }

  /// Text from a server fit for one line of a terminal: controls made
  /// spaces, and spaces around it trimmed.
  package static func terminalLine(_ text: String) -> String {
    var scalars = String.UnicodeScalarView(text.unicodeScalars.map { $0.isControl ? " " : $0 })
    while scalars.first.map(Self.isSpace) == true { scalars.removeFirst() }
    while scalars.last.map(Self.isSpace) == true { scalars.removeLast() }
    return String(scalars)
  }

  /// The escapes every JSON string literal writes.
  private static let jsonEscapes: [Unicode.Scalar: String] = [
    "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
  ]

  /// The entities of markup's special characters but the apostrophe, which
  /// XML and HTML write differently.
  private static let markupEntities: [Unicode.Scalar: String] = [
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;",
  ]

  /// `text` with each scalar `replacement` gives a text for replaced by it.
  private static func replacing(
    _ text: String, _ replacement: (Unicode.Scalar) -> String?
  ) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if let replaced = replacement(scalar) {
        result += replaced
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// White space within a line, as Foundation's `.whitespaces` has it.
  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .spaceSeparator || scalar == "\t"
  }
}

/// Which characters a JSON string literal writes as `\u` escapes, beyond
/// the quotes, backslashes, `\n`, `\r` and `\t` every literal escapes.
package enum JSONEscaping: Sendable {
  /// What JSON requires (C0 controls), and the line and paragraph
  /// separators (U+2028, U+2029) that JavaScript reads as line ends: the
  /// JSON sent to and recorded from models, whose bytes name recorded
  /// exchanges.
  case minimal
  /// Also every character that would not show: C1 controls and invisible
  /// formatting characters. The documents ArgMed writes for people and
  /// programs (reports, graphs, summaries), so that one read in a terminal
  /// shows all it holds.
  case visible

  func escapes(_ scalar: Unicode.Scalar) -> Bool {
    switch self {
    case .minimal: scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029
    case .visible: scalar.isControl || scalar.isInvisibleFormatting
    }
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is a C0 control, DEL or a C1 control.
  package var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }

  /// Whether the scalar is one of Unicode's `Bidi_Control` characters: the
  /// Arabic letter mark, the left-to-right and right-to-left marks, the
  /// embeddings and overrides, and the isolates.
  package var isBidiControl: Bool {
    value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }

  /// Whether the scalar is a formatting character that does not show:
  /// zero-width spaces, joiners and marks (U+200B–U+200F), the line and
  /// paragraph separators and the bidirectional embeddings (U+2028–U+202E),
  /// the word joiner, invisible operators and isolates (U+2060–U+2069), and
  /// the byte order mark.
  package var isInvisibleFormatting: Bool {
    (0x200B...0x200F).contains(value) || (0x2028...0x202E).contains(value)
      || (0x2060...0x2069).contains(value) || value == 0xFEFF
  }
}
