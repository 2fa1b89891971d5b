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
    try await Diagnostics.reportingErrors(model: model) {
      let backend = try model.makeModel()
      let request = ConfigurationCheckRule.request(word: "heron", model: model.model)
      let clock = ContinuousClock()
      let started = clock.now
      let reply = try await backend.reply(to: request)
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
      try output.flush()
    }
  }
}
