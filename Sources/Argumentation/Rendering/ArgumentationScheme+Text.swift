extension ArgumentationScheme {
  /// A plain-text description of the scheme, for people.
  ///
  /// The header, the variables, the premises, the conclusion, the critical
  /// questions, the sources and the changelog; slots are written `{X}`.
  ///
  /// ```text
  /// clinical.decision@1.0.0: Argument for a clinical decision (ASDM)
  /// kind decision, concludes a decision, active
  /// …
  /// Premises
  ///   P1  minor (patient fact)  {P} presents with {F}.
  /// ```
  public var textDescription: String {
    var lines = ["\(reference): \(name)"]
    let conclusionKind = concludes == .decision ? "a decision" : "a belief"
    var traits = ["kind \(kind)", "concludes \(conclusionKind)", status.rawValue]
    if !isDefeasible { traits.append("strict") }
    if let weight { traits.append("weight \(weight)") }
    if let supersedes { traits.append("supersedes \(supersedes)") }
    lines.append(traits.joined(separator: ", "))
    if let summary { lines += ["", summary] }
    lines += ["", "Variables"]
    for variable in variables {
      var line = "  \(variable.name)  \(variable.type)"
      if !variable.isRequired { line += " (optional)" }
      if let binding = variable.binding { line += " from \(binding)" }
      if let summary = variable.summary { line += "  \(summary)" }
      lines.append(line)
    }
    lines += ["", "Premises"]
    for premise in premises {
      let label = premise.label.map { " (\($0))" } ?? ""
      lines.append("  \(premise.id)  \(premise.role.rawValue)\(label)  \(premise.text)")
    }
    lines += ["", "Conclusion", "  \(conclusion.id)  \(conclusion.text)"]
    if !criticalQuestions.isEmpty {
      lines += ["", "Critical questions"]
      for question in criticalQuestions {
        var head = "  \(question.id)  \(question.attack.rawValue)"
        if let premise = question.premise { head += " \(premise)" }
        if let counter = question.counterScheme { head += " → \(counter)" }
        head += " (burden: \(question.burden.rawValue), \(question.activation.rawValue))"
        lines += [
          head, "      \(question.question)", "      Attacker's claim: \(question.attackerClaim)",
        ]
      }
    }
    if !sources.isEmpty {
      lines += ["", "Sources"]
      lines += sources.map { source in
        let key = source.key.map { "[\($0)] " } ?? ""
        let pages = source.pages.map { ", pages \($0)" } ?? ""
        let uri = source.uri.map { " <\($0)>" } ?? ""
        return "  \(key)\(source.citation)\(pages)\(uri)"
      }
    }
    lines += ["", "Changelog"]
    lines += changelog.map { "  \($0.version) (\($0.date))  \($0.note)" }
    return lines.joined(separator: "\n")
  }
}
