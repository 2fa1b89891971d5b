import ArgMedSupport
import ArgumentParser
import LLMBridge

/// `argmed llm …`: the language-model configuration.
struct LlmCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "llm", abstract: "Check a language-model configuration.",
    subcommands: [LlmCheckCommand.self])
}

/// `argmed llm check [model options]`.
struct LlmCheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Send one small structured request and report the model, the latency and the tokens.",
    discussion: """
      On failure, says what is wrong: the server unreachable, the key refused, the \
      structured-output dialect unsupported, or a reply that is not the JSON asked for.
      """)

  @OptionGroup var model: LanguageModelOptions

  func run() async throws {
    try await Diagnostics.reportingErrors {
      let backend: any LanguageModel
      do {
        backend = try model.makeModel()
      } catch let error as LanguageModelError {
        throw CommandFailure(ModelDiagnosis.explain(error, options: model))
      }
      let request = ConfigurationCheckRule.request(word: "heron", model: model.model)
      let clock = ContinuousClock()
      let started = clock.now
      let reply: ChatReply
      do {
        reply = try await backend.reply(to: request)
      } catch let error as LanguageModelError {
        throw CommandFailure(ModelDiagnosis.explain(error, options: model))
      }
      let latency = clock.now - started
      let problems: [String]
      do {
        let value = try JSONValue(parsing: reply.content)
        problems =
          JSONSchemaCheck.problems(of: value, against: ConfigurationCheckRule.schema)
          + (value["echo"] == "heron" ? [] : ["$.echo is not the word asked for (heron)"])
      } catch {
        problems = ["\(error)"]
      }
      guard problems.isEmpty else {
        throw CommandFailure(
          "\(backend.identity) answered, but not with the JSON asked for: "
            + problems.joined(separator: "; ") + (problems.last?.hasSuffix(".") == true ? "" : ".")
            + " Reply: "
            + TextEscaping.terminalLine(String(reply.content.prefix(200))))
      }
      let seconds = latency.inSeconds
      let output = StandardOutput()
      output.write("model: \(reply.model ?? model.model ?? "?") (\(backend.identity))\n")
      output.write("latency: " + String(format: "%.3f", seconds) + " s\n")
      if let usage = reply.usage {
        output.write(
          "tokens: \(usage.promptTokens) prompt, \(usage.completionTokens) completion\n")
      } else {
        output.write("tokens: not reported\n")
      }
      output.write("reply: \(TextEscaping.terminalLine(reply.content)) (fits the schema)\n")
      output.flush()
    }
  }
}

/// What a failed model call means for the user, in one line.
enum ModelDiagnosis {
  static func explain(_ error: LanguageModelError, options: LanguageModelOptions) -> String {
    let server = options.baseUrl ?? "the default server"
    switch error {
    case .unreachable(let detail):
      return "cannot reach \(server): \(detail). Is the server running, and is --base-url right?"
    case .timedOut(let detail):
      return "\(server) did not answer within \(options.timeout) s, on each of "
        + "\(options.maxRetries + 1) tries (\(detail)); raise --timeout or check the server"
    case .http(let status, let message, _, _) where status == 401 || status == 403:
      let variable =
        options.apiKeyEnv ?? (options.llm == .anthropic ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY")
      return "\(server) refused the key from \(variable) (\(status)): \(message)"
    case .http(404, let message, _, _):
      return "\(server) has no such endpoint or model (404): \(message). Check --base-url and "
        + "--model"
    case .http(let status, let message, _, _)
    where status == 500 && message.lowercased().contains("validation")
      || status == 400 && message.lowercased().contains("response_format"):
      return "\(server) rejects the structured-output request (\(status)): \(message). Try "
        + "another --dialect (json-schema, json-object-schema, json-object, prompt)"
    default:
      return "\(error)"
    }
  }
}
