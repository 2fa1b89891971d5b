import Agents
import ArgMedSupport

/// The cases of an evaluation: a MedQA JSONL file (one case per line) or a
/// PubMedQA JSON file (an object from PMID to record, as `ori_pqal.json`
/// has it, or an array of records or cases).
///
/// Every case needs a unique id, the key the results file resumes by: a
/// case's `id`, a PubMedQA record's PMID, or `line-N` for a MedQA line
/// without one.
public struct EvaluationDataset: Sendable {
  public var path: String
  public var cases: [ClinicalCase]

  /// The largest dataset read, in bytes.
  public static let maximumFileSize = 512 << 20

  public init(path: String, cases: [ClinicalCase]) {
    self.path = path
    self.cases = cases
  }

  /// Reads a dataset file: JSON Lines when the name ends in `.jsonl`, one
  /// JSON document otherwise.
  ///
  /// - Throws: `AgentsError.invalidCase` naming the line (`file:12`) or
  ///   the record, the field and what is wrong.
  /// - Complexity: linear in the size of the file.
  public init(contentsOfFile path: String) throws(AgentsError) {
    let bytes = try ClinicalCase.fileBytes(path, limit: Self.maximumFileSize)
    let cases =
      path.lowercased().hasSuffix(".jsonl")
      ? try Self.lines(bytes, path: path) : try Self.document(bytes, path: path)
    try self.init(path: path, checking: cases)
  }

  /// The cases by their ids (the first of a repeated one).
  var casesByID: [String: ClinicalCase] {
    Dictionary(cases.map { ($0.id ?? "", $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// A dataset of `cases`, whose ids must be unique.
  ///
  /// - Throws: `AgentsError.invalidCase` naming a repeated id.
  public init(path: String, checking cases: [ClinicalCase]) throws(AgentsError) {
    var seen: Set<String> = []
    for item in cases {
      let id = item.id ?? ""
      guard seen.insert(id).inserted else {
        throw .invalidCase(path: path, field: "id", problem: "\"\(id)\" names two cases")
      }
    }
    guard !cases.isEmpty else {
      throw .invalidCase(path: path, field: "", problem: "holds no case")
    }
    self.init(path: path, cases: cases)
  }

  /// One case per non-empty line.
  private static func lines(_ bytes: [UInt8], path: String) throws(AgentsError) -> [ClinicalCase] {
    var cases: [ClinicalCase] = []
    var lineNumber = 0
    var lineOf: [String: Int] = [:]
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      guard line.contains(where: { !$0.isWhitespace }) else { continue }
      var item = try ClinicalCase(jsonLine: Array(line), path: "\(path):\(lineNumber)")
      if item.id == nil { item.id = "line-\(lineNumber)" }
      if let first = lineOf[item.id ?? ""] {
        throw .invalidCase(
          path: "\(path):\(lineNumber)", field: "id",
          problem: "\"\(item.id ?? "")\" is also the id of line \(first)")
      }
      lineOf[item.id ?? ""] = lineNumber
      cases.append(item)
    }
    return cases
  }

  /// A PubMedQA object from PMID to record, an array, or one case.
  private static func document(
    _ bytes: [UInt8], path: String
  ) throws(AgentsError) -> [ClinicalCase] {
    let object: JSON
    do {
      object = try JSON(parsing: bytes, fragments: true)
    } catch {
      throw .invalidCase(
        path: error.place(in: path), field: "",
        problem: error.message(kind: "datasets") + " (a .jsonl file is read a case per line)")
    }
    if let records = object.array {
      return try records.enumerated().map { (index, record) throws(AgentsError) in
        var item = try ClinicalCase(object: record, path: "\(path)[\(index)]")
        if item.id == nil { item.id = "record-\(index + 1)" }
        return item
      }
    }
    guard let dictionary = object.dictionary else {
      throw .invalidCase(path: path, field: "", problem: "must be an object or an array of cases")
    }
    // One case, or an object of records keyed by their ids.
    if dictionary["question"] != nil || dictionary["QUESTION"] != nil {
      return [try ClinicalCase(object: object, path: path)]
    }
    return try dictionary.keys.sorted().map { (key: String) throws(AgentsError) in
      var item = try ClinicalCase(object: dictionary[key] ?? .null, path: "\(path)[\(key)]")
      if item.id == nil { item.id = key }
      return item
    }
  }
}

extension UInt8 {
  fileprivate var isWhitespace: Bool {
    self == 0x20 || self == 0x09 || self == 0x0D || self == 0x0A
  }
}

extension EvaluationDataset {
  /// At most `count` cases: the first ones, or with a `seed` a random
  /// sample of them (in file order), the same for the same seed.
  ///
  /// - Complexity: O(*n*).
  public func limited(to count: Int, seed: UInt64?) -> EvaluationDataset {
    guard count < cases.count else { return self }
    guard let seed else { return EvaluationDataset(path: path, cases: Array(cases.prefix(count))) }
    var generator = SeededGenerator(seed: seed)
    var indices = Array(cases.indices)
    // A partial Fisher–Yates shuffle picks `count` indices.
    for position in 0..<count {
      indices.swapAt(position, Int.random(in: position..<indices.count, using: &generator))
    }
    return EvaluationDataset(
      path: path, cases: indices.prefix(count).sorted().map { cases[$0] })
  }
}

/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014): a small seeded generator, the same on every
/// platform.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}
