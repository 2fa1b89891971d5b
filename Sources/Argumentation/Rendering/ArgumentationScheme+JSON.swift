extension ArgumentationScheme {
  /// The scheme as a JSON object (without a version: it is embedded in
  /// versioned documents such as `argmed schemes show --format json`).
  ///
  /// Templates appear as text with `{X}` slots, in the language they give,
  /// with the variables they use.
  public var json: JSONText {
    var json = JSONText(version: nil)
    json.add("id", string: id)
    json.add("schemeVersion", string: version.description)
    json.add("kind", string: kind.rawValue)
    json.add("concludes", string: concludes.rawValue)
    json.add("status", string: status.rawValue)
    json.add("defeasible", bool: isDefeasible)
    json.add("weight", double: weight)
    json.add("supersedes", optionalString: supersedes?.description)
    json.add("names", objects: names.map(Self.templateJSON))
    json.add("description", optionalString: summary)
    json.add(
      "sources",
      objects: sources.map { source in
        var json = JSONText(version: nil)
        json.add("citation", string: source.citation)
        json.add("ref", optionalString: source.key)
        json.add("pages", optionalString: source.pages)
        json.add("uri", optionalString: source.uri)
        return json
      })
    json.add(
      "variables",
      objects: variables.map { variable in
        var json = JSONText(version: nil)
        json.add("name", string: variable.name)
        json.add("type", string: variable.type)
        json.add("required", bool: variable.isRequired)
        json.add("bind", optionalString: variable.binding)
        json.add("description", optionalString: variable.summary)
        return json
      })
    json.add(
      "premises",
      objects: premises.map { premise in
        var json = Self.statementJSON(premise.statement)
        json.add("role", string: premise.role.rawValue)
        json.add("label", optionalString: premise.label)
        return json
      })
    json.add("conclusion", object: Self.statementJSON(conclusion))
    json.add("criticalQuestions", objects: criticalQuestions.map(Self.questionJSON))
    json.add(
      "changelog",
      objects: changelog.map { change in
        var json = JSONText(version: nil)
        json.add("version", string: change.version.description)
        json.add("date", string: change.date)
        json.add("note", string: change.note)
        return json
      })
    return json
  }

  private static func templateJSON(_ template: TextTemplate) -> JSONText {
    var json = JSONText(version: nil)
    json.add("text", string: template.description)
    json.add("lang", optionalString: template.language)
    json.add("variables", strings: template.variables)
    return json
  }

  private static func statementJSON(_ statement: Statement) -> JSONText {
    var json = JSONText(version: nil)
    json.add("id", string: statement.id)
    json.add("texts", objects: statement.texts.map(templateJSON))
    json.add("formula", optionalString: statement.formula)
    return json
  }

  private static func questionJSON(_ question: CriticalQuestion) -> JSONText {
    var json = JSONText(version: nil)
    json.add("id", string: question.id)
    json.add("attack", string: question.attack.rawValue)
    json.add("premise", optionalString: question.premise)
    json.add("burden", string: question.burden.rawValue)
    json.add("activation", string: question.activation.rawValue)
    json.add("counterScheme", optionalString: question.counterScheme?.description)
    json.add("weight", double: question.weight)
    json.add("questions", objects: question.questions.map(templateJSON))
    json.add("attackerClaims", objects: question.attackerClaims.map(templateJSON))
    json.add("note", optionalString: question.note)
    return json
  }
}
