import ArgMedSupport

extension ClinicalCase {
  /// The largest case file read, in bytes.
  public static let maximumFileSize = 4 << 20
  /// The longest text of a case (a question, an option, a finding, a
  /// context, a statement's field), in UTF-8 bytes.
  public static let maximumTextLength = 256 << 10
  /// The most options, findings, contexts and knowledge statements each.
  public static let maximumItems = 1_000

  /// Reads a case file (JSON: an ArgMed case, a MedQA line, or a PubMedQA
  /// record).
  ///
  /// - Throws: `AgentsError.invalidCase` naming the field and what is
  ///   wrong with it.
  public init(contentsOfFile path: String) throws(AgentsError) {
    let bytes = try Self.fileBytes(path, limit: Self.maximumFileSize)
    try self.init(json: bytes, path: path)
  }

  /// The bytes of a regular file of at most `limit` bytes, read for a case
  /// or a dataset.
  ///
  /// - Throws: `AgentsError.invalidCase` saying why it cannot be read.
  package static func fileBytes(_ path: String, limit: Int) throws(AgentsError) -> [UInt8] {
    do {
      return try FileContents.bytes(ofFile: path, limit: limit, regularFileOnly: true)
    } catch {
      let problem = error.isTooLarge ? error.reason : "cannot be read: \(error.reason)"
      throw .invalidCase(path: path, field: "", problem: problem)
    }
  }

  /// Reads a case from JSON bytes; `path` names it in errors.
  ///
  /// - Throws: `AgentsError.invalidCase`.
  public init(json bytes: [UInt8], path: String = "<case>") throws(AgentsError) {
    try self.init(json: bytes, path: path, isOneLine: false)
  }

  /// Reads a case from one line of a JSON Lines file: `path` is
  /// `file:line`, and a syntax error is placed at `file:line:column`.
  package init(jsonLine bytes: [UInt8], path: String) throws(AgentsError) {
    try self.init(json: bytes, path: path, isOneLine: true)
  }

  private init(json bytes: [UInt8], path: String, isOneLine: Bool) throws(AgentsError) {
    let object: JSON
    do {
      object = try JSON(parsing: bytes)
    } catch {
      // Within one line of a file, the place is the column alone.
      let place =
        isOneLine
        ? error.position.map { "\(path):\($0.column)" } ?? path : error.place(in: path)
      throw .invalidCase(path: place, field: "", problem: error.message(kind: "case files"))
    }
    self = try CaseReader(path: path).read(object)
  }

  /// Reads a case from parsed JSON (an object); `path` names it in errors.
  ///
  /// - Throws: `AgentsError.invalidCase`.
  package init(object: JSON, path: String) throws(AgentsError) {
    self = try CaseReader(path: path).read(object)
  }
}

/// Reads a case out of parsed JSON, naming the field of whatever is wrong.
private struct CaseReader {
  let path: String

  func fail(_ field: String, _ problem: String) -> AgentsError {
    .invalidCase(path: path, field: field, problem: problem)
  }

  /// Whether a parsed JSON value is the integer 1: not `true`, not `1.0`,
  /// not `"1"`.
  static func isIntegerOne(_ value: JSON) -> Bool {
    value.number?.integer == 1
  }

  func read(_ object: JSON) throws(AgentsError) -> ClinicalCase {
    guard let root = object.dictionary else {
      throw fail("", "must be a JSON object")
    }
    if root["QUESTION"] != nil { return try pubMedQA(root) }
    let known: Set<String> = [
      "version", "id", "question", "options", "answer", "answer_idx", "meta_info",
      "metamap_phrases", "contexts", "patient", "knowledge",
    ]
    if let unknown = root.keys.sorted().first(where: { !known.contains($0) }) {
      throw fail(unknown, "is not a field of a case")
    }
    if let version = root["version"], !Self.isIntegerOne(version) {
      throw fail("version", "must be 1, an integer")
    }
    let question = try text(root["question"], "question")
    guard let optionObject = root["options"]?.dictionary, !optionObject.isEmpty else {
      throw fail("options", "must be an object of options, such as {\"A\": \"…\", \"B\": \"…\"}")
    }
    try bounded(optionObject.count, "options")
    var options: [ClinicalCase.Option] = []
    for key in optionObject.keys.sorted(by: ClinicalCase.precedesNaturally) {
      guard (1...16).contains(key.count),
        key.unicodeScalars.allSatisfy({
          ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0)
            || $0 == "_" || $0 == "-"
        })
      else {
        throw fail(
          "options", "has the key \"\(key)\"; a key is 1 to 16 letters, digits, _ or -")
      }
      options.append(.init(key: key, text: try text(optionObject[key], "options.\(key)")))
    }
    guard options.count >= 2 else { throw fail("options", "must hold at least two options") }
    var answerKey = try optionalText(root["answer_idx"], "answer_idx")
    if let key = answerKey, !optionObject.keys.contains(key) {
      throw fail("answer_idx", "is \"\(key)\", which is not one of the options")
    }
    if let answer = try optionalText(root["answer"], "answer") {
      let matching = options.first { $0.text == answer }?.key
      if answerKey == nil {
        guard let matching else { throw fail("answer", "matches no option's text") }
        answerKey = matching
      } else if let matching, matching != answerKey {
        throw fail(
          "answer", "is the text of option \(matching), but answer_idx is \(answerKey ?? "")")
      }
    }
    var findings: [String] = []
    var goal: String?
    if let patient = root["patient"] {
      guard let patient = patient.dictionary else {
        throw fail("patient", "must be an object")
      }
      for key in patient.keys.sorted() where key != "findings" && key != "goal" {
        throw fail("patient.\(key)", "is not a field of the patient (findings, goal)")
      }
      findings = try texts(patient["findings"], "patient.findings")
      goal = try optionalText(patient["goal"], "patient.goal")
    }
    var knowledge: [KnowledgeStatement] = []
    if let list = root["knowledge"] {
      guard let list = list.array else { throw fail("knowledge", "must be an array") }
      try bounded(list.count, "knowledge")
      for (index, item) in list.enumerated() {
        knowledge.append(try statement(item, "knowledge[\(index)]", options: optionObject))
      }
    }
    return ClinicalCase(
      id: try optionalText(root["id"], "id"), question: question, options: options,
      answerKey: answerKey, metaInfo: try optionalText(root["meta_info"], "meta_info"),
      contexts: try texts(root["contexts"], "contexts"), findings: findings, goal: goal,
      knowledge: knowledge,
      source: root["knowledge"] == nil && root["patient"] == nil ? .medQA : .argmed)
  }

  private func statement(
    _ item: JSON, _ field: String, options: [String: JSON]
  ) throws(AgentsError) -> KnowledgeStatement {
    guard let entry = item.dictionary else { throw fail(field, "must be an object") }
    do {
      return try KnowledgeStatement(
        members: entry.mapValues(KnowledgeStatement.Member.init), options: Set(options.keys))
    } catch {
      throw fail("\(field).\(error.member)", error.problem)
    }
  }

  /// A PubMedQA record: a yes/no/maybe question over an abstract.
  private func pubMedQA(_ root: [String: JSON]) throws(AgentsError) -> ClinicalCase {
    let question = try text(root["QUESTION"], "QUESTION")
    let options = [("A", "yes"), ("B", "no"), ("C", "maybe")].map {
      ClinicalCase.Option(key: $0.0, text: $0.1)
    }
    var answerKey: String?
    if let decision = try optionalText(root["final_decision"], "final_decision") {
      guard let key = options.first(where: { $0.text == decision })?.key else {
        throw fail("final_decision", "must be yes, no or maybe")
      }
      answerKey = key
    }
    var id = try optionalText(root["id"], "id")
    if id == nil { id = try optionalText(root["PMID"], "PMID") }
    return ClinicalCase(
      id: id,
      question: question, options: options, answerKey: answerKey,
      contexts: try texts(root["CONTEXTS"], "CONTEXTS"), source: .pubMedQA)
  }

  private func text(_ value: JSON?, _ field: String) throws(AgentsError) -> String {
    do {
      return try KnowledgeStatement.text(value.map(KnowledgeStatement.Member.init), named: field)
    } catch {
      throw fail(field, error.problem)
    }
  }

  private func optionalText(_ value: JSON?, _ field: String) throws(AgentsError) -> String? {
    do {
      return try KnowledgeStatement.optionalText(
        value.map(KnowledgeStatement.Member.init), named: field)
    } catch {
      throw fail(field, error.problem)
    }
  }

  private func bounded(_ count: Int, _ field: String) throws(AgentsError) {
    guard count <= ClinicalCase.maximumItems else {
      throw fail(field, "holds \(count) items, more than the limit of \(ClinicalCase.maximumItems)")
    }
  }

  private func texts(_ value: JSON?, _ field: String) throws(AgentsError) -> [String] {
    guard let value, !value.isNull else { return [] }
    guard let list = value.array else { throw fail(field, "must be an array of strings") }
    try bounded(list.count, field)
    var result: [String] = []
    for (index, item) in list.enumerated() { result.append(try text(item, "\(field)[\(index)]")) }
    return result
  }
}

extension KnowledgeStatement.Member {
  /// A member of a case file's JSON, or of a prompt's.
  init(_ value: JSON) {
    switch value {
    case .string(let text): self = .text(text)
    case .null: self = .null
    default: self = .other
    }
  }
}
