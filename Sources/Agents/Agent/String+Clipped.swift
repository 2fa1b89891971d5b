extension String {
  /// The text cut to `limit` characters, with "…" when cut: how a model's
  /// free text (a reason, a rationale) is kept, whatever its length.
  func clipped(to limit: Int = 2_000) -> String {
    count <= limit ? self : String(prefix(limit)) + "…"
  }
}
