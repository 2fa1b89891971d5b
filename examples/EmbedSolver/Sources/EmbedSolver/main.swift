// Embeds ArgMed's Dung solver: the paper's Example 1 (Hong et al., 2024), a migraine-prevention
// choice. A, B and C are decision arguments (valproate, propranolol, verapamil), which attack
// each other; D and E are side effects of valproate, which attack A.
import Solver

let framework = try ArgumentationFramework(
  names: ["A", "B", "C", "D", "E"],
  attacks: [
    ("A", "B"), ("B", "A"),  // the decisions attack each other pairwise
    ("A", "C"), ("C", "A"),
    ("B", "C"), ("C", "B"),
    ("D", "A"), ("E", "A"),  // the side effects speak against A
  ])
let solver = DungSolver()

/// A set of arguments by name, as `{B, D, E}`.
func show(_ set: ArgumentSet) -> String {
  "{" + set.names(in: framework).joined(separator: ", ") + "}"
}

// Enumerate the preferred extensions; they come in no set order, so sort them for printing.
let preferred = try solver.extensions(of: framework, under: .preferred).sorted {
  show($0) < show($1)
}
print("preferred extensions: \(preferred.count)")
for found in preferred {
  print("  \(show(found))")
}

// Is B credulously accepted, i.e. in some preferred extension? The witness is one such extension.
guard let b = framework.index(named: "B") else { fatalError("no argument B") }
let acceptance = try solver.credulousAcceptance(of: b, in: framework, under: .preferred)
print("B credulously accepted: \(acceptance.isAccepted ? "YES" : "NO")")
if let witness = acceptance.witness {
  print("  witness: \(show(witness))")
}

// The labelling of an extension: what it accepts (in), defeats (out) and leaves undecided.
let labelling = framework.labelling(of: preferred[0])
print("labelling of \(show(preferred[0])):")
print("  in \(show(labelling.inArguments))")
print("  out \(show(labelling.outArguments))")
print("  undecided \(show(labelling.undecidedArguments))")
