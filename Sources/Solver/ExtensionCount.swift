/// A number of extensions, exact however large it grows.
///
/// Counts multiply across the independent parts of a framework, so a
/// framework of fifty two-cycles has 3^50 complete extensions: far past
/// 64 bits, yet counted in a moment.
///
/// ```swift
/// try DungSolver().countExtensions(of: framework, under: .complete)
/// // 717897987691852588770249
/// ```
public struct ExtensionCount: Hashable, Sendable, ExpressibleByIntegerLiteral {
  /// Base-2³² digits, least significant first, without leading zeros.
  private var limbs: [UInt32]

  /// The count `value`.
  ///
  /// - Precondition: `value` is not negative.
  public init(_ value: Int) {
    precondition(value >= 0, "a count is not negative")
    limbs = []
    var rest = UInt64(value)
    while rest > 0 {
      limbs.append(UInt32(truncatingIfNeeded: rest))
      rest >>= 32
    }
  }

  public init(integerLiteral value: Int) {
    self.init(value)
  }

  /// Whether the count is zero.
  public var isZero: Bool { limbs.isEmpty }

  /// The count as an `Int`, or `nil` when it does not fit.
  public var intValue: Int? {
    guard limbs.count <= 2 else { return nil }
    let value = limbs.reversed().reduce(UInt64(0)) { $0 << 32 | UInt64($1) }
    return value <= UInt64(Int.max) ? Int(value) : nil
  }

  /// Multiplies the count by a non-negative `factor`.
  ///
  /// - Complexity: O(*d*) for a count of *d* base-2³² digits.
  mutating func multiply(by factor: Int) {
    precondition(factor >= 0)
    guard factor > 0 else {
      limbs = []
      return
    }
    var multiplier = UInt64(factor)
    var parts: [UInt32] = []
    while multiplier > 0 {
      parts.append(UInt32(truncatingIfNeeded: multiplier))
      multiplier >>= 32
    }
    var product = [UInt32](repeating: 0, count: limbs.count + parts.count)
    for (i, left) in limbs.enumerated() {
      var carry: UInt64 = 0
      for (j, right) in parts.enumerated() {
        let sum = UInt64(left) * UInt64(right) + UInt64(product[i + j]) + carry
        product[i + j] = UInt32(truncatingIfNeeded: sum)
        carry = sum >> 32
      }
      product[i + parts.count] = UInt32(carry)
    }
    while product.last == 0 { product.removeLast() }
    limbs = product
  }
}

extension ExtensionCount: CustomStringConvertible {
  /// The count in decimal.
  public var description: String {
    guard !limbs.isEmpty else { return "0" }
    var rest = limbs
    var chunks: [UInt32] = []
    // Divide by 10^9 repeatedly, collecting nine decimal digits at a time.
    while !rest.isEmpty {
      var remainder: UInt64 = 0
      for index in rest.indices.reversed() {
        let current = remainder << 32 | UInt64(rest[index])
        rest[index] = UInt32(current / 1_000_000_000)
        remainder = current % 1_000_000_000
      }
      chunks.append(UInt32(remainder))
      while rest.last == 0 { rest.removeLast() }
    }
    let head = String(chunks.removeLast())
    return head
      + chunks.reversed().map { chunk in
        let digits = String(chunk)
        return String(repeating: "0", count: 9 - digits.count) + digits
      }.joined()
  }
}
