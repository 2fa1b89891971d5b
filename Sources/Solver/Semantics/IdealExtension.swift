/// The ideal extension: the greatest admissible set that is contained in
/// every preferred extension.
///
/// An admissible set lies in every preferred extension exactly when no
/// admissible set attacks it. So: find every credulously accepted argument
/// (one SAT call per new batch of them), keep those that no credulously
/// accepted argument attacks, and take the greatest admissible subset of
/// what is left, by removing undefended arguments until none is.
///
/// - SeeAlso: Dung, Mancarella and Toni, "Computing ideal sceptical
///   argumentation", AIJ 171, 2007; Dunne, "The computational complexity of
///   ideal semantics", AIJ 173, 2009.
/// - Complexity: at most *n* + 1 NP calls, then O(*n* + *m*). Computing the
///   ideal extension is FP^NP_∥-complete.
func idealExtension(
  of framework: ArgumentationFramework, budget: SearchBudget
) throws(SolverError) -> ArgumentSet {
  let n = framework.argumentCount
  let encoding = ExtensionEncoding(framework, base: .complete, withRange: false, budget: budget)
  var accepted = [Bool](repeating: false, count: n)
  while true {
    let activation = encoding.solver.newVariable()
    let unknown = framework.arguments.filter { !accepted[$0] }
    if unknown.isEmpty { break }
    encoding.solver.addClause([-activation] + unknown.map(encoding.inVariable))
    let found = try encoding.solve(assuming: [activation])
    encoding.solver.addClause(-activation)
    guard found else { break }
    for argument in encoding.lastExtension { accepted[argument] = true }
  }
  // Candidates: accepted, and attacked by no accepted argument. They are
  // conflict-free: an attack between two of them would put the target under
  // attack by an accepted argument.
  var member = framework.arguments.map { argument in
    accepted[argument] && !framework.attackers(of: argument).contains { accepted[$0] }
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
