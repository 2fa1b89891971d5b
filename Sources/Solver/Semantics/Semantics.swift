/// An argumentation semantics: which sets of arguments count as extensions.
///
/// The raw values are the names the command line and the JSON formats use;
/// `iccmaAbbreviation` gives the two or three letters of ICCMA task names.
public enum Semantics: String, CaseIterable, Hashable, Sendable, Codable {
  /// The least complete extension (Dung 1995).
  case grounded
  /// The admissible sets that contain every argument they defend.
  case complete
  /// The ⊆-maximal admissible sets.
  case preferred
  /// The conflict-free sets that attack every argument outside them.
  case stable
  /// The complete extensions of ⊆-maximal range (Caminada 2006).
  case semiStable = "semi-stable"
  /// The conflict-free sets of ⊆-maximal range (Verheij 1996).
  case stage
  /// The greatest admissible set contained in every preferred extension
  /// (Dung, Mancarella and Toni 2007).
  case ideal

  /// The ICCMA abbreviation: GR, CO, PR, ST, SST, STG or ID.
  public var iccmaAbbreviation: String {
    switch self {
    case .grounded: "GR"
    case .complete: "CO"
    case .preferred: "PR"
    case .stable: "ST"
    case .semiStable: "SST"
    case .stage: "STG"
    case .ideal: "ID"
    }
  }

  /// The semantics with the given ICCMA abbreviation, if any.
  public init?(iccmaAbbreviation: String) {
    guard let match = Self.allCases.first(where: { $0.iccmaAbbreviation == iccmaAbbreviation })
    else { return nil }
    self = match
  }

  /// Whether every extension contains the grounded extension and excludes
  /// what it attacks, so the search can start from the grounded labelling.
  var extendsGroundedLabelling: Bool {
    self != .stage
  }
}
