// `argmed-iccma`: ArgMed's solver behind the ICCMA 2023 command line, and
// nothing else, for competition harnesses (`Scripts/iccma-solver`).
//
// A small program of its own: the Solver, the ICCMA interface and a
// statically linked Swift standard library, without Foundation, so that a
// run on a five-argument file costs about what starting a process costs.
// `argmed iccma` answers the same way.

import ArgMedSupport
import ICCMA

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let programName = "argmed-iccma"
do {
  let invocation = try ICCMAInvocation(arguments: Array(CommandLine.arguments.dropFirst()))
  try invocation.perform(on: .reservedForResults(), programName: programName)
  exit(0)
} catch {
  try? writeAll(Array("\(programName): error: \(error)\n".utf8), to: STDERR_FILENO)
  exit(1)
}
