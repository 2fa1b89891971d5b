extension Duration {
  /// The duration in seconds, fractions included.
  ///
  /// ```swift
  /// Duration.milliseconds(1500).inSeconds  // 1.5
  /// ```
  package var inSeconds: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }

  /// A number of seconds as a whole number of milliseconds, rounded, or
  /// nil for what is not one: negative, not finite, or more than
  /// `longest` seconds (a day unless said otherwise), so that a value read
  /// from a user or a server cannot trap the conversion.
  ///
  /// ```swift
  /// Duration(roundingToMilliseconds: 0.0015)  // 2 ms
  /// ```
  package init?(roundingToMilliseconds seconds: Double, longest: Double = 86_400) {
    guard seconds.isFinite, seconds >= 0, seconds <= longest else { return nil }
    self = .milliseconds(Int64((seconds * 1000).rounded()))
  }
}
