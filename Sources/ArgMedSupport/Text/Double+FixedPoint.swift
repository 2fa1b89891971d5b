extension Double {
  /// The number with exactly `digits` decimals, rounded, without
  /// Foundation's formatting: `0.75.fixedPoint(digits: 2)` is `"0.75"`,
  /// `0.5.fixedPoint(digits: 6)` is `"0.500000"`.
  ///
  /// For the numbers ArgMed shows this way (strengths and tolerances in
  /// [0, 1]): not negative, and small enough to scale into an `Int`.
  package func fixedPoint(digits: Int) -> String {
    var unit = 1
    for _ in 0..<digits { unit *= 10 }
    let scaled = Int((self * Double(unit)).rounded())
    let fraction = String(scaled % unit)
    return "\(scaled / unit)." + String(repeating: "0", count: digits - fraction.count) + fraction
  }
}
