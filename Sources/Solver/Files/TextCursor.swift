/// A position in a text file's bytes that knows its line and column, for
/// the hand-written readers of APX and TGF.
struct TextCursor {
  let bytes: [UInt8]
  let fileName: String
  private(set) var position = 0
  private(set) var line = 1
  private var lineStart = 0

  init(_ bytes: [UInt8], fileName: String) {
    self.bytes = bytes
    self.fileName = fileName
  }

  var isAtEnd: Bool { position >= bytes.count }
  var current: UInt8? { isAtEnd ? nil : bytes[position] }

  mutating func advance() {
    if bytes[position] == UInt8(ascii: "\n") {
      line += 1
      lineStart = position + 1
    }
    position += 1
  }

  /// Skips spaces, tabs and carriage returns, and newlines too when asked.
  mutating func skipBlanks(includingNewlines: Bool = false) {
    while let byte = current {
      let isBlank = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 13
      guard isBlank || (includingNewlines && byte == UInt8(ascii: "\n")) else { return }
      advance()
    }
  }

  mutating func skipToEndOfLine() {
    while let byte = current, byte != UInt8(ascii: "\n") { advance() }
  }

  /// Consumes `byte` if it is next.
  mutating func consume(_ byte: UInt8) -> Bool {
    guard current == byte else { return false }
    advance()
    return true
  }

  /// Consumes bytes while `predicate` holds, and returns them as a name.
  ///
  /// - Throws: an error at the name when it is longer than the limit, is
  ///   not UTF-8, or holds a control character.
  mutating func take(while predicate: (UInt8) -> Bool) throws(SolverError) -> String {
    let start = location
    let first = position
    while let byte = current, predicate(byte) { advance() }
    let bytes = self.bytes[first..<position]
    guard bytes.count <= FrameworkFileLimits.maximumNameLength else {
      throw .malformedFile(
        start, message: "a name longer than \(FrameworkFileLimits.maximumNameLength) bytes")
    }
    guard let name = String(validating: bytes, as: UTF8.self) else {
      throw .malformedFile(start, message: "a name that is not valid UTF-8")
    }
    guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
    else {
      throw .malformedFile(start, message: "a name with a control character")
    }
    return name
  }

  var location: SourceLocation {
    SourceLocation(file: fileName, line: line, column: position - lineStart + 1)
  }

  func error(_ message: String) -> SolverError {
    .malformedFile(location, message: message)
  }
}

/// Collects names in order of first appearance and attacks between them.
struct NamedFrameworkBuilder {
  var names: [String] = []
  var index: [String: Int32] = [:]
  var sources: [Int32] = []
  var targets: [Int32] = []

  /// Declares `name`; a repeated declaration is folded into the first.
  mutating func declare(_ name: String, at location: SourceLocation) throws(SolverError) {
    guard index[name] == nil else { return }
    guard names.count < FrameworkFileLimits.maximumArgumentCount else {
      throw .malformedFile(
        location,
        message: "more than \(FrameworkFileLimits.maximumArgumentCount) arguments, the limit")
    }
    index[name] = Int32(names.count)
    names.append(name)
  }

  /// Adds an attack between declared arguments.
  mutating func attack(
    _ attacker: String, _ attacked: String, at location: SourceLocation
  ) throws(SolverError) {
    guard let source = index[attacker] else { throw .unknownArgument(attacker, location: location) }
    guard let target = index[attacked] else { throw .unknownArgument(attacked, location: location) }
    sources.append(source)
    targets.append(target)
  }

  func build() -> ArgumentationFramework {
    ArgumentationFramework(naming: .named(names, index), sources: sources, targets: targets)
  }
}
