import LLMBridge

/// The case as every agent's prompt presents it: the question, what is
/// known of the patient, the context, the options, and the knowledge
/// statements numbered K1, K2, … so that answers can cite them.
struct CaseBrief: Sendable {
  let clinicalCase: ClinicalCase

  /// The id of the statement at `index` in the case's knowledge: K1, K2, ….
  static func knowledgeID(_ index: Int) -> String { "K\(index + 1)" }

  /// The statements with their ids.
  var numberedKnowledge: [(id: String, statement: KnowledgeStatement)] {
    clinicalCase.knowledge.enumerated().map { (Self.knowledgeID($0.offset), $0.element) }
  }

  /// The statement with this id.
  func statement(_ id: String) -> KnowledgeStatement? {
    numberedKnowledge.first { $0.id == id }?.statement
  }

  /// The case as prompt text.
  var text: String {
    var lines = [PromptSection.clinicalQuestion.text(.string(clinicalCase.question))]
    if !clinicalCase.findings.isEmpty || clinicalCase.goal != nil {
      lines += ["", PromptSection.patient.text(patientValue)]
    }
    if !clinicalCase.contexts.isEmpty {
      lines += ["", PromptSection.contexts.text(.array(clinicalCase.contexts.map { .string($0) }))]
    }
    lines += ["", PromptSection.options.text(optionsValue)]
    lines += ["", PromptSection.knowledge.text(knowledgeValue)]
    return lines.joined(separator: "\n")
  }

  /// What is known of the patient, and the goal of care.
  var patientValue: JSONValue {
    .object([
      ("findings", .array(clinicalCase.findings.map { .string($0) })),
      ("goal", clinicalCase.goal.map { .string($0) } ?? .null),
    ])
  }

  /// The options as a JSON object, key to text.
  var optionsValue: JSONValue {
    .object(clinicalCase.options.map { ($0.key, .string($0.text)) })
  }

  /// The knowledge as a JSON array of statements with their ids.
  var knowledgeValue: JSONValue {
    .array(numberedKnowledge.map { Self.value(of: $0.statement, id: $0.id) })
  }

  /// One statement as JSON: id, option, kind, its fields, its source.
  static func value(of statement: KnowledgeStatement, id: String) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("id", .string(id)), ("option", .string(statement.option)),
      ("kind", .string(statement.kind.rawValue)),
    ]
    for name in statement.fields.keys.sorted() {
      members.append((name, .string(statement.fields[name] ?? "")))
    }
    if let source = statement.source { members.append(("source", .string(source))) }
    return .object(members)
  }
}
