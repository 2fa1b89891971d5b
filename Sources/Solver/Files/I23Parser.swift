/// Reads the ICCMA 2023 format: a `p af n` line, then one `i j` line per
/// attack with arguments numbered `1…n`; `#` lines are comments.
///
/// Lenient where the competition's own tools are: blank lines, comments
/// before the p-line, extra spaces or tabs, `\r\n` line ends and a missing
/// final newline are accepted.
struct I23Parser {
  private let bytes: UnsafeBufferPointer<UInt8>
  private let fileName: String
  private var position = 0
  private var line = 1
  private var lineStart = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>, fileName: String) {
    self.bytes = bytes
    self.fileName = fileName
  }

  /// - Complexity: O(*s* + *n* + *m*) for *s* bytes.
  mutating func parse() throws(SolverError) -> ArgumentationFramework {
    var argumentCount: Int?
    var sources: [Int32] = []
    var targets: [Int32] = []
    sources.reserveCapacity(bytes.count / 8)
    targets.reserveCapacity(bytes.count / 8)
    while position < bytes.count {
      skipBlanks()
      guard position < bytes.count else { break }
      switch bytes[position] {
      case UInt8(ascii: "\n"):
        nextLine()
        continue
      case UInt8(ascii: "#"):
        skipToEndOfLine()
        continue
      case UInt8(ascii: "p"):
        guard argumentCount == nil else {
          throw error("a second p-line; the file may have only one")
        }
        position += 1
        try expectWord("af", "expected 'p af <number of arguments>'")
        let count = try number("expected the number of arguments after 'p af'")
        guard count <= FrameworkFileLimits.maximumArgumentCount else {
          throw error(
            "\(count) arguments exceed the limit of \(FrameworkFileLimits.maximumArgumentCount)")
        }
        argumentCount = count
      default:
        guard let count = argumentCount else {
          throw error("expected the p-line 'p af <number of arguments>' before any attack")
        }
        let attackerColumn = position
        let attacker = try number("expected an attack 'i j' with two argument numbers")
        try checkRange(attacker, count, column: attackerColumn)
        let attackedColumn = position
        skipBlanks()
        let attacked = try number("expected the attacked argument's number after \(attacker)")
        try checkRange(attacked, count, column: attackedColumn)
        sources.append(Int32(attacker - 1))
        targets.append(Int32(attacked - 1))
      }
      try endOfLine()
    }
    guard let count = argumentCount else {
      throw error("expected the p-line 'p af <number of arguments>'; the file has none")
    }
    return ArgumentationFramework(naming: .numbered(count), sources: sources, targets: targets)
  }

  private mutating func checkRange(_ argument: Int, _ count: Int, column: Int) throws(SolverError) {
    guard argument >= 1 && argument <= count else {
      position = column
      skipBlanks()
      throw error(
        "argument \(argument) does not exist: the p-line declares arguments 1 to \(count)")
    }
  }

  private mutating func skipBlanks() {
    while position < bytes.count {
      let byte = bytes[position]
      guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
      else { return }
      position += 1
    }
  }

  private mutating func skipToEndOfLine() {
    while position < bytes.count && bytes[position] != UInt8(ascii: "\n") { position += 1 }
  }

  private mutating func nextLine() {
    position += 1
    line += 1
    lineStart = position
  }

  private mutating func endOfLine() throws(SolverError) {
    skipBlanks()
    guard position < bytes.count else { return }
    guard bytes[position] == UInt8(ascii: "\n") else {
      throw error("expected the end of the line")
    }
    nextLine()
  }

  private mutating func expectWord(_ word: String, _ message: String) throws(SolverError) {
    let start = position
    skipBlanks()
    guard position > start else { throw error(message) }
    for byte in word.utf8 {
      guard position < bytes.count, bytes[position] == byte else {
        position = start
        skipBlanks()
        throw error(message)
      }
      position += 1
    }
    if position < bytes.count && !isSeparator(bytes[position]) {
      position = start
      skipBlanks()
      throw error(message)
    }
  }

  private func isSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
      || byte == UInt8(ascii: "\n")
  }

  /// A decimal number after optional blanks.
  private mutating func number(_ message: @autoclosure () -> String) throws(SolverError) -> Int {
    skipBlanks()
    var value = 0
    var digits = 0
    while position < bytes.count {
      let digit = Int(bytes[position]) &- 48
      guard digit >= 0 && digit <= 9 else { break }
      value = value * 10 + digit
      digits += 1
      position += 1
      guard value <= 999_999_999_999 else { throw error("the number is too large") }
    }
    guard digits > 0 else { throw error(message()) }
    if position < bytes.count && !isSeparator(bytes[position]) {
      throw error(message())
    }
    return value
  }

  private func error(_ message: String) -> SolverError {
    .malformedFile(
      SourceLocation(file: fileName, line: line, column: position - lineStart + 1),
      message: message)
  }
}
