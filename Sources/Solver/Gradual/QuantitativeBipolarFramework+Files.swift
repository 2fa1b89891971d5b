import ArgMedSupport

extension QuantitativeBipolarFramework {
  /// The formats a quantitative bipolar framework is read from.
  public enum FileFormat: String, CaseIterable, Hashable, Sendable {
    /// ASPARTIX-style facts: `arg(a).`, `att(a,b).`, `sup(a,b).`, `base(a,0.7).`
    case facts
    /// `{"version": 1, "arguments": [{"id", "base"}], "attacks": [{"from", "to"}],
    /// "supports": [{"from", "to"}]}`.
    case json

    /// The format a file's extension implies: `.json` is JSON, anything
    /// else facts.
    public init(pathExtensionOf path: String) {
      self = path.hasSuffix(".json") ? .json : .facts
    }
  }

  /// Reads a framework file, in the format its extension implies unless
  /// `format` is given.
  ///
  /// - Throws: `SolverError.unreadableFile`, `.limitExceeded`, or a
  ///   `.malformedFile` naming the line and column (facts) or the member
  ///   (JSON).
  /// - Complexity: O(*s* + *n* + *m*) for a file of *s* bytes.
  public init(contentsOfFile path: String, format: FileFormat? = nil) throws(SolverError) {
    let bytes = try ArgumentationFramework.readBytes(path)
    switch format ?? FileFormat(pathExtensionOf: path) {
    case .facts: try self.init(facts: bytes, fileName: path)
    case .json: try self.init(json: bytes, fileName: path)
    }
  }

  /// Reads the JSON form; `fileName` names it in errors.
  ///
  /// An argument without `base` has the base score 0.5, as in the facts.
  ///
  /// - Throws: `SolverError.malformedFile` at the syntax error's line and
  ///   column, or naming the member that is wrong (`arguments[2].base`).
  public init(json bytes: [UInt8], fileName: String = "<json>") throws(SolverError) {
    let document: JSON
    do {
      document = try JSON(parsing: bytes)
    } catch {
      let position = error.position ?? TextPosition(line: 1, column: 1)
      throw .malformedFile(
        SourceLocation(file: fileName, line: position.line, column: position.column),
        message: error.message(kind: "framework files"))
    }
    let whole = SourceLocation(file: fileName, line: 1, column: 1)
    func fail(_ member: String, _ problem: String) -> SolverError {
      .malformedFile(whole, message: "\(member) \(problem)")
    }
    guard let root = document.dictionary else { throw fail("the document", "must be an object") }
    for key in root.keys.sorted()
    where !["version", "arguments", "attacks", "supports"].contains(key) {
      throw fail(key, "is not a member of a framework document")
    }
    guard root["version"]?.number?.integer == 1 else { throw fail("version", "must be 1") }
    var names: [String] = []
    var scores: [Double] = []
    for (position, entry) in (root["arguments"]?.array ?? []).enumerated() {
      let place = "arguments[\(position)]"
      guard let id = entry["id"]?.string, !id.isEmpty else {
        throw fail(place + ".id", "must be a non-empty string")
      }
      let base = entry["base"]
      guard base == nil || base?.number?.double.map({ (0...1).contains($0) }) == true else {
        throw fail(place + ".base", "must be a number from 0 to 1")
      }
      names.append(id)
      scores.append(base?.number?.double ?? QBAFParser.defaultBaseScore)
    }
    func relations(_ key: String) throws(SolverError) -> [(String, String)] {
      var pairs: [(String, String)] = []
      for (position, entry) in (root[key]?.array ?? []).enumerated() {
        guard let from = entry["from"]?.string, let to = entry["to"]?.string else {
          throw fail("\(key)[\(position)]", "must name \"from\" and \"to\" arguments")
        }
        pairs.append((from, to))
      }
      return pairs
    }
    try self.init(
      names: names, baseScores: scores, attacks: relations("attacks"),
      supports: relations("supports"))
  }
}

extension GradualStrengths {
  /// The strengths as a versioned JSON document: each argument with its
  /// base score and strength, and the rounds the cycles took.
  package func json(in framework: QuantitativeBipolarFramework) -> JSON {
    let arguments = framework.names.indices.map {
      JSON([
        "id": framework.names[$0], "base": framework.baseScores[$0], "strength": strengths[$0],
      ])
    }
    return JSON([
      "version": 1, "semantics": semantics.rawValue, "strengths": JSON.array(arguments),
      "iterations": iterations,
    ])
  }
}
