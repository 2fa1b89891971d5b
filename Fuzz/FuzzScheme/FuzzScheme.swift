import FuzzChecks
import FuzzDriver

// libFuzzer's target for scheme input: `Scripts/fuzz scheme SECONDS`.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzInput.scheme.check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
  return 0
}

// SwiftPM links an executable's entry point as `<module>_main`.
@_cdecl("FuzzScheme_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?)
  -> CInt
{
  argmed_run_fuzzer(argc, argv, fuzzOne)
}
