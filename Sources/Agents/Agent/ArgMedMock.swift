import ArgMedSupport
import Foundation
import LLMBridge

/// The offline model's rules for ArgMed's agents: they read the very
/// prompts a real model gets and answer from the case's knowledge
/// statements in them, by fixed rules, never from a case's expected
/// answer.
///
/// - The Generator proposes the options that a statement says achieve
///   the patient's goal (`achieves`; any goal when the case gives none).
///   When they are more than the limit, it keeps those the knowledge
///   favours most (statements for less statements against, then by text),
///   never by where they are listed.
/// - The Verifier answers a question against an argument when a statement
///   of the matching kind is about a decision the question is about (the
///   question's `about`): side effects (`side-effect`), contraindications
///   (`contraindication`), danger (`danger`), and better alternatives
///   (`better-than` whose `than` is the option). A question whose burden
///   is on the proponent, asked of a decision argument, needs a statement
///   for the option (`achieves` the argument's goal, `evidence` or
///   `better-than`), or it is answered against it. Every other question is
///   answered for the argument.
/// - The Generator brings one counter-argument per statement the Verifier
///   cited, its variables filled from the statement: outcomes from effects
///   and dangers, conditions from contraindications, the alternative from
///   a `better-than` statement, findings from a side effect's `because`
///   (or the answered argument's findings), sources from the statement's
///   source, and a proposition from the question's attacker's claim. A
///   variable the knowledge cannot fill is left out, and the reply fails
///   its schema as a model with nothing to say would.
/// - Once the decisions settle, the Generator supports the first decision
///   argument of each option with an argument per `evidence` statement
///   about the option (`clinical.evidence`, its source and claim) and per
///   `benefit` statement (`clinical.additional-benefit`, its finding).
/// - The Reasoner finds no attack between belief arguments: the case
///   format has no statement that sets one belief against another. It
///   finds that a belief supporting one decision argument for an option
///   supports the option's other decision arguments too.
///
/// Each agent's rule lives in the agent's folder, beside its request. The
/// evaluation's baselines have their rules in the `Evaluation` module
/// (`BaselineMock`).
public enum ArgMedMock {
  /// The rules: the agents' requests and `argmed llm check`.
  public static var rules: [any MockRule] {
    [
      ProposalRule(), QuestionsRule(), CounterArgumentRule(), SupportRule(), AttacksRule(),
      SupportsRule(), ConfigurationCheckRule(),
    ]
  }

  /// The mock model with ArgMed's rules.
  public static func model() -> MockLanguageModel { MockLanguageModel(rules: rules) }
}

/// A knowledge statement as a prompt shows it, with its id (K1, K2, …).
package struct NumberedStatement: Sendable {
  var id: String
  var statement: KnowledgeStatement

  package var kind: KnowledgeStatement.Kind { statement.kind }
  package var option: String { statement.option }

  /// A field of the statement's kind (`goal`, `effect`, `because`, …).
  package func field(_ name: String) -> String? { statement.fields[name] }

  /// The statements of a prompt's knowledge section, read as a case's are
  /// (``KnowledgeStatement/init(members:options:extra:)``); one that does
  /// not read is left out.
  static func statements(in value: JSONValue?, options: Set<String>) -> [NumberedStatement] {
    (value?.arrayValue ?? []).compactMap { item in
      guard case .object(let members) = item, let id = item["id"]?.stringValue,
        let statement = try? KnowledgeStatement(
          members: Dictionary(
            members.map { ($0.key, KnowledgeStatement.Member(JSON($0.value))) },
            uniquingKeysWith: { first, _ in first }),
          options: options, extra: ["id"])
      else { return nil }
      return NumberedStatement(id: id, statement: statement)
    }
  }
}

/// What the mock reads in a prompt: the options and knowledge statements.
package struct MockReading {
  package let prompt: String
  package let options: [(key: String, text: String)]
  package let knowledge: [NumberedStatement]

  package init?(_ request: ChatRequest, schema: String) {
    guard request.responseSchema?.name == schema,
      // The task's prompt; later user messages are re-asks.
      let prompt = request.messages.first(where: { $0.role == .user })?.content,
      case .object(let options)? = PromptSection.options.value(in: prompt)
    else { return nil }
    self.prompt = prompt
    self.options = options.compactMap { member in member.value.stringValue.map { (member.key, $0) }
    }
    self.knowledge = NumberedStatement.statements(
      in: PromptSection.knowledge.value(in: prompt), options: Set(self.options.map(\.key)))
  }

  /// Statements of a section other than the knowledge, such as the
  /// knowledge the Verifier cited.
  func statements(in section: PromptSection) -> [NumberedStatement] {
    NumberedStatement.statements(
      in: section.value(in: prompt), options: Set(options.map(\.key)))
  }

  package func text(of key: String) -> String { options.first { $0.key == key }?.text ?? key }

  /// The keys of the options whose text is one of `decisions` (a
  /// question's `about`).
  func options(named decisions: [JSONValue]) -> Set<String> {
    let texts = Set(decisions.compactMap { $0.stringValue.map(Self.normalised) })
    return Set(options.filter { texts.contains(Self.normalised($0.text)) }.map(\.key))
  }

  /// Text compared without case or surrounding white space.
  static func normalised(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
  }

  /// Whether an `achieves` statement is about `goal` (any goal when `nil`).
  package static func achieves(_ statement: NumberedStatement, goal: String?) -> Bool {
    guard statement.kind == .achieves else { return false }
    guard let goal else { return true }
    return normalised(statement.field("goal") ?? "") == normalised(goal)
  }

  /// One statement said in words, for a reason.
  package func sentence(_ statement: NumberedStatement) -> String {
    let field: (String) -> String = { statement.field($0) ?? "" }
    let option = text(of: statement.option)
    let said: String
    switch statement.kind {
    case .achieves: said = "\(option) achieves \(field("goal"))"
    case .sideEffect:
      said =
        "\(option) can cause \(field("effect"))"
        + (statement.field("because").map { ", serious here because of \($0)" } ?? "")
    case .contraindication: said = "\(option) is contraindicated in \(field("condition"))"
    case .danger: said = "\(option) exposes the patient to \(field("danger"))"
    case .betterThan:
      said =
        "\(option) is a better choice than \(text(of: field("than")))"
        + (statement.field("because").map { " because \($0)" } ?? "")
    case .evidence: said = field("claim")
    case .benefit: said = "\(option) also helps the patient's \(field("finding"))"
    }
    let sentence = said.hasSuffix(".") ? String(said.dropLast()) : said
    return "\(statement.id): \(sentence)"
  }
}
