import ArgMedSupport
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
  /// The key to keep out of every message, if any.
  let key: APIKey?

  /// The HTTP client the backends share.
  ///
  /// It follows no redirect (a redirect would carry the prompt, and for
  /// some headers the key, to another host), gives up connecting after 10
  /// seconds without retrying refused connections, and has no read
  /// time-out of its own (the exchange's limit governs). Like
  /// `HTTPClient.shared`, it lives as long as the process.
  static let sharedClient: HTTPClient = {
    var pool = HTTPClient.Configuration.ConnectionPool()
    pool.retryConnectionEstablishment = false
    let configuration = HTTPClient.Configuration(
      redirectConfiguration: .disallow,
      timeout: .init(connect: .seconds(10), read: .hours(24)),
      connectionPool: pool,
      decompression: .enabled(limit: .size(maximumBodySize)))
    return HTTPClient(
      eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
  }()

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
      if [.deadlineExceeded, .readTimeout, .writeTimeout].contains(error) {
        throw .timedOut("no complete reply within \(limit)")
      }
      if error == .connectTimeout { throw .unreachable("no connection within 10 seconds") }
      if error == .cancelled { throw .cancelled }
      if [.invalidURL, .emptyHost, .emptyScheme].contains(error) {
        throw .misconfigured("the URL \(url) is not usable")
      }
      if error == .remoteConnectionClosed {
        throw .unreachable("the connection broke before the reply was complete")
      }
      // Some client errors quote header values, and so could quote a key:
      // say only what kind of failure it was.
      throw .unreachable(Self.kind(of: error))
    } catch is NIOTooManyBytesError {
      throw .malformedReply("the reply is larger than \(Self.maximumBodySize >> 20) MiB")
    } catch {
      throw .unreachable(key?.redacting(Self.kind(of: error)) ?? Self.kind(of: error))
    }
  }

  /// A failure's kind without the values it carries: the connection
  /// refused, reset, or the client's error name.
  static func kind(of error: any Error) -> String {
    let text = "\(error)"
    for (marker, meaning) in [
      ("Connection refused", "connection refused"), ("Connection reset", "connection reset"),
      ("No route to host", "no route to host"), ("Network is unreachable", "network unreachable"),
      ("Name or service not known", "the host name is unknown"),
    ] where text.contains(marker) {
      return meaning
    }
    if let error = error as? HTTPClientError, error == .invalidHeaderFieldValues([]) {
      return "a header value was refused"
    }
    let name = "\(type(of: error))"
    return name == "HTTPClientError" ? "the HTTP client failed" : "\(name)"
  }

  private static func timeAmount(_ duration: Duration) -> TimeAmount {
    let (seconds, _) = duration.components
    // Clamped: a day is longer than any exchange ArgMed allows.
    return .seconds(min(max(seconds, 0), 86_400) + 1)
  }

  /// A response body as JSON, every string in it redacted of `key`.
  ///
  /// - Throws: `LanguageModelError.malformedReply` quoting the body, with
  ///   any trace of `key` taken out.
  static func json(of body: String, without key: APIKey?) throws(LanguageModelError) -> JSONValue {
    let value: JSONValue
    do {
      value = try JSONValue(parsing: body)
    } catch {
      throw .malformedReply("the body is not JSON: \(errorMessage(body, without: key))")
    }
    return key?.redacting(value) ?? value
  }

  /// The server as diagnostics name it: scheme, host, port and path,
  /// without a user, a password, a query or a fragment.
  static func shown(_ url: String) -> String {
    guard var components = URLComponents(string: url), components.host != nil else {
      return "<an unreadable base URL>"
    }
    components.user = nil
    components.password = nil
    components.query = nil
    components.fragment = nil
    return components.string ?? "<an unreadable base URL>"
  }

  /// A base URL without trailing slashes and without the `/v1` that the
  /// endpoints add themselves.
  static func base(of url: String) -> String {
    var base = url
    while base.hasSuffix("/") { base.removeLast() }
    if base.hasSuffix("/v1") { base.removeLast(3) }
    return base
  }

  /// The wait a response asks for: `retry-after-ms`, then `retry-after` in
  /// seconds or as an HTTP date.
  static func retryAfter(_ headers: HTTPHeaders, now: Date = Date()) -> Duration? {
    if let text = headers.first(name: "retry-after-ms"), let value = Double(text) {
      return Duration(roundingToMilliseconds: value / 1000)
    }
    guard let text = headers.first(name: "retry-after") else { return nil }
    if let seconds = Double(text.trimmingCharacters(in: .whitespaces)) {
      return Duration(roundingToMilliseconds: seconds)
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    guard let date = formatter.date(from: text) else { return nil }
    return Duration(roundingToMilliseconds: max(0, date.timeIntervalSince(now)))
  }

  /// The message of an error body: the `error.message` of OpenAI's and
  /// Anthropic's JSON, or the start of a plain-text body, without the key,
  /// without control characters, and cut at 300 characters (after the key
  /// is out, so no part of it survives the cut).
  static func errorMessage(_ body: String, without key: APIKey?) -> String {
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
    let flat = TextEscaping.terminalLine(key?.redacting(message) ?? message)
    if flat.isEmpty { return "(no message)" }
    return flat.count > 300 ? String(flat.prefix(300)) + "…" : flat
  }

}

extension HTTPExchange.Response {
  /// Throws the error a non-200 response means: a redirect is a
  /// configuration to fix (redirects are not followed), anything else an
  /// HTTP error with the server's message, without the key.
  func requireSuccess(from baseURL: String, key: APIKey?) throws(LanguageModelError) {
    guard status != 200 else { return }
    if (300..<400).contains(status) {
      let location = HTTPExchange.errorMessage(headers.first(name: "location") ?? "?", without: key)
      throw .misconfigured(
        "\(baseURL) redirects (\(status)) to \(location); give that as the base URL")
    }
    let shouldRetry = headers.first(name: "x-should-retry").flatMap {
      $0 == "true" ? true : $0 == "false" ? false : nil
    }
    throw .http(
      status: status, message: HTTPExchange.errorMessage(body, without: key),
      retryAfter: HTTPExchange.retryAfter(headers), shouldRetry: shouldRetry)
  }
}
