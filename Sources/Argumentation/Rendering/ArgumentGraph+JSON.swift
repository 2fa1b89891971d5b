extension ArgumentGraph {
  /// The graph file format's version, written as `"version"`.
  public static let formatVersion = 1

  /// The graph as a versioned JSON document, laid out for people.
  ///
  /// It holds the arguments, the attacks stated or produced by questions,
  /// and the supports (the README describes the format). The attacks
  /// between decisions are not written: the graph derives them when it is
  /// read.
  public var jsonDocument: String {
    var json = JSONText(version: Self.formatVersion)
    addMembers(to: &json)
    return JSONText.prettyPrinted(json.finished) + "\n"
  }

  func addMembers(to json: inout JSONText) {
    json.add(
      "arguments",
      objects: arguments.map { argument in
        var entry = JSONText(version: nil)
        entry.add("id", string: argument.id)
        entry.add("kind", string: argument.kind.rawValue)
        entry.add("scheme", optionalString: argument.scheme?.description)
        var bindings = JSONText(version: nil)
        for name in argument.bindings.keys.sorted() {
          bindings.add(name, string: argument.bindings[name] ?? "")
        }
        entry.add("bindings", object: bindings)
        entry.add(
          "premises",
          objects: argument.premises.map { premise in
            var json = JSONText(version: nil)
            json.add("id", string: premise.id)
            json.add("role", string: premise.role.rawValue)
            json.add("text", string: premise.text)
            return json
          })
        entry.add("conclusion", string: argument.conclusion)
        entry.add("origin", optionalString: argument.origin)
        if let decision = argument.decision { entry.add("decision", string: decision) }
        return entry
      })
    json.add(
      "attacks",
      objects: explicitAttacks.map { attack in
        var entry = JSONText(version: nil)
        entry.add("from", string: attack.attacker)
        entry.add("to", string: attack.target)
        entry.add("kind", string: attack.kind.rawValue)
        entry.add("question", optionalString: attack.question)
        return entry
      })
    json.add(
      "supports",
      objects: supports.map { support in
        var entry = JSONText(version: nil)
        entry.add("from", string: support.supporter)
        entry.add("to", string: support.target)
        return entry
      })
  }
}

extension SolvedGraph {
  /// The solved graph as a versioned JSON document: the graph's members,
  /// then `"solution"` with the semantics, each argument's standing, the
  /// optional and accepted decisions, and the extensions.
  public var jsonDocument: String {
    var json = JSONText(version: ArgumentGraph.formatVersion)
    graph.addMembers(to: &json)
    var solution = JSONText(version: nil)
    solution.add("semantics", string: semantics.rawValue)
    solution.add(
      "standings",
      objects: standings.map { standing in
        var entry = JSONText(version: nil)
        entry.add("id", string: standing.id)
        entry.add("status", string: standing.status.rawValue)
        entry.add("credulous", bool: standing.isCredulouslyAccepted)
        entry.add("skeptical", bool: standing.isSkepticallyAccepted)
        return entry
      })
    solution.add("optionalDecisions", strings: optionalDecisions)
    solution.add("acceptedDecisions", strings: acceptedDecisions)
    solution.add("extensions", stringLists: extensions)
    solution.add("listsEveryExtension", bool: listsEveryExtension)
    json.add("solution", object: solution)
    return json.finished + "\n"
  }
}
