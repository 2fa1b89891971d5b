/// The rules between scheme files: each `id@version` once, and every
/// counter-scheme known.
///
/// - Complexity: O(*q* log *s*) for *q* questions over *s* schemes.
struct CatalogRules {
  let located: [LocatedScheme]
  /// Schemes that counter-schemes may also name.
  let base: SchemeCatalog?

  func diagnostics() -> [SchemeDiagnostic] {
    duplicates() + counterSchemes()
  }

  /// The scheme a question's counter-scheme resolves to, if any.
  private func resolve(_ reference: SchemeReference, in local: SchemeCatalog)
    -> ArgumentationScheme?
  {
    local.scheme(matching: reference) ?? base?.scheme(matching: reference)
  }

  /// A second definition of one `id@version`, reported where it is.
  private func duplicates() -> [SchemeDiagnostic] {
    var first: [SchemeReference: LocatedScheme] = [:]
    var result: [SchemeDiagnostic] = []
    for scheme in located {
      let reference = scheme.scheme.reference
      if let original = first[reference] {
        let place = SchemeDiagnostic(
          file: original.file, at: original.sites.scheme, "")
        result.append(
          SchemeDiagnostic(
            file: scheme.file, at: scheme.sites.scheme,
            "scheme \(reference) is defined twice; the first is at "
              + "\(place.file):\(place.line ?? 1):\(place.column ?? 1)"))
      } else {
        first[reference] = scheme
      }
    }
    return result
  }

  /// Every counter-scheme is among the files or in the base catalog, and a
  /// belief scheme's counter-scheme concludes a belief: in ArgMed-Agents a
  /// decision argument never attacks a belief argument (Hong et al., BIBM
  /// 2024, Definition 3).
  private func counterSchemes() -> [SchemeDiagnostic] {
    let local = SchemeCatalog(located)
    var result: [SchemeDiagnostic] = []
    for scheme in located {
      for question in scheme.scheme.criticalQuestions {
        guard let reference = question.counterScheme else { continue }
        let position =
          scheme.sites.questionAttributes[question.id]?["counterScheme"]
          ?? scheme.sites.questions[question.id] ?? scheme.sites.scheme
        guard let counter = resolve(reference, in: local) else {
          let what =
            reference.version.map { "no version \($0) of \(reference.id) is loaded" }
            ?? "no scheme \(reference.id) is loaded"
          result.append(
            SchemeDiagnostic(
              file: scheme.file, at: position,
              "question \(question.id) names the counter-scheme \(reference), but \(what)"))
          continue
        }
        if scheme.scheme.concludes == .belief && counter.concludes == .decision {
          result.append(
            SchemeDiagnostic(
              file: scheme.file, at: position,
              "question \(question.id) of a belief scheme names \(reference), which concludes a "
                + "decision; a decision argument never attacks a belief argument"))
        }
      }
    }
    return result
  }
}
