/// An incremental SAT solver, as the searches call it: the IPASIR calls
/// (Balyo, Biere, Iser, Sinz, "SAT Race 2015", AIJ 241, 2016) in Swift.
///
/// Literals are non-zero integers, DIMACS style: variable *v* is `v`, its
/// negation `-v`. A clause is its literals then `0`, through `add`.
/// Assumptions hold for the next `solve()` only. Clauses, learnt ones
/// included, stay between calls, which is what makes the searches'
/// sequences of calls cheap.
///
/// Conform to plug another solver in; `SATBackend` makes one per search.
/// An instance is used by one search on one task at a time.
public protocol IncrementalSATSolver: AnyObject {
  /// Adds a literal to the clause being built, or ends it with `0`
  /// (`ipasir_add`).
  func add(_ literalOrZero: Int32)
  /// Assumes `literal` for the next `solve()` (`ipasir_assume`).
  func assume(_ literal: Int32)
  /// Solves: 10 satisfiable, 20 unsatisfiable, 0 interrupted by the
  /// terminate callback (`ipasir_solve`).
  func solve() -> Int32
  /// After a satisfiable `solve()`: `literal` when it is true in the
  /// model, `-literal` when false, 0 when either will do (`ipasir_val`).
  func value(_ literal: Int32) -> Int32
  /// Asks the solver to call `shouldStop` now and then while it solves, and
  /// to stop (answering 0) once it returns true (`ipasir_set_terminate`).
  func setTerminate(_ shouldStop: @escaping () -> Bool)
}

/// Which incremental SAT solver the searches use.
///
/// CaDiCaL is linked in, and served two ways: through its own C API
/// (`cadical`, the default, with two of its options tuned for the
/// searches) or through the standard IPASIR interface (`ipasir`), as the
/// ICCMA 2025 fixed-SAT-solver track links solvers. Any other solver that
/// conforms to `IncrementalSATSolver` is plugged in with
/// `init(name:make:)`.
public struct SATBackend: Sendable, Equatable, CustomStringConvertible {
  /// A name for diagnostics and benchmarks.
  public let name: String
  private let make: @Sendable () -> any IncrementalSATSolver

  /// A backend that makes a new solver with `make` for each search.
  public init(name: String, make: @escaping @Sendable () -> any IncrementalSATSolver) {
    self.name = name
    self.make = make
  }

  /// A new, empty solver.
  public func makeSolver() -> any IncrementalSATSolver { make() }

  public var description: String { name }

  /// Backends are told apart by name.
  public static func == (left: SATBackend, right: SATBackend) -> Bool { left.name == right.name }

  /// CaDiCaL through its C API: quiet, and deciding variables true first
  /// (models come out larger, so growing a set to a maximal one takes
  /// fewer steps).
  public static let cadical = SATBackend(name: "cadical") { CaDiCaLSolver() }

  /// The linked IPASIR library (CaDiCaL in this build) through the seven
  /// standard calls alone, with its default options.
  public static let ipasir = SATBackend(name: "ipasir") { IPASIRSolver() }

  /// The backends built in, by name.
  public static let builtIn: [SATBackend] = [.cadical, .ipasir]

  /// The built-in backend called `name`, if any.
  public init?(named name: String) {
    guard let found = Self.builtIn.first(where: { $0.name == name }) else { return nil }
    self = found
  }
}
