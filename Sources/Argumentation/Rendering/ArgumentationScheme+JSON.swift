import ArgMedSupport

extension ArgumentationScheme {
  /// The scheme as a JSON object (without a version: it is embedded in
  /// versioned documents such as `argmed schemes show --format json`).
  ///
  /// Templates appear as text with `{X}` slots, in the language they give,
  /// with the variables they use.
  package var json: JSON {
    JSON([
      "id": id,
      "schemeVersion": version.description,
      "kind": kind.rawValue,
      "concludes": concludes.rawValue,
      "status": status.rawValue,
      "defeasible": isDefeasible,
      "weight": weight,
      "supersedes": supersedes?.description,
      "names": names.map(\.json),
      "description": summary,
      "sources": sources.map { source in
        JSON([
          "citation": source.citation, "ref": source.key, "pages": source.pages,
          "uri": source.uri,
        ])
      },
      "variables": variables.map { variable in
        JSON([
          "name": variable.name, "type": variable.type, "required": variable.isRequired,
          "bind": variable.binding, "description": variable.summary,
        ])
      },
      "premises": premises.map { premise in
        var json = premise.statement.json
        json.append("role", premise.role.rawValue)
        json.append("label", premise.label)
        return json
      },
      "conclusion": conclusion.json,
      "criticalQuestions": criticalQuestions.map(\.json),
      "changelog": changelog.map { change in
        JSON(["version": change.version.description, "date": change.date, "note": change.note])
      },
    ])
  }
}

extension TextTemplate {
  fileprivate var json: JSON {
    JSON(["text": description, "lang": language, "variables": variables])
  }
}

extension Statement {
  fileprivate var json: JSON {
    JSON(["id": id, "texts": texts.map(\.json), "formula": formula])
  }
}

extension CriticalQuestion {
  fileprivate var json: JSON {
    JSON([
      "id": id,
      "attack": attack.rawValue,
      "premise": premise,
      "burden": burden.rawValue,
      "activation": activation.rawValue,
      "counterScheme": counterScheme?.description,
      "weight": weight,
      "questions": questions.map(\.json),
      "attackerClaims": attackerClaims.map(\.json),
      "note": note,
    ])
  }
}
