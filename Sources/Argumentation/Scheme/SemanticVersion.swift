/// A semantic version, `major.minor.patch` with an optional pre-release,
/// ordered by Semantic Versioning 2.0.0 precedence.
///
/// ```swift
/// SemanticVersion("1.2.0")! < SemanticVersion("1.10.0")!  // true
/// SemanticVersion("1.0.0-rc.1")! < SemanticVersion("1.0.0")!  // true
/// ```
///
/// - SeeAlso: https://semver.org
public struct SemanticVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var major: Int
  public var minor: Int
  public var patch: Int
  /// The dot-separated pre-release identifiers, empty for a release.
  public var preRelease: [String]

  public init(major: Int, minor: Int, patch: Int, preRelease: [String] = []) {
    self.major = major
    self.minor = minor
    self.patch = patch
    self.preRelease = preRelease
  }

  /// Parses `1.2.3` or `1.2.3-beta.1`; `nil` for anything else, including
  /// leading zeros (in numeric pre-release identifiers too) and numbers too
  /// large for `Int`.
  public init?(_ text: some StringProtocol) {
    let parts = String(text).split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
    let numbers = String(parts[0]).split(separator: ".", omittingEmptySubsequences: false)
    guard numbers.count == 3 else { return nil }
    var values: [Int] = []
    for number in numbers {
      guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit),
        number == "0" || number.first != "0", let value = Int(number)
      else { return nil }
      values.append(value)
    }
    var identifiers: [String] = []
    if parts.count == 2 {
      identifiers = String(parts[1]).split(separator: ".", omittingEmptySubsequences: false)
        .map(String.init)
      let allowed: (Character) -> Bool = { $0.isASCIIDigit || $0.isASCIILetter || $0 == "-" }
      // Numeric identifiers have no leading zeros, so that equal precedence
      // means equal text.
      let isWellFormed: (String) -> Bool = { identifier in
        !identifier.isEmpty && identifier.allSatisfy(allowed)
          && !(identifier.allSatisfy(\.isASCIIDigit) && identifier.count > 1
            && identifier.first == "0")
      }
      guard identifiers.allSatisfy(isWellFormed) else { return nil }
    }
    self.init(major: values[0], minor: values[1], patch: values[2], preRelease: identifiers)
  }

  public var description: String {
    let release = "\(major).\(minor).\(patch)"
    return preRelease.isEmpty ? release : release + "-" + preRelease.joined(separator: ".")
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    if (lhs.major, lhs.minor, lhs.patch) != (rhs.major, rhs.minor, rhs.patch) {
      return (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
    }
    // A pre-release comes before its release.
    switch (lhs.preRelease.isEmpty, rhs.preRelease.isEmpty) {
    case (true, true), (true, false): return false
    case (false, true): return true
    case (false, false): break
    }
    for (left, right) in zip(lhs.preRelease, rhs.preRelease) where left != right {
      switch (Int(left), Int(right)) {
      case (let l?, let r?): return l < r
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return left < right
      }
    }
    return lhs.preRelease.count < rhs.preRelease.count
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
  fileprivate var isASCIILetter: Bool { isASCII && isLetter }
}
