import Agents

extension Evaluation {
  /// What a run has to do on a dataset: the results a results file
  /// already holds for it, kept, and the answers still to give.
  public struct Plan: Hashable, Sendable {
    /// The results kept, in the file's order: each answers a case of the
    /// dataset, as it now stands, by one of the evaluation's methods.
    public var kept: [CaseResult]
    /// The answers still to give, in the order ``Evaluation/keys(of:)``
    /// gives them.
    public var pending: [Key]

    /// The answers kept, which ``Evaluation/run(_:skipping:record:)``
    /// skips.
    public var done: Set<Key> { Set(kept.map(\.key)) }
  }

  /// What is left to do on `dataset` after the results `file` holds; all
  /// of it without a file.
  ///
  /// A result for a case the dataset does not have (another `--limit`
  /// sample, say) or by a method not evaluated is left in the file and out
  /// of the plan. A result that names its case's fingerprint must be about
  /// the case as it now stands.
  ///
  /// - Throws: `AgentsError.invalidResults` when a case has changed since
  ///   the file answered it: its old answer and the new one would be
  ///   mixed.
  /// - Complexity: O(*r* + *k*) for *r* results and *k* keys.
  public func plan(
    _ dataset: EvaluationDataset, resuming file: ResultsFile?
  ) throws(AgentsError) -> Plan {
    let keys = keys(of: dataset)
    guard let file else { return Plan(kept: [], pending: keys) }
    let byID = dataset.casesByID
    let wanted = Set(keys)
    var kept: [CaseResult] = []
    for result in file.existing where wanted.contains(result.key) {
      if let hash = result.caseHash, hash != byID[result.caseID]?.fingerprint {
        throw .invalidResults(
          path: file.path,
          problem: "case \(result.caseID) has changed since it was answered; name another file")
      }
      kept.append(result)
    }
    let done = Set(kept.map(\.key))
    return Plan(kept: kept, pending: keys.filter { !done.contains($0) })
  }
}
