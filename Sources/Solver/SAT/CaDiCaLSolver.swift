import CCaDiCaL

/// CaDiCaL through its C API, with two options the searches want: no
/// output, and phase "true" first.
///
/// - SeeAlso: Biere, Fazekas, Fleury, Heisinger, "CaDiCaL, Kissat,
///   Paracooba, Plingeling and Treengeling entering the SAT Competition
///   2020".
final class CaDiCaLSolver: IncrementalSATSolver {
  private let handle: OpaquePointer
  private var terminate: TerminateCallback?

  init() {
    handle = ccadical_init()
    // CaDiCaL may print "c …" lines on stdout; keep it silent.
    ccadical_set_option(handle, "quiet", 1)
    ccadical_set_option(handle, "phase", 1)
  }

  deinit {
    ccadical_release(handle)
  }

  func add(_ literalOrZero: Int32) { ccadical_add(handle, literalOrZero) }
  func assume(_ literal: Int32) { ccadical_assume(handle, literal) }
  func solve() -> Int32 { ccadical_solve(handle) }
  func value(_ literal: Int32) -> Int32 { ccadical_val(handle, literal) }

  func setTerminate(_ shouldStop: @escaping () -> Bool) {
    let callback = TerminateCallback(shouldStop)
    terminate = callback
    ccadical_set_terminate(handle, callback.state) { state in
      TerminateCallback.call(state)
    }
  }
}

/// A Swift closure behind a C callback's state pointer; its owner keeps it
/// alive for as long as the solver may call it.
final class TerminateCallback {
  let shouldStop: () -> Bool

  init(_ shouldStop: @escaping () -> Bool) {
    self.shouldStop = shouldStop
  }

  var state: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  /// The C side: 1 to stop, 0 to go on.
  static func call(_ state: UnsafeMutableRawPointer?) -> Int32 {
    guard let state else { return 0 }
    return Unmanaged<TerminateCallback>.fromOpaque(state).takeUnretainedValue().shouldStop()
      ? 1 : 0
  }
}
