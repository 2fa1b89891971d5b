/// The ideal extension: the greatest admissible set that is contained in
/// every preferred extension.
///
/// An admissible set lies in every preferred extension exactly when no
/// admissible set attacks it. So: find one preferred extension *P*, which
/// holds the ideal extension; decide which attackers of *P* are credulously
/// accepted (one SAT call per new batch of them); keep the members of *P*
/// that no accepted argument attacks; and take the greatest admissible
/// subset of what is left, by removing undefended arguments until none is.
///
/// - SeeAlso: Dung, Mancarella and Toni, "Computing ideal sceptical
///   argumentation", AIJ 171, 2007; Dunne, "The computational complexity of
///   ideal semantics", AIJ 173, 2009.
/// - Complexity: at most 2*n* + 2 NP calls, then O(*n* + *m*). Computing
///   the ideal extension is FP^NP_∥-complete.
func idealExtension(
  of framework: ArgumentationFramework, budget: SearchBudget
) throws(SolverError) -> ArgumentSet {
  let encoding = ExtensionEncoding(framework, base: .admissible, withRange: false, budget: budget)
  guard try encoding.solve() else { return .empty }
  let preferred = try encoding.grow(
    encoding.lastExtension, over: encoding.inVariable, assuming: [])
  var accepted = preferred.membership(argumentCount: framework.argumentCount)
  var isAttackerOfPreferred = [Bool](repeating: false, count: framework.argumentCount)
  for argument in preferred {
    for attacker in framework.attackers(of: argument) { isAttackerOfPreferred[attacker] = true }
  }
  while true {
    let unknown = framework.arguments.filter { isAttackerOfPreferred[$0] && !accepted[$0] }
    if unknown.isEmpty { break }
    let activation = encoding.solver.newVariable()
    encoding.solver.addClause([-activation] + unknown.map(encoding.inVariable))
    let found = try encoding.solve(assuming: [activation])
    encoding.solver.addClause(-activation)
    guard found else { break }
    for argument in encoding.lastExtension { accepted[argument] = true }
  }
  // Candidates: members of P that no credulously accepted argument attacks.
  var member = framework.arguments.map { argument in
    preferred.contains(argument) && !framework.attackers(of: argument).contains { accepted[$0] }
  }
  return greatestAdmissibleSubset(of: &member, in: framework)
}

/// Shrinks a conflict-free set to its greatest admissible subset: while some
/// member has an attacker that the set does not attack, drop that member.
///
/// - Complexity: O(*n* + *m*), with a count per argument of the members
///   attacking it and a work list of attackers left unanswered.
func greatestAdmissibleSubset(
  of member: inout [Bool], in framework: ArgumentationFramework
) -> ArgumentSet {
  var attackingMembers = framework.arguments.map { argument in
    framework.attackers(of: argument).count { member[$0] }
  }
  // Arguments not attacked by the set, whose targets in the set must go.
  var unanswered = framework.arguments.filter { attackingMembers[$0] == 0 }
  var handled = attackingMembers.map { $0 == 0 }
  while let attacker = unanswered.popLast() {
    for target in framework.attacked(by: attacker) where member[target] {
      member[target] = false
      for next in framework.attacked(by: target) {
        attackingMembers[next] -= 1
        if attackingMembers[next] == 0 && !handled[next] {
          handled[next] = true
          unanswered.append(next)
        }
      }
    }
  }
  return ArgumentSet(members: member)
}
