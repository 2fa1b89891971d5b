import Argumentation
import Solver

/// What the fuzz targets and their regression tests check of one input:
/// that it parses or is refused with an error, never a crash; and that
/// what parses prints back and parses again to the same value.
///
/// A broken property is a `preconditionFailure`: under libFuzzer, a crash
/// that keeps the input; under `swift test`, a failed regression test.
public enum FuzzCheck {
  /// The largest input the checks look at; libFuzzer's default is 4 KB,
  /// and the formats' own limits are tested apart.
  public static let maximumInput = 1 << 16
  /// The number an i23 file's first `p af N` line declares, or 0.
  static func declaredArguments(_ bytes: [UInt8]) -> Int {
    let text = String(decoding: bytes.prefix(256), as: UTF8.self)
    for line in text.split(separator: "\n") where line.hasPrefix("p af ") {
      let digits = line.dropFirst(5).prefix { $0.isNumber }
      return digits.count > 12 ? Int.max : Int(digits) ?? 0
    }
    return 0
  }

  /// The most arguments of a framework written back and read again.
  public static let maximumRoundTrip = 100_000

  /// A framework file in `format`: parsed, written back, parsed again.
  public static func framework(_ bytes: [UInt8], format: FrameworkFormat) {
    guard bytes.count <= maximumInput else { return }
    // An i23 header may declare up to 50 million arguments in a dozen bytes;
    // the readers' limit tests cover those, which in an instrumented build
    // take the fuzzer's whole time budget.
    if format == .i23, declaredArguments(bytes) > maximumRoundTrip * 10 { return }
    guard let framework = try? ArgumentationFramework(parsing: bytes, format: format) else {
      return
    }
    // A few bytes can declare millions of arguments (`p af 5777777`): read,
    // but not written back, which would take the fuzzer's whole time budget.
    guard framework.argumentCount <= maximumRoundTrip else { return }
    let written = framework.fileContents(in: format)
    let again: ArgumentationFramework
    do {
      again = try ArgumentationFramework(parsing: Array(written.utf8), format: format)
    } catch {
      preconditionFailure("\(format) written back does not parse: \(error)\n\(written)")
    }
    precondition(
      again.argumentCount == framework.argumentCount,
      "\(format) round trip changed the argument count")
    precondition(
      again.fileContents(in: format) == written, "\(format) round trip changed the framework")
    // Small frameworks are also solved, which must not trap either.
    if framework.argumentCount <= 64 {
      _ = framework.groundedLabelling()
    }
  }
}

/// The kinds of input the fuzz targets feed, by the name of their target.
public enum FuzzInput: String, CaseIterable, Sendable {
  case i23, apx, tgf, graph, scheme, `case`, dataset, cassette, results, replies

  /// Checks one input of this kind.
  public func check(_ bytes: [UInt8]) {
    switch self {
    case .i23: FuzzCheck.framework(bytes, format: .i23)
    case .apx: FuzzCheck.framework(bytes, format: .apx)
    case .tgf: FuzzCheck.framework(bytes, format: .tgf)
    case .graph: FuzzCheck.graph(bytes)
    case .scheme:
      guard let shipped = Shipped.schemes else { preconditionFailure("no shipped schemes") }
      FuzzCheck.schemeFile(bytes, base: shipped.catalog, resources: shipped.resources)
    case .case: FuzzCheck.caseFile(bytes)
    case .dataset: FuzzCheck.dataset(bytes)
    case .cassette: FuzzCheck.cassette(bytes)
    case .results: FuzzCheck.resultsFile(bytes)
    case .replies:
      guard let shipped = Shipped.schemes else { preconditionFailure("no shipped schemes") }
      FuzzCheck.modelReplies(bytes, catalog: shipped.catalog)
    }
  }
}
