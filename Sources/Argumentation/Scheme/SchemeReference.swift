/// A scheme named by its id alone (meaning its newest version) or by
/// `id@version`.
///
/// ```swift
/// SchemeReference("clinical.decision@1.0.0")?.version  // 1.0.0
/// SchemeReference("clinical.decision")?.version        // nil
/// ```
public struct SchemeReference: Hashable, Sendable, CustomStringConvertible {
  public var id: String
  public var version: SemanticVersion?

  public init(id: String, version: SemanticVersion? = nil) {
    self.id = id
    self.version = version
  }

  /// Parses `id` or `id@version`; `nil` when the version is not semantic or
  /// the id is empty.
  public init?(_ text: some StringProtocol) {
    let parts = String(text).split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
    guard !parts[0].isEmpty else { return nil }
    if parts.count == 2 {
      guard let version = SemanticVersion(parts[1]) else { return nil }
      self.init(id: String(parts[0]), version: version)
    } else {
      self.init(id: String(parts[0]))
    }
  }

  public var description: String {
    version.map { "\(id)@\($0)" } ?? id
  }
}
