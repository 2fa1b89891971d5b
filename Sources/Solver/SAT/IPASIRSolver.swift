import CCaDiCaL

/// The linked library's IPASIR interface: the standard calls and nothing
/// else.
///
/// That is what the ICCMA 2025 fixed-SAT-solver track links. In this
/// build the library is CaDiCaL, with its default options; linking another
/// IPASIR library in its place changes the solver without touching Swift.
///
/// - SeeAlso: Balyo, Biere, Iser, Sinz, "SAT Race 2015", AIJ 241, 2016.
final class IPASIRSolver: IncrementalSATSolver {
  private let handle: UnsafeMutableRawPointer
  private var terminate: TerminateCallback?

  init() {
    handle = ipasir_init()
  }

  deinit {
    ipasir_release(handle)
  }

  func add(_ literalOrZero: Int32) { ipasir_add(handle, literalOrZero) }
  func assume(_ literal: Int32) { ipasir_assume(handle, literal) }
  func solve() -> Int32 { ipasir_solve(handle) }
  func value(_ literal: Int32) -> Int32 { ipasir_val(handle, literal) }

  func setTerminate(_ shouldStop: @escaping () -> Bool) {
    let callback = TerminateCallback(shouldStop)
    terminate = callback
    ipasir_set_terminate(handle, callback.state) { state in
      TerminateCallback.call(state)
    }
  }
}
