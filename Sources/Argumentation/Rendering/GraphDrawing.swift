import ArgMedSupport

/// How to draw argument graphs with Graphviz: the colours, and where lines
/// break.
///
/// The convention combines Carneades' status fill, Argdown's colour per
/// relation and PyArg's colour-blind palette, and repeats every colour cue
/// with one that needs no colour:
///
/// - status: fill colour, plus a mark in the label (✔ accepted,
///   ? undecided, ✘ rejected) and the border (bold, dotted, dashed);
/// - kind: decision arguments are boxes, belief arguments notes;
/// - attacks: rebutting solid, undercutting dashed, undermining dotted,
///   each in its colour and labelled with its critical question; the
///   attacks between decisions are one grey two-headed line; an attack
///   from a rejected argument is greyed;
/// - supports: dark grey, open arrowheads.
///
/// Graphs are laid out bottom to top (attackers below what they attack),
/// nodes and edges in the graph's order, so the same graph always gives
/// the same text.
public struct GraphDrawing: Sendable {
  /// The status colours.
  public enum Palette: String, Sendable, CaseIterable {
    /// Blue, yellow and red that people with the common colour-vision
    /// deficiencies tell apart (ColorBrewer RdYlBu, as PyArg).
    case colourBlindSafe = "colour-blind"
    /// Green, yellow and red, as Carneades draws.
    case classic
  }

  public var palette: Palette
  /// The longest line of a label, in characters.
  public var lineWidth: Int

  public init(palette: Palette = .colourBlindSafe, lineWidth: Int = 32) {
    self.palette = palette
    self.lineWidth = max(lineWidth, 8)
  }

  struct StatusStyle {
    var fill: String
    var font: String
    var border: String
    var mark: String
  }

  func style(for status: SolvedGraph.Status) -> StatusStyle {
    switch (status, palette) {
    case (.accepted, .colourBlindSafe):
      StatusStyle(fill: "#2c7bb6", font: "white", border: "bold", mark: "✔ accepted")
    case (.accepted, .classic):
      StatusStyle(fill: "#3ab54a", font: "black", border: "bold", mark: "✔ accepted")
    case (.undecided, .colourBlindSafe):
      StatusStyle(fill: "#ffffbf", font: "black", border: "dotted", mark: "? undecided")
    case (.undecided, .classic):
      StatusStyle(fill: "#fcee21", font: "black", border: "dotted", mark: "? undecided")
    case (.rejected, .colourBlindSafe):
      StatusStyle(fill: "#d7191c", font: "white", border: "dashed", mark: "✘ rejected")
    case (.rejected, .classic):
      StatusStyle(fill: "#c62828", font: "white", border: "dashed", mark: "✘ rejected")
    }
  }

  /// The most lines of text a label shows; a longer text ends in "…".
  public static let maximumLines = 10

  /// The lines of `text`, broken at spaces to fit `lineWidth`.
  ///
  /// A word longer than a line is cut into pieces ending in a hyphen. At
  /// most `maximumLines` lines, the last ending in "…" when text is left
  /// out.
  public func wrapped(_ text: String) -> [String] {
    var lines: [String] = []
    var line = ""
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
    for whole in text.split(whereSeparator: isSpace) {
      var word = Substring(whole)
      while word.count > lineWidth {
        if !line.isEmpty {
          lines.append(line)
          line = ""
        }
        lines.append(word.prefix(lineWidth - 1) + "-")
        word = word.dropFirst(lineWidth - 1)
      }
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= lineWidth {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    if !line.isEmpty { lines.append(line) }
    guard lines.count > Self.maximumLines else { return lines }
    return Array(lines.prefix(Self.maximumLines - 1)) + [
      String(lines[Self.maximumLines - 1].prefix(lineWidth - 1)) + "…"
    ]
  }

  /// A DOT double-quoted string holding `lines` separated by line breaks.
  static func quoted(lines: [String]) -> String {
    "\"" + lines.map(escaped).joined(separator: "\\n") + "\""
  }

  /// A DOT double-quoted string.
  static func quoted(_ text: String) -> String {
    "\"" + escaped(text) + "\""
  }

  /// Text safe inside a DOT double-quoted string, at most
  /// `maximumStringLength` characters (``TextEscaping/dotString(_:limit:)``).
  static func escaped(_ text: String) -> String {
    TextEscaping.dotString(text, limit: maximumStringLength)
  }

  /// The longest text put in one DOT string: Graphviz 2.43 refuses
  /// strings over 16,384 bytes, and a character takes up to 4.
  static let maximumStringLength = 2_000
}
