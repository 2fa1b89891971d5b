import Foundation

/// A file of recorded exchanges, one JSON object per line, each with a
/// format version, the canonical request and the reply.
///
/// The key of an exchange is its canonical request: the messages, the
/// model, the sampling settings and the schema, written as JSON with
/// sorted keys. Nothing else is recorded: no headers, so no API key.
enum Cassette {
  static let formatVersion = 1

  /// The canonical request: equal requests give equal text.
  static func key(of request: ChatRequest) -> String {
    var members: [(key: String, value: JSONValue)] = [
      (
        "messages",
        .array(
          request.messages.map {
            .object([("role", .string($0.role.rawValue)), ("content", .string($0.content))])
          })
      ),
      ("temperature", .number(request.temperature)),
      ("maxTokens", .number(Double(request.maxTokens))),
    ]
    if let model = request.model { members.append(("model", .string(model))) }
    if let seed = request.seed { members.append(("seed", .number(Double(seed)))) }
    if let schema = request.responseSchema {
      members.append(
        ("schema", .object([("name", .string(schema.name)), ("schema", schema.schema)])))
    }
    return JSONValue.object(members).canonicalText
  }

  /// One line of a cassette.
  static func line(request: ChatRequest, reply: ChatReply) -> String {
    var replyMembers: [(key: String, value: JSONValue)] = [
      ("content", .string(reply.content)), ("finishReason", .string(reply.finishReason.name)),
    ]
    if let model = reply.model { replyMembers.append(("model", .string(model))) }
    if let usage = reply.usage {
      replyMembers.append(
        (
          "usage",
          .object([
            ("promptTokens", .number(Double(usage.promptTokens))),
            ("completionTokens", .number(Double(usage.completionTokens))),
          ])
        ))
    }
    return "{\"version\":\(formatVersion),\"request\":\(key(of: request)),\"reply\":"
      + JSONValue.object(replyMembers).text + "}\n"
  }

  /// The largest cassette read, in bytes.
  static let maximumFileSize = 256 << 20

  /// A cassette's bytes: a regular file of at most `maximumFileSize` bytes
  /// (a FIFO or a device is refused, never waited on).
  static func contents(of path: String) throws(LanguageModelError) -> Data {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .cassette("\(path): cannot read the file: \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      throw .cassette("\(path): not a regular file")
    }
    guard status.st_size <= off_t(maximumFileSize) else {
      throw .cassette("\(path): larger than \(maximumFileSize >> 20) MiB")
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
    let data: Data
    do {
      data = try handle.readToEnd() ?? Data()
    } catch {
      throw .cassette("\(path): cannot read the file: \(error.localizedDescription)")
    }
    guard data.count <= maximumFileSize else {
      throw .cassette("\(path): larger than \(maximumFileSize >> 20) MiB")
    }
    return data
  }

  /// The exchanges of a cassette file, by key.
  static func load(_ path: String) throws(LanguageModelError) -> [String: ChatReply] {
    let data = try contents(of: path)
    var exchanges: [String: ChatReply] = [:]
    for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated()
    where !line.allSatisfy(\.isWhitespace) {
      let place = "\(path):\(index + 1)"
      let entry: JSONValue
      do {
        entry = try JSONValue(parsing: String(line))
      } catch {
        throw .cassette("\(place): \(error)")
      }
      guard entry["version"]?.countValue == formatVersion else {
        throw .cassette("\(place): not a cassette line of version \(formatVersion)")
      }
      guard let request = entry["request"], let reply = entry["reply"],
        let content = reply["content"]?.stringValue
      else { throw .cassette("\(place): a line needs \"request\" and \"reply.content\"") }
      var usage: TokenUsage?
      if let prompt = reply["usage"]?["promptTokens"]?.countValue,
        let completion = reply["usage"]?["completionTokens"]?.countValue
      {
        usage = TokenUsage(promptTokens: prompt, completionTokens: completion)
      }
      exchanges[request.canonicalText] = ChatReply(
        content: content,
        finishReason: FinishReason(serverName: reply["finishReason"]?.stringValue ?? "stop"),
        usage: usage, model: reply["model"]?.stringValue)
    }
    return exchanges
  }
}

/// Records every exchange of a model to a cassette, appending one line per
/// reply (see ``ReplayLanguageModel``).
public actor RecordingLanguageModel: LanguageModel {
  public nonisolated let base: any LanguageModel
  public nonisolated let path: String

  /// Records `base`'s exchanges at the end of the cassette at `path`
  /// (created when missing).
  public init(_ base: any LanguageModel, cassette path: String) {
    self.base = base
    self.path = path
  }

  /// The recorded model's identity: recording changes no answer, so a run
  /// recorded to one cassette may be resumed recording to another, or none.
  public nonisolated var identity: String { base.identity }

  public func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    let reply = try await base.reply(to: request)
    try append(Cassette.line(request: request, reply: reply))
    return reply
  }

  private func append(_ line: String) throws(LanguageModelError) {
    if !FileManager.default.fileExists(atPath: path) {
      guard FileManager.default.createFile(atPath: path, contents: nil) else {
        throw .cassette("\(path): cannot create the file")
      }
    }
    guard let handle = FileHandle(forWritingAtPath: path) else {
      throw .cassette("\(path): cannot open the file for writing")
    }
    defer { try? handle.close() }
    do {
      try handle.seekToEnd()
      try handle.write(contentsOf: Data(line.utf8))
    } catch {
      throw .cassette("\(path): \(error.localizedDescription)")
    }
  }
}

/// Serves a cassette's recorded replies, by canonical request; a request
/// the cassette lacks is an error that says so, never a call to a model.
public struct ReplayLanguageModel: LanguageModel {
  public let path: String
  private let exchanges: [String: ChatReply]

  /// Loads the cassette at `path`.
  ///
  /// - Throws: ``LanguageModelError/cassette(_:)`` naming the line that
  ///   cannot be read.
  public init(cassette path: String) throws(LanguageModelError) {
    self.path = path
    exchanges = try Cassette.load(path)
  }

  public var identity: String { "replay of \(path)" }

  public func reply(to request: ChatRequest) async throws(LanguageModelError) -> ChatReply {
    guard let reply = exchanges[Cassette.key(of: request)] else {
      let last = request.messages.last?.content ?? ""
      let excerpt = last.count > 80 ? String(last.prefix(80)) + "…" : last
      throw .replayMiss("\(path) has no reply to \"\(excerpt)\"")
    }
    return reply
  }
}
