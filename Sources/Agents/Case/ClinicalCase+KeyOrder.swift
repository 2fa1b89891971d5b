extension ClinicalCase {
  /// Whether option key `a` comes before `b` in natural order: runs of
  /// digits compare as numbers (`2` before `10`, `A2` before `A10`), the
  /// rest by its characters, so that keys are shown as a person counts.
  ///
  /// - Complexity: O(*k*) for keys of *k* characters.
  public static func precedesNaturally(_ a: String, _ b: String) -> Bool {
    var left = a.unicodeScalars[...]
    var right = b.unicodeScalars[...]
    while let x = left.first, let y = right.first {
      if Self.isDigit(x) && Self.isDigit(y) {
        let first = Self.digits(&left)
        let second = Self.digits(&right)
        // Leading zeros aside, a longer run of digits is the larger number.
        let (one, two) = (first.drop { $0 == "0" }, second.drop { $0 == "0" })
        if one.count != two.count { return one.count < two.count }
        if one != two { return one.lexicographicallyPrecedes(two) }
        if first.count != second.count { return first.count < second.count }
        continue
      }
      if x != y { return x.value < y.value }
      left.removeFirst()
      right.removeFirst()
    }
    return left.isEmpty && !right.isEmpty
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  /// The run of ASCII digits at the start of `text`, taken off it.
  private static func digits(_ text: inout Substring.UnicodeScalarView) -> [Unicode.Scalar] {
    let run = Array(text.prefix(while: isDigit))
    text.removeFirst(run.count)
    return run
  }
}
