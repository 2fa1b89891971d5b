import LLMBridge

/// A way of answering a case that an evaluation compares.
public enum EvaluationMethod: String, Hashable, Sendable, CaseIterable {
  /// ArgMed-Agents' discussion.
  case argmed
  /// The model answers directly.
  case direct
  /// The model reasons step by step, then answers.
  case cot
}

/// How one method answered one case: a line of the results file.
public struct CaseResult: Hashable, Sendable {
  public var method: EvaluationMethod
  public var caseID: String
  /// The case's content fingerprint (`ClinicalCase.fingerprint`): a
  /// resumed run checks that the case is still the one answered.
  public var caseHash: String?
  /// The option answered; `nil` when none was (no decision, or a failure).
  public var answer: String?
  /// The right option, when the case knows it.
  public var expected: String?
  /// ArgMed only: no decision survived (the paper's Conjecture 1).
  public var noDecision: Bool
  /// ArgMed only: the options that tie, when nothing separated the
  /// optional decisions (then `answer` is `nil`).
  public var tied: [String]
  /// Why the method gave no answer, when it failed to.
  public var failure: String?
  /// ArgMed only: the decision rule that gave the outcome.
  public var rule: String?
  /// The turns that failed on the way (replies that never fit).
  public var failedTurns: Int
  public var modelCalls: Int
  public var promptTokens: Int
  public var completionTokens: Int
  /// Wall-clock seconds the case took.
  public var seconds: Double

  public init(
    method: EvaluationMethod, caseID: String, caseHash: String? = nil, answer: String?,
    expected: String?, noDecision: Bool = false, tied: [String] = [], failure: String? = nil,
    rule: String? = nil, failedTurns: Int = 0, modelCalls: Int, promptTokens: Int,
    completionTokens: Int, seconds: Double
  ) {
    self.tied = tied
    self.method = method
    self.caseID = caseID
    self.caseHash = caseHash
    self.failedTurns = failedTurns
    self.answer = answer
    self.expected = expected
    self.noDecision = noDecision
    self.failure = failure
    self.rule = rule
    self.modelCalls = modelCalls
    self.promptTokens = promptTokens
    self.completionTokens = completionTokens
    self.seconds = seconds
  }

  /// The case and the method: what the results file is keyed by.
  public var key: Evaluation.Key { Evaluation.Key(method: method, caseID: caseID) }

  /// Whether the answer is the right one; `nil` when the case has no key.
  ///
  /// A tie is not a right answer, even when it holds the right option.
  public var isCorrect: Bool? { expected.map { $0 == answer } }

  /// Whether the outcome is a tie.
  public var isTie: Bool { !tied.isEmpty }

  /// The credit the outcome earns: 1 for the right answer, 1/*k* for a
  /// tie of *k* options that holds it, 0 otherwise; `nil` when the case
  /// has no key.
  public var credit: Double? {
    expected.map { key in
      if key == answer { return 1 }
      return tied.contains(key) ? 1 / Double(tied.count) : 0
    }
  }

  /// The results file's version, written in every line as `"version"`.
  public static let formatVersion = 1

  /// The result as one line of JSON, without its newline.
  public var jsonLine: String {
    let optional: (String?) -> JSONValue = { $0.map { .string($0) } ?? .null }
    return JSONValue.object([
      ("version", .number(Double(Self.formatVersion))), ("method", .string(method.rawValue)),
      ("case", .string(caseID)), ("caseHash", optional(caseHash)), ("answer", optional(answer)),
      ("expected", optional(expected)),
      ("correct", isCorrect.map { .bool($0) } ?? .null), ("noDecision", .bool(noDecision)),
      ("tied", .array(tied.map { .string($0) })), ("failure", optional(failure)),
      ("rule", optional(rule)),
      ("failedTurns", .number(Double(failedTurns))),
      ("modelCalls", .number(Double(modelCalls))), ("promptTokens", .number(Double(promptTokens))),
      ("completionTokens", .number(Double(completionTokens))),
      ("seconds", .number(Self.milliseconds(seconds))),
    ]).text
  }

  /// Reads a line of the results file; `nil` when it is not one.
  public init?(jsonLine line: String) {
    guard let value = try? JSONValue(parsing: line), value["version"]?.countValue == 1,
      let method = value["method"]?.stringValue.flatMap(EvaluationMethod.init(rawValue:)),
      let caseID = value["case"]?.stringValue,
      let modelCalls = value["modelCalls"]?.countValue,
      let promptTokens = value["promptTokens"]?.countValue,
      let completionTokens = value["completionTokens"]?.countValue,
      case .number(let seconds)? = value["seconds"], seconds.isFinite, (0...1e9).contains(seconds),
      case .bool(let noDecision)? = value["noDecision"]
    else { return nil }
    self.init(
      method: method, caseID: caseID, caseHash: value["caseHash"]?.stringValue,
      answer: value["answer"]?.stringValue, expected: value["expected"]?.stringValue,
      noDecision: noDecision,
      tied: (value["tied"]?.arrayValue ?? []).compactMap(\.stringValue),
      failure: value["failure"]?.stringValue,
      rule: value["rule"]?.stringValue, failedTurns: value["failedTurns"]?.countValue ?? 0,
      modelCalls: modelCalls, promptTokens: promptTokens, completionTokens: completionTokens,
      seconds: Self.milliseconds(seconds))
  }

  /// Seconds kept to the millisecond, as the results file writes them.
  static func milliseconds(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }
}
