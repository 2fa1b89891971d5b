import ArgMedSupport

extension ArgumentGraph {
  /// The largest graph file read, in bytes.
  public static let maximumFileSize = 64 << 20

  /// Reads a graph file (the JSON of ``jsonDocument``, or of a solved
  /// graph, whose `"solution"` is ignored).
  ///
  /// - Throws: `ArgumentationError.malformedGraphFile` saying where the
  ///   JSON breaks (line and column) or which member is wrong (its path,
  ///   such as `arguments[2].kind`), or `ArgumentationError.invalidGraph`
  ///   for a graph that breaks a rule.
  /// - Complexity: linear in the size of the file.
  public init(contentsOfFile path: String) throws(ArgumentationError) {
    let bytes: [UInt8]
    do {
      bytes = try FileContents.bytes(
        ofFile: path, limit: Self.maximumFileSize, regularFileOnly: true)
    } catch {
      throw .malformedGraphFile(path: path, message: error.message(limitFor: "graphs"))
    }
    try self.init(jsonBytes: bytes, path: path)
  }

  /// Reads a graph from the bytes of a JSON document; `path` names it in
  /// messages.
  ///
  /// - Throws: as ``init(contentsOfFile:)``.
  public init(jsonBytes bytes: [UInt8], path: String = "<graph>") throws(ArgumentationError) {
    let document: JSON
    do {
      document = try JSON(parsing: bytes)
    } catch {
      throw .malformedGraphFile(path: path, message: error.description(kind: "graph files"))
    }
    var reader = GraphFileReader(path: path)
    self = try reader.graph(from: document)
  }
}

/// Reads a graph out of parsed JSON, naming the path of whatever is
/// wrong.
private struct GraphFileReader {
  let path: String

  mutating func graph(from object: JSON) throws(ArgumentationError) -> ArgumentGraph {
    let root = try dictionary(object, at: "the document")
    try only(["version", "arguments", "attacks", "supports", "solution"], in: root, at: "")
    guard let version = root["version"]?.number?.integer else {
      throw fail("", "needs \"version\": \(ArgumentGraph.formatVersion), an integer")
    }
    guard version == ArgumentGraph.formatVersion else {
      throw fail(
        "version",
        "is \(version), but this ArgMed reads graph files of version "
          + "\(ArgumentGraph.formatVersion)")
    }
    var graph = ArgumentGraph()
    for (index, item) in try array(root["arguments"], at: "arguments").enumerated() {
      let place = "arguments[\(index)]"
      try placed(place) { () throws(ArgumentationError) in try graph.add(argument(item, at: place))
      }
    }
    for (index, item) in try array(root["attacks"], at: "attacks").enumerated() {
      let place = "attacks[\(index)]"
      let entry = try dictionary(item, at: place)
      try only(["from", "to", "kind", "question"], in: entry, at: place)
      let kind = try choice(entry["kind"], at: place + ".kind", AttackKind.self)
      let question = try optionalString(entry["question"], at: place + ".question")
      let attack = Attack(
        attacker: try string(entry["from"], at: place + ".from"),
        target: try string(entry["to"], at: place + ".to"), kind: kind,
        reason: question.map { .criticalQuestion($0) } ?? .stated)
      try placed(place) { () throws(ArgumentationError) in try graph.add(attack) }
    }
    for (index, item) in try array(root["supports"], at: "supports").enumerated() {
      let place = "supports[\(index)]"
      let entry = try dictionary(item, at: place)
      try only(["from", "to"], in: entry, at: place)
      let support = Support(
        supporter: try string(entry["from"], at: place + ".from"),
        target: try string(entry["to"], at: place + ".to"))
      try placed(place) { () throws(ArgumentationError) in try graph.add(support) }
    }
    return graph
  }

  private func argument(_ item: JSON, at place: String) throws(ArgumentationError)
    -> StructuredArgument
  {
    let entry = try dictionary(item, at: place)
    try only(
      ["id", "kind", "scheme", "bindings", "premises", "conclusion", "origin", "decision"],
      in: entry,
      at: place)
    let scheme = try optionalString(entry["scheme"], at: place + ".scheme")
    let reference = try scheme.map { (text: String) throws(ArgumentationError) in
      guard let reference = SchemeReference(text) else {
        throw fail(place + ".scheme", "'\(text)' is not a scheme id or id@version")
      }
      return reference
    }
    var bindings: [String: String] = [:]
    let bindingObject = try dictionary(entry["bindings"] ?? .object([]), at: place + ".bindings")
    for (name, value) in bindingObject {
      bindings[name] = try string(value, at: place + ".bindings.\(name)")
    }
    let premises = try array(entry["premises"], at: place + ".premises").enumerated().map {
      (index: Int, item: JSON) throws(ArgumentationError) in
      let premisePlace = place + ".premises[\(index)]"
      let premise = try dictionary(item, at: premisePlace)
      try only(["id", "role", "text"], in: premise, at: premisePlace)
      return StructuredArgument.InstantiatedPremise(
        id: try string(premise["id"], at: premisePlace + ".id"),
        role: try choice(premise["role"], at: premisePlace + ".role", Premise.Role.self),
        text: try string(premise["text"], at: premisePlace + ".text"))
    }
    let kind = try choice(entry["kind"], at: place + ".kind", StructuredArgument.Kind.self)
    let decision = try optionalString(entry["decision"], at: place + ".decision")
    if decision != nil && kind != .decision {
      throw fail(place + ".decision", "is for decision arguments only")
    }
    return StructuredArgument(
      id: try string(entry["id"], at: place + ".id"), kind: kind,
      scheme: reference, bindings: bindings, premises: premises,
      conclusion: try string(entry["conclusion"], at: place + ".conclusion"),
      origin: try optionalString(entry["origin"], at: place + ".origin"), decision: decision)
  }

  /// Runs `body`, naming the file and `place` in a graph rule it breaks.
  private func placed(
    _ place: String, _ body: () throws(ArgumentationError) -> Void
  ) throws(ArgumentationError) {
    do {
      try body()
    } catch .invalidGraph(let problem) {
      throw fail(place, "breaks a rule: \(problem)")
    }
  }

  private func fail(_ place: String, _ message: String) -> ArgumentationError {
    .malformedGraphFile(path: path, message: place.isEmpty ? message : "\(place) \(message)")
  }

  private func dictionary(_ value: JSON, at place: String) throws(ArgumentationError)
    -> [String: JSON]
  {
    guard let dictionary = value.dictionary else { throw fail(place, "must be an object") }
    return dictionary
  }

  /// The items of an array; a member left out is an empty array.
  private func array(_ value: JSON?, at place: String) throws(ArgumentationError) -> [JSON] {
    guard let value else { return [] }
    guard let array = value.array else { throw fail(place, "must be an array") }
    return array
  }

  private func string(_ value: JSON?, at place: String) throws(ArgumentationError) -> String {
    guard let value else { throw fail(place, "is missing") }
    guard let string = value.string else { throw fail(place, "must be a string") }
    return string
  }

  private func optionalString(_ value: JSON?, at place: String) throws(ArgumentationError)
    -> String?
  {
    guard let value, !value.isNull else { return nil }
    return try string(value, at: place)
  }

  private func choice<Choice: RawRepresentable & CaseIterable>(
    _ value: JSON?, at place: String, _ type: Choice.Type
  ) throws(ArgumentationError) -> Choice where Choice.RawValue == String {
    let text = try string(value, at: place)
    guard let choice = Choice(rawValue: text) else {
      let allowed = Choice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
      throw fail(place, "is \"\(text)\"; expected one of \(allowed)")
    }
    return choice
  }

  /// Refuses members the format does not have: a misspelt key is an error,
  /// not a silent default.
  private func only(_ keys: Set<String>, in object: [String: JSON], at place: String)
    throws(ArgumentationError)
  {
    if let unknown = object.keys.sorted().first(where: { !keys.contains($0) }) {
      let prefix = place.isEmpty ? "" : place + "."
      throw fail(prefix + unknown, "is not a member of the graph format")
    }
  }
}
