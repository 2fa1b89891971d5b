import Argumentation

extension Generator {
  /// The scheme of a supporting argument from evidence.
  static let evidenceScheme = "clinical.evidence"
  /// The scheme of a supporting argument from a further benefit.
  static let benefitScheme = "clinical.additional-benefit"

  /// Brings the arguments that support the decisions: for the first
  /// decision argument of each option argued for, evidence for it and the
  /// further benefits it brings the patient, each a belief argument that
  /// supports it.
  ///
  /// A support already in the graph (the same scheme and values) supports
  /// from where it is; one with an empty or overlong value, or for an
  /// argument not asked about, is left out and the summary says so. When
  /// the catalog has neither scheme, there is no turn.
  ///
  /// - Returns: the new supporting arguments' ids, for the Verifier to
  ///   question.
  func support(round: Int, into record: inout DiscussionRecord) async throws(AgentsError)
    -> [String]
  {
    let evidence = context.catalog.scheme(id: Self.evidenceScheme)
    let benefit = context.catalog.scheme(id: Self.benefitScheme)
    var seen: Set<String> = []
    let decisions = record.graph.decisions.filter { argument in
      argument.decision.map { seen.insert($0).inserted } ?? false
    }
    guard !decisions.isEmpty, evidence != nil || benefit != nil else { return [] }
    let request = SupportRequest(
      decisions: decisions, graph: record.graph, offersEvidence: evidence != nil,
      offersBenefits: benefit != nil)
    let asked = Set(decisions.map(\.id))
    let brought = try await record.take(request, round: round, in: context) {
      (supports, record: inout DiscussionRecord) -> TurnOutcome<[String]> in
      var added: [(id: String, target: String)] = []
      var again: [String] = []
      var skipped: [String] = []
      for support in supports {
        guard asked.contains(support.supports),
          let target = record.graph.argument(id: support.supports)
        else {
          skipped.append("a support for \(support.supports), which was not asked about")
          continue
        }
        let (scheme, bindings): (ArgumentationScheme?, [String: String]) =
          switch support.ground {
          case .evidence(let source, let claim):
            (evidence, ["P": Self.patient, "E": Self.phrase(source), "A": Self.phrase(claim)])
          case .benefit(let finding):
            (
              benefit,
              [
                "P": Self.patient, "B": Self.phrase(finding),
                "D": target.decision.flatMap { context.brief.clinicalCase.option($0)?.text } ?? "",
              ]
            )
          }
        guard let scheme else { continue }
        guard bindings.values.allSatisfy({ !$0.isEmpty && $0.count <= Self.maximumValueLength })
        else {
          skipped.append("a support for \(target.id) with an empty or overlong value")
          continue
        }
        if let existing = Self.argument(of: scheme, with: bindings, in: record.graph) {
          do throws(ArgumentationError) {
            try record.graph.add(Support(supporter: existing.id, target: target.id))
            again.append("\(existing.id) → \(target.id)")
          } catch {
            skipped.append(error.description)
          }
          continue
        }
        let entered = record.enterArgument { id, graph throws(ArgumentationError) in
          let argument = try scheme.instantiate(
            id: id, bindings: bindings,
            origin: "Generator: supporting \(target.id) (round \(round))")
          try graph.add(argument)
          try graph.add(Support(supporter: id, target: target.id))
        }
        switch entered {
        case .failure(let error): skipped.append(error.description)
        case .success(let id):
          record.bases[id] = ArgumentBasis(
            rationale: support.rationale, knowledge: support.knowledge)
          added.append((id, target.id))
        }
      }
      var summary =
        added.isEmpty && again.isEmpty
        ? "brought no supporting argument"
        : "brought "
          + (added.map { "\($0.id) → \($0.target)" } + again.map { $0 + " (already there)" })
          .joined(separator: ", ")
      if !skipped.isEmpty { summary += "; left out " + skipped.joined(separator: "; ") }
      return .done(added.map(\.id), summary: summary)
    }
    return (try? brought.get()) ?? []
  }
}
