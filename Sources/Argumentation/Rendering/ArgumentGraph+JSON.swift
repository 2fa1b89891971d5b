import ArgMedSupport

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
    json.text(layout: .indented) + "\n"
  }

  /// The graph file's document.
  var json: JSON {
    JSON([
      "version": Self.formatVersion,
      "arguments": arguments.map(\.json),
      "attacks": explicitAttacks.map { attack in
        JSON([
          "from": attack.attacker, "to": attack.target, "kind": attack.kind.rawValue,
          "question": attack.question,
        ])
      },
      "supports": supports.map { JSON(["from": $0.supporter, "to": $0.target]) },
    ])
  }
}

extension StructuredArgument {
  /// The argument as the graph file writes it; `"decision"` only for a
  /// decision argument that names its option.
  fileprivate var json: JSON {
    var json = JSON([
      "id": id,
      "kind": kind.rawValue,
      "scheme": scheme?.description,
      "bindings": JSON.object(bindings.keys.sorted().map { JSON.Member($0, bindings[$0] ?? "") }),
      "premises": premises.map {
        JSON(["id": $0.id, "role": $0.role.rawValue, "text": $0.text])
      },
      "conclusion": conclusion,
      "origin": origin,
    ])
    if let decision { json.append("decision", decision) }
    return json
  }
}

extension SolvedGraph {
  /// The solved graph as a versioned JSON document: the graph's members,
  /// then `"solution"` with the semantics, each argument's standing, the
  /// optional and accepted decisions, and the extensions.
  public var jsonDocument: String {
    json.text() + "\n"
  }

  /// The solved graph's document, which a report embeds.
  package var json: JSON {
    var json = graph.json
    json.append(
      "solution",
      JSON([
        "semantics": semantics.rawValue,
        "standings": standings.map { standing in
          JSON([
            "id": standing.id, "status": standing.status.rawValue,
            "credulous": standing.isCredulouslyAccepted,
            "skeptical": standing.isSkepticallyAccepted,
          ])
        },
        "optionalDecisions": optionalDecisions,
        "acceptedDecisions": acceptedDecisions,
        "extensions": extensions,
        "listsEveryExtension": listsEveryExtension,
      ]))
    return json
  }
}
