import Argumentation

/// ArgMed-Agents' Verifier (Hong et al., BIBM 2024, section III): it asks
/// each new argument its scheme's critical questions and answers each,
/// accepting the argument or deciding the question against it with a
/// reason and the knowledge it rests on.
///
/// - Complexity: one model call per argument questioned, plus re-asks.
struct Verifier {
  let context: DiscussionContext

  static let system = """
    You are the Verifier of ArgMed-Agents, a discussion between agents about a clinical \
    question. You check each argument by asking its scheme's critical questions and answering \
    them yourself from the case, its knowledge statements and established clinical knowledge. \
    Answer "reject" only when the question is answered against the argument; when the burden is \
    on the proponent, the argument must have support, or the question is answered against it. \
    Cite the knowledge statements you use by their ids. Answer with one JSON object that fits \
    the schema, and nothing else.
    """

  /// Asks `argument` (of `scheme`) every critical question of its scheme.
  ///
  /// - Returns: the answers in the questions' order, not yet in the
  ///   record (their counter-arguments come first), or `nil` when the turn
  ///   failed.
  func question(
    _ argument: StructuredArgument, of scheme: ArgumentationScheme, round: Int,
    into record: inout DiscussionRecord
  ) async throws(AgentsError) -> [QuestionAnswer]? {
    let request = QuestionsRequest(argument: argument, scheme: scheme)
    let asked = try await record.take(request, round: round, in: context) {
      (answers, _: inout DiscussionRecord) -> TurnOutcome<[QuestionAnswer]> in
      let rejected = answers.filter { $0.verdict == .reject }.map(\.question)
      return .done(
        answers,
        summary: "asked \(answers.count) critical questions of \(argument.id); "
          + (rejected.isEmpty
            ? "accepted every one" : "answered against it: " + rejected.joined(separator: ", ")))
    }
    return try? asked.get()
  }
}
