import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A real HTTP server on 127.0.0.1 that answers each request with the next
/// scripted response, and keeps what it was sent.
public final class StubServer: Sendable {
  /// One scripted answer.
  public struct Response: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: String
    /// Wait this long before answering.
    public var delay: Duration

    public init(
      status: Int = 200, headers: [(String, String)] = [("Content-Type", "application/json")],
      body: String, delay: Duration = .zero
    ) {
      self.status = status
      self.headers = headers
      self.body = body
      self.delay = delay
    }
  }

  /// One request the server was sent.
  public struct Received: Sendable {
    public var method: String
    public var uri: String
    public var headers: [(String, String)]
    public var body: String

    /// The value of the header `name`, whatever its case.
    public func header(_ name: String) -> String? {
      headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
  }

  private let state: NIOLockedValueBox<(script: [Response], received: [Received])>
  private let channel: Channel
  /// The port the server listens on, on 127.0.0.1.
  public let port: Int

  /// `http://127.0.0.1:` and the port.
  public var baseURL: String { "http://127.0.0.1:\(port)" }
  /// The requests sent so far, in order.
  public var received: [Received] { state.withLockedValue { $0.received } }

  /// Starts a server that answers with `script`, one response per request,
  /// and with status 599 once the script is over.
  public init(_ script: [Response]) async throws {
    let state = NIOLockedValueBox<(script: [Response], received: [Received])>((script, []))
    self.state = state
    channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        channel.pipeline.configureHTTPServerPipeline().flatMap {
          channel.pipeline.addHandler(Handler(state: state))
        }
      }
      .bind(host: "127.0.0.1", port: 0).get()
    port = channel.localAddress?.port ?? 0
  }

  /// Stops listening.
  public func stop() async throws {
    try await channel.close()
  }

  private final class Handler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let state: NIOLockedValueBox<(script: [Response], received: [Received])>
    var head: HTTPRequestHead?
    var body = ""

    init(state: NIOLockedValueBox<(script: [Response], received: [Received])>) {
      self.state = state
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
      switch unwrapInboundIn(data) {
      case .head(let head):
        self.head = head
        body = ""
      case .body(let buffer):
        body += String(buffer: buffer)
      case .end:
        guard let head else { return }
        let received = Received(
          method: "\(head.method)", uri: head.uri,
          headers: head.headers.map { ($0.name, $0.value) },
          body: body)
        let response = state.withLockedValue { state -> Response in
          state.received.append(received)
          return state.script.isEmpty
            ? Response(status: 599, body: #"{"error":{"message":"the stub's script is over"}}"#)
            : state.script.removeFirst()
        }
        let context = NIOLoopBound(context, eventLoop: context.eventLoop)
        let respond: @Sendable () -> Void = {
          var headers = HTTPHeaders(response.headers)
          headers.add(name: "Content-Length", value: "\(response.body.utf8.count)")
          let head = HTTPResponseHead(
            version: .http1_1, status: HTTPResponseStatus(statusCode: response.status),
            headers: headers)
          context.value.write(self.wrapOutboundOut(.head(head)), promise: nil)
          context.value.write(
            self.wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: response.body)))),
            promise: nil)
          context.value.writeAndFlush(self.wrapOutboundOut(.end(nil)), promise: nil)
        }
        if response.delay > .zero {
          let (seconds, attoseconds) = response.delay.components
          let nanoseconds = seconds * 1_000_000_000 + attoseconds / 1_000_000_000
          context.value.eventLoop.scheduleTask(in: .nanoseconds(nanoseconds)) { respond() }
        } else {
          respond()
        }
      }
    }
  }
}
