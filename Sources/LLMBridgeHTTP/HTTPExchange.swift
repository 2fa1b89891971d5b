import AsyncHTTPClient
import Foundation
import LLMBridge
import NIOCore
import NIOHTTP1

/// One POST of JSON to a model server, with the whole exchange under one
/// time limit, and every failure turned into a `LanguageModelError`.
struct HTTPExchange: Sendable {
  /// The longest response body read.
  static let maximumBodySize = 16 << 20

  struct Response: Sendable {
    var status: Int
    var body: String
    var headers: HTTPHeaders
  }

  let client: HTTPClient
  let timeout: Duration

  /// Posts `body` to `url` with `headers`.
  ///
  /// - Throws: ``LanguageModelError/timedOut(_:)`` past the time limit
  ///   (connecting, waiting or reading), ``LanguageModelError/unreachable(_:)``
  ///   when the connection fails, ``LanguageModelError/cancelled``.
  func post(
    _ url: String, headers: [(String, String)], body: String
  ) async throws(LanguageModelError) -> Response {
    let limit = timeout
    let client = self.client
    let clock = ContinuousClock()
    let started = clock.now
    do {
      return try await withThrowingTaskGroup(of: Response?.self) { group in
        group.addTask {
          var request = HTTPClientRequest(url: url)
          request.method = .POST
          request.headers.add(name: "Content-Type", value: "application/json")
          request.headers.add(name: "Accept", value: "application/json")
          for (name, value) in headers { request.headers.add(name: name, value: value) }
          request.body = .bytes(ByteBuffer(string: body))
          let response = try await client.execute(request, timeout: Self.timeAmount(limit))
          let body = try await response.body.collect(upTo: Self.maximumBodySize)
          return Response(
            status: Int(response.status.code), body: String(buffer: body),
            headers: response.headers)
        }
        group.addTask {
          try await Task.sleep(for: limit)
          return nil
        }
        defer { group.cancelAll() }
        // A reply that comes after the limit is late all the same (when
        // the machine is busy, both tasks may finish before either is read).
        guard let first = try await group.next(), let response = first,
          clock.now - started <= limit
        else {
          throw LanguageModelError.timedOut("no complete reply within \(limit)")
        }
        return response
      }
    } catch let error as LanguageModelError {
      throw error
    } catch is CancellationError {
      throw .cancelled
    } catch let error as HTTPClientError {
      if [.deadlineExceeded, .connectTimeout, .readTimeout, .writeTimeout].contains(error) {
        throw .timedOut("\(error)")
      }
      if error == .cancelled { throw .cancelled }
      if [.invalidURL, .emptyHost, .emptyScheme].contains(error) {
        throw .misconfigured("the URL \(url) is not usable: \(error)")
      }
      throw .unreachable("\(error)")
    } catch {
      throw .unreachable("\(error)")
    }
  }

  private static func timeAmount(_ duration: Duration) -> TimeAmount {
    let (seconds, attoseconds) = duration.components
    return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
  }

  /// The wait a response asks for: `retry-after-ms`, then `retry-after` in
  /// seconds or as an HTTP date.
  static func retryAfter(_ headers: HTTPHeaders, now: Date = Date()) -> Duration? {
    if let text = headers.first(name: "retry-after-ms"), let milliseconds = Double(text) {
      return .milliseconds(Int64(milliseconds))
    }
    guard let text = headers.first(name: "retry-after") else { return nil }
    if let seconds = Double(text.trimmingCharacters(in: .whitespaces)) {
      return .milliseconds(Int64(seconds * 1000))
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    guard let date = formatter.date(from: text) else { return nil }
    return .milliseconds(Int64(max(0, date.timeIntervalSince(now)) * 1000))
  }

  /// The message of an error body: the `error.message` of OpenAI's and
  /// Anthropic's JSON, or the start of a plain-text body, without control
  /// characters and cut at 300 characters.
  static func errorMessage(_ body: String) -> String {
    var message = body
    if let value = try? JSONValue(parsing: body), let error = value["error"] {
      if let text = error["message"]?.stringValue {
        message = text
      } else if let texts = error["message"]?.arrayValue {
        message = texts.compactMap(\.stringValue).joined(separator: "; ")
      } else if let text = error.stringValue {
        message = text
      }
    }
    let flat = String(
      message.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : Character($0) }
    )
    .trimmingCharacters(in: .whitespaces)
    if flat.isEmpty { return "(no message)" }
    return flat.count > 300 ? String(flat.prefix(300)) + "…" : flat
  }
}
