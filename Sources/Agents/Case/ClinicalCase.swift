/// A clinical question for the agents to discuss: the question, the
/// options to decide between, and what is known.
///
/// The file format keeps MedQA's keys, so a MedQA JSONL line is a case as
/// it stands (`question`, `options`, and optionally `answer`, `answer_idx`,
/// `meta_info`, `id`); a PubMedQA record (`QUESTION`, `CONTEXTS`,
/// `final_decision`) is read as a question with the options yes, no and
/// maybe. ArgMed's own additions are optional: the patient's findings and
/// the goal of care, and `knowledge`, statements about the options. Real
/// models get these as evidence in their prompts; the mock model knows
/// nothing else.
///
/// ```json
/// {"id": "migraine-prevention",
///  "question": "Which drug is suitable for the prevention of her headaches?",
///  "options": {"A": "Valproate", "B": "Propranolol", "C": "Verapamil"},
///  "answer_idx": "B",
///  "patient": {"findings": ["recurrent unilateral pulsatile headaches", "essential tremor"],
///              "goal": "fewer migraine attacks"},
///  "knowledge": [
///    {"kind": "achieves", "option": "B", "goal": "fewer migraine attacks"},
///    {"kind": "side-effect", "option": "A", "effect": "birth defects",
///     "because": "an 18-year-old woman who may become pregnant"}]}
/// ```
public struct ClinicalCase: Hashable, Sendable {
  /// One option: its letter and its text.
  public struct Option: Hashable, Sendable {
    public var key: String
    public var text: String

    public init(key: String, text: String) {
      self.key = key
      self.text = text
    }
  }

  /// Where the case came from.
  public enum Source: String, Hashable, Sendable {
    case argmed
    case medQA = "medqa"
    case pubMedQA = "pubmedqa"
  }

  public var id: String?
  public var question: String
  /// The options in key order (A, B, C, …).
  public var options: [Option]
  /// The correct option's key, when the case knows it (for evaluation).
  public var answerKey: String?
  public var metaInfo: String?
  /// Background text, such as a PubMedQA abstract's sections.
  public var contexts: [String]
  public var findings: [String]
  public var goal: String?
  public var knowledge: [KnowledgeStatement]
  public var source: Source

  public init(
    id: String? = nil, question: String, options: [Option], answerKey: String? = nil,
    metaInfo: String? = nil, contexts: [String] = [], findings: [String] = [], goal: String? = nil,
    knowledge: [KnowledgeStatement] = [], source: Source = .argmed
  ) {
    self.id = id
    self.question = question
    self.options = options
    self.answerKey = answerKey
    self.metaInfo = metaInfo
    self.contexts = contexts
    self.findings = findings
    self.goal = goal
    self.knowledge = knowledge
    self.source = source
  }

  /// The option with this key.
  public func option(_ key: String) -> Option? {
    options.first { $0.key == key }
  }
}

/// A statement about one option that the case provides as evidence.
public struct KnowledgeStatement: Hashable, Sendable {
  /// What the statement says about its option.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// The option achieves `goal`.
    case achieves
    /// The option has the side effect `effect`, serious `because` of the
    /// patient's findings.
    case sideEffect = "side-effect"
    /// The option is contraindicated in the patient's `condition`.
    case contraindication
    /// The option exposes the patient to the `danger`.
    case danger
    /// The option achieves the goal better than the option `than`.
    case betterThan = "better-than"
    /// Evidence (`source`) for the `claim` about the option.
    case evidence
    /// The option also helps the patient's `finding`, beyond the goal of
    /// care.
    case benefit
  }

  public var kind: Kind
  /// The key of the option the statement is about.
  public var option: String
  /// The kind's own fields: `goal`, `effect`, `because`, `condition`,
  /// `danger`, `than`, `claim`, `finding`.
  public var fields: [String: String]
  /// Where the statement comes from, for people.
  public var source: String?

  public init(kind: Kind, option: String, fields: [String: String], source: String? = nil) {
    self.kind = kind
    self.option = option
    self.fields = fields
    self.source = source
  }

  /// The fields each kind needs.
  public static func requiredFields(of kind: Kind) -> [String] {
    switch kind {
    case .achieves: ["goal"]
    case .sideEffect: ["effect"]
    case .contraindication: ["condition"]
    case .danger: ["danger"]
    case .betterThan: ["than"]
    case .evidence: ["claim"]
    case .benefit: ["finding"]
    }
  }

  /// The fields a kind may have besides the required ones.
  public static func optionalFields(of kind: Kind) -> [String] {
    switch kind {
    case .sideEffect: ["because"]
    case .betterThan: ["because"]
    default: []
    }
  }
}

extension ClinicalCase {
  /// A fingerprint of what the case says: FNV-1a, 64 bits, in hex.
  ///
  /// It covers the question, the options, the right answer, the findings, the goal, the
  /// contexts and the knowledge. Two cases that say the same have the same
  /// fingerprint on every platform.
  ///
  /// - Complexity: linear in the size of the case.
  public var fingerprint: String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    func mix(_ text: String) {
      for byte in text.utf8 + [0] {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
      }
    }
    mix(question)
    for option in options {
      mix(option.key)
      mix(option.text)
    }
    mix(answerKey ?? "")
    findings.forEach(mix)
    mix(goal ?? "")
    contexts.forEach(mix)
    for statement in knowledge {
      mix(statement.kind.rawValue)
      mix(statement.option)
      for name in statement.fields.keys.sorted() {
        mix(name)
        mix(statement.fields[name] ?? "")
      }
      mix(statement.source ?? "")
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
