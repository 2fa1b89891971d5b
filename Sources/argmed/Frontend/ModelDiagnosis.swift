import LLMBridge

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
