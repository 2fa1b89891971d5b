import Argumentation
import LLMBridge

/// A supporting argument the Generator brings for a decision: evidence for
/// a claim about it, or a further benefit it brings the patient.
struct ProposedSupport: Hashable, Sendable {
  enum Ground: Hashable, Sendable {
    /// `source` reports `claim` (scheme `clinical.evidence`).
    case evidence(source: String, claim: String)
    /// The decision also helps the patient's `finding` (scheme
    /// `clinical.additional-benefit`).
    case benefit(finding: String)
  }

  /// The decision argument it supports.
  var supports: String
  var ground: Ground
  var knowledge: [String]
  var rationale: String
}

/// The Generator's request for arguments that support the decisions: one
/// decision argument per option argued for, each to be supported by
/// evidence or by a further benefit to the patient.
///
/// The paper's graph is bipolar (its Reasoner finds attacks and
/// supports); supports leave the extensions as they are and raise a
/// decision's gradual strength.
struct SupportRequest: AgentRequest {
  static let schemaName = "argmed_generator_supports"
  /// The most supporting arguments of each ground one reply may bring.
  static let maximumSupports = 16

  /// The decision arguments to support, one per option.
  let decisions: [StructuredArgument]
  /// The graph they are in, for what they already support.
  let graph: ArgumentGraph
  /// Which grounds the catalog has schemes for.
  let offersEvidence: Bool
  let offersBenefits: Bool

  var heading: AgentTurn.Heading { .init(agent: .generator, task: .supportDecisions) }

  func chatRequest(in context: DiscussionContext) -> ChatRequest {
    var kinds: [String] = []
    if offersEvidence {
      kinds.append(
        "evidence: a source (a guideline, trial or review) that reports a claim in favour of the "
          + "decision for this patient")
    }
    if offersBenefits {
      kinds.append(
        "benefits: another finding of this patient, besides the goal of care, that the decision "
          + "also helps")
    }
    let task = """
      Task: bring the arguments that support these decisions, of two kinds: \
      \(kinds.joined(separator: "; ")). Give each with the id of the decision argument it \
      supports, the knowledge statements it rests on and a one-sentence rationale. Bring only \
      support the case, its knowledge or established clinical knowledge gives; an empty list is a \
      fine answer.
      """
    let sections = [
      context.brief.text,
      PromptSection.decisions.text(
        .array(decisions.map { ArgumentPresentation.value(of: $0, in: graph) })),
    ]
    return ChatRequest(
      messages: [
        .system(Generator.system), .user(sections.joined(separator: "\n\n") + "\n\n" + task),
      ],
      model: context.settings.model, maxTokens: context.settings.maxTokens,
      responseSchema: ResponseSchema(name: Self.schemaName, schema: schema))
  }

  var schema: JSONValue {
    let ids = JSONValue.array(decisions.map { .string($0.id) })
    let list = { (fields: [(key: String, value: JSONValue)]) -> JSONValue in
      [
        "type": "array", "maxItems": .number(Double(Self.maximumSupports)),
        "items": .closedObjectSchema(
          [("supports", ["type": "string", "enum": ids])] + fields + [
            ("knowledge", .citationsSchema), ("rationale", ["type": "string"]),
          ]),
      ]
    }
    return .closedObjectSchema(
      [
        ("evidence", list([("source", .textSchema), ("claim", .textSchema)])),
        ("benefits", list([("finding", .textSchema)])),
      ])
  }

  /// The supports of a reply that fits the schema; citations of
  /// statements the case does not have are dropped.
  func reply(from value: JSONValue, in context: DiscussionContext) -> [ProposedSupport] {
    func read(_ key: String, _ ground: (JSONValue) -> ProposedSupport.Ground) -> [ProposedSupport] {
      (value[key]?.arrayValue ?? []).map { item in
        ProposedSupport(
          supports: item["supports"]?.stringValue ?? "", ground: ground(item),
          knowledge: (item["knowledge"]?.arrayValue ?? []).compactMap(\.stringValue)
            .filter { context.brief.statement($0) != nil },
          rationale: (item["rationale"]?.stringValue ?? "").clipped())
      }
    }
    let evidence =
      offersEvidence
      ? read("evidence") {
        .evidence(
          source: $0["source"]?.stringValue ?? "", claim: $0["claim"]?.stringValue ?? "")
      } : []
    let benefits =
      offersBenefits
      ? read("benefits") { .benefit(finding: $0["finding"]?.stringValue ?? "") } : []
    return evidence + benefits
  }
}
