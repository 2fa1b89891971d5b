import ArgMedSupport

/// The rules of the scheme format that XSD 1.0 cannot state, checked on
/// each scheme after the grammar accepted its file.
///
/// Each rule reports every breach, at the element or attribute concerned.
/// The rules follow the roles of premises and the attacks of critical
/// questions in ASPIC+ (Modgil and Prakken 2014) and Carneades (Gordon,
/// Prakken and Walton 2007); see the format guide for the reasons.
///
/// - Complexity: O(*s*) for a scheme of *s* elements.
struct SchemeRules {
  let located: LocatedScheme

  /// Every breach, in the order of the rules.
  func diagnostics() -> [SchemeDiagnostic] {
    formatVersion() + undermining() + exceptions() + variables() + changelog()
      + supersession() + templates() + questionLanguages()
  }

  private var scheme: ArgumentationScheme { located.scheme }
  private var sites: SchemeSites { located.sites }

  private func diagnostic(_ position: TextPosition, _ message: String) -> SchemeDiagnostic {
    SchemeDiagnostic(file: located.file, at: position, message)
  }

  /// A `<scheme>` at the root carries the format version, whose major
  /// version is the namespace's.
  private func formatVersion() -> [SchemeDiagnostic] {
    guard let (version, position) = sites.formatVersion else {
      return sites.isDocumentRoot
        ? [
          diagnostic(
            sites.scheme,
            "a <scheme> at the root of a file needs formatVersion=\"\(SchemeFormat.version)\"")
        ] : []
    }
    guard version.major == SchemeFormat.majorVersion else {
      return [
        diagnostic(
          position,
          "formatVersion \(version) does not belong to format \(SchemeFormat.majorVersion), "
            + "which the namespace \(SchemeFormat.namespace) declares")
      ]
    }
    return []
  }

  /// An undermining question names the premise it attacks, and that
  /// premise is not an exception.
  private func undermining() -> [SchemeDiagnostic] {
    scheme.criticalQuestions.filter { $0.attack == .undermining }.compactMap { question in
      let position = sites.questions[question.id] ?? sites.scheme
      guard let premiseID = question.premise else {
        return diagnostic(
          position,
          "question \(question.id) undermines a premise but does not name one: "
            + "add premise=\"…\"")
      }
      guard let premise = scheme.premise(id: premiseID), premise.role == .exception else {
        return nil
      }
      return diagnostic(
        sites.questionAttributes[question.id]?["premise"] ?? position,
        "question \(question.id) undermines premise \(premiseID), an exception; an exception "
          + "is attacked by an undercutting question")
    }
  }

  /// Every exception has an undercutting question that names it.
  private func exceptions() -> [SchemeDiagnostic] {
    scheme.premises.filter { $0.role == .exception }.compactMap { premise in
      let isQuestioned = scheme.criticalQuestions.contains {
        $0.attack == .undercutting && $0.premise == premise.id
      }
      guard !isQuestioned else { return nil }
      return diagnostic(
        sites.premises[premise.id] ?? sites.scheme,
        "exception \(premise.id) has no undercutting question: add a <cq attack=\"undercutting\" "
          + "premise=\"\(premise.id)\">")
    }
  }

  /// Every required variable occurs in a premise the argument rests on
  /// (major, minor or assumption), and so does every variable of the
  /// conclusion, the exceptions, the questions and the name: otherwise an
  /// instance could not bind it from its premises.
  private func variables() -> [SchemeDiagnostic] {
    let grounded = Set(
      sites.variableUses.filter {
        if case .premise(let role) = $0.place { role != .exception } else { false }
      }.map(\.name))
    var result: [SchemeDiagnostic] = []
    for variable in scheme.variables where variable.isRequired && !grounded.contains(variable.name)
    {
      result.append(
        diagnostic(
          sites.variables[variable.name] ?? sites.scheme,
          "variable \(variable.name) is declared but no major, minor or assumption premise "
            + "uses it"))
    }
    let declared = Set(scheme.variables.map(\.name))
    var reported: Set<String> = []
    for use in sites.variableUses
    where declared.contains(use.name) && !grounded.contains(use.name) && !isPremise(use.place) {
      guard reported.insert(use.name).inserted else { continue }
      result.append(
        diagnostic(
          use.position,
          "variable \(use.name) appears in \(Self.describe(use.place)) but in no major, minor "
            + "or assumption premise, so no instance can bind it"))
    }
    return result
  }

  private func isPremise(_ place: SchemeSites.VariableUse.Place) -> Bool {
    if case .premise(let role) = place { role != .exception } else { false }
  }

  private static func describe(_ place: SchemeSites.VariableUse.Place) -> String {
    switch place {
    case .name: "the name"
    case .premise: "an exception"
    case .conclusion: "the conclusion"
    case .question: "a question"
    case .attackerClaim: "an attacker's claim"
    }
  }

  /// The changelog lists its entries newest first, and the newest is the
  /// scheme's version.
  private func changelog() -> [SchemeDiagnostic] {
    for (index, (newer, older)) in zip(scheme.changelog, scheme.changelog.dropFirst())
      .enumerated() where newer.version < older.version
    {
      return [
        diagnostic(
          sites.changes.indices.contains(index + 1) ? sites.changes[index + 1] : sites.scheme,
          "changelog entry \(older.version) comes after the older \(newer.version); list the "
            + "newest first")
      ]
    }
    guard let newest = scheme.changelog.map(\.version).max(), newest != scheme.version else {
      return []
    }
    let position =
      scheme.changelog.firstIndex { $0.version == newest }.flatMap {
        sites.changes.indices.contains($0) ? sites.changes[$0] : nil
      } ?? sites.scheme
    return [
      diagnostic(
        position,
        "the newest changelog entry is for version \(newest), but the scheme's version is "
          + "\(scheme.version)")
    ]
  }

  /// A scheme supersedes an older version of itself, or another scheme.
  private func supersession() -> [SchemeDiagnostic] {
    guard let supersedes = scheme.supersedes, supersedes.id == scheme.id,
      let version = supersedes.version, version >= scheme.version
    else { return [] }
    return [
      diagnostic(
        sites.attributes["supersedes"] ?? sites.scheme,
        "the scheme supersedes its own version \(version), which is not older than "
          + "\(scheme.version)")
    ]
  }

  /// Names, texts, questions and claims are not blank, and each language
  /// appears once among the texts of one part.
  private func templates() -> [SchemeDiagnostic] {
    var result: [SchemeDiagnostic] = []
    var languages: Set<String> = []
    for site in sites.templates {
      if site.template.isBlank {
        result.append(diagnostic(site.position, "the <\(site.element)> of \(site.owner) is empty"))
      }
      let language = site.template.language?.lowercased() ?? "(no language)"
      if !languages.insert("\(site.owner)\u{0}\(site.element)\u{0}\(language)").inserted {
        result.append(
          diagnostic(
            site.position,
            "\(site.owner) has a second <\(site.element)> in language \(language); give one "
              + "per language"))
      }
    }
    return result
  }

  /// A question and its attacker's claim come in the same languages, so
  /// that whoever asks in one language can state the attack in it.
  private func questionLanguages() -> [SchemeDiagnostic] {
    scheme.criticalQuestions.compactMap { question in
      let asked = Set(question.questions.map { $0.language?.lowercased() ?? "" })
      let claimed = Set(question.attackerClaims.map { $0.language?.lowercased() ?? "" })
      guard asked != claimed else { return nil }
      let describe: (Set<String>) -> String = { languages in
        languages.sorted().map { $0.isEmpty ? "(no language)" : $0 }.joined(separator: ", ")
      }
      return diagnostic(
        sites.questions[question.id] ?? sites.scheme,
        "question \(question.id) is asked in \(describe(asked)) but its attacker's claim is "
          + "stated in \(describe(claimed)); give both in the same languages")
    }
  }
}
