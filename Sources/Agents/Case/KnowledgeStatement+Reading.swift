extension KnowledgeStatement {
  /// One member of a statement as read from JSON: a text, `null`, or
  /// anything else.
  enum Member: Sendable {
    case text(String)
    case null
    case other
  }

  /// What is wrong with a statement: the member, and the problem.
  struct Problem: Error, Sendable {
    var member: String
    var problem: String
  }

  /// Reads a statement from its members: the one reading of a knowledge
  /// statement, for a case file and for a prompt's knowledge alike.
  ///
  /// `options` are the case's option keys; `extra` names members that may
  /// stand beside the statement's own (a prompt numbers its statements
  /// with an `id`). Problems are found in the order a reader meets them:
  /// the kind, the option, a member the kind does not have, the required
  /// members, the optional ones, the other option of `better-than`, the
  /// source.
  ///
  /// - Throws: ``Problem``, naming the member.
  /// - Complexity: linear in the size of the members.
  init(
    members: [String: Member], options: Set<String>, extra: Set<String> = []
  ) throws(Problem) {
    let kindName = try Self.text(members["kind"], named: "kind")
    guard let kind = Kind(rawValue: kindName) else {
      let kinds = Kind.allCases.map(\.rawValue).joined(separator: ", ")
      throw Problem(member: "kind", problem: "is \"\(kindName)\"; expected one of \(kinds)")
    }
    let option = try Self.text(members["option"], named: "option")
    guard options.contains(option) else {
      throw Problem(
        member: "option", problem: "is \"\(option)\", which is not one of the options")
    }
    let required = Self.requiredFields(of: kind)
    let allowed = Set(
      required + Self.optionalFields(of: kind) + ["kind", "option", "source"]
    ).union(extra)
    if let unknown = members.keys.sorted().first(where: { !allowed.contains($0) }) {
      throw Problem(member: unknown, problem: "is not a field of a \(kind.rawValue) statement")
    }
    var fields: [String: String] = [:]
    for name in required { fields[name] = try Self.text(members[name], named: name) }
    for name in Self.optionalFields(of: kind) {
      fields[name] = try Self.optionalText(members[name], named: name)
    }
    if kind == .betterThan, let than = fields["than"], !options.contains(than) || than == option {
      throw Problem(member: "than", problem: "must name another option")
    }
    self.init(
      kind: kind, option: option, fields: fields,
      source: try Self.optionalText(members["source"], named: "source"))
  }

  /// A member that must be a non-empty text within the case's limit: the
  /// rule for every text of a case.
  static func text(_ member: Member?, named name: String) throws(Problem) -> String {
    guard let member else { throw Problem(member: name, problem: "is missing") }
    guard case .text(let text) = member else {
      throw Problem(member: name, problem: "must be a string")
    }
    guard !text.allSatisfy(\.isWhitespace) else {
      throw Problem(member: name, problem: "is empty")
    }
    guard text.utf8.count <= ClinicalCase.maximumTextLength else {
      throw Problem(
        member: name,
        problem: "is longer than \(ClinicalCase.maximumTextLength) bytes, the limit for a text")
    }
    return text
  }

  /// A member that may be absent or `null`, and is otherwise a text.
  static func optionalText(_ member: Member?, named name: String) throws(Problem) -> String? {
    switch member {
    case nil, .null?: nil
    default: try text(member, named: name)
    }
  }
}
