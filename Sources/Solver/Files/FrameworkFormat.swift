/// The file formats of argumentation frameworks.
///
/// - `i23`: ICCMA 2023, `p af n` then one `i j` line per attack.
/// - `apx`: ASPARTIX facts, `arg(a).` and `att(a,b).`.
/// - `tgf`: trivial graph format, names, a `#` line, then `a b` attacks.
public enum FrameworkFormat: String, CaseIterable, Hashable, Sendable {
  case i23
  case apx
  case tgf

  /// The format a file name's extension implies: `.i23` and `.af` are
  /// ICCMA 2023, `.apx` is APX, `.tgf` is TGF.
  public init?(pathExtensionOf path: String) {
    let fileName = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = fileName.lastIndex(of: ".") else { return nil }
    switch fileName[fileName.index(after: dot)...].lowercased() {
    case "i23", "af": self = .i23
    case "apx": self = .apx
    case "tgf": self = .tgf
    default: return nil
    }
  }

  /// The format named on a command line; `iccma23` is an alias of `i23`.
  public init?(name: String) {
    switch name.lowercased() {
    case "i23", "iccma23": self = .i23
    case "apx": self = .apx
    case "tgf": self = .tgf
    default: return nil
    }
  }
}

/// Documented bounds on what the readers accept.
public enum FrameworkFileLimits {
  /// The largest file read, in bytes (4 GiB).
  public static let maximumFileSize = 4 << 30
  /// The most arguments a framework may declare (fifty million).
  public static let maximumArgumentCount = 50_000_000
  /// The longest argument name in APX and TGF files, in bytes.
  public static let maximumNameLength = 4096
}
