import Agents
import LLMBridge

/// What an evaluation run is, as the first line of its results file
/// names it: the model and the settings its answers depend on.
///
/// A run resumes only a file made with the same model and settings, so
/// that one file never mixes the answers of two models.
public struct EvaluationRun: Hashable, Sendable {
  /// The dataset's path, for people (a dataset may move).
  public var dataset: String
  /// The model's identity (never a key).
  public var model: String
  /// The model name sent with requests, when one is.
  public var modelName: String?
  public var settings: DiscussionSettings

  public init(dataset: String, model: String, settings: DiscussionSettings) {
    self.dataset = dataset
    self.model = model
    self.modelName = settings.model
    self.settings = settings
  }

  /// The settings that change answers, as `name=value` pairs.
  var settingsText: String {
    [
      "semantics=\(settings.semantics.rawValue)", "maxRounds=\(settings.maxRounds)",
      "maxDecisions=\(settings.maxDecisions.map(String.init) ?? "options")",
      "maxReasks=\(settings.maxReasks)", "reasonerAttacks=\(settings.reasonerAttacks)",
      "reasonerSupports=\(settings.reasonerSupports)",
      "strengthTolerance=\(settings.strengthTolerance)",
      "seed=\(settings.seed.map(String.init) ?? "none")",
      "maxTokens=\(settings.maxTokens)",
    ].joined(separator: " ")
  }

  /// The first line of a results file.
  public var jsonLine: String {
    JSONValue.object([
      ("version", .number(Double(CaseResult.formatVersion))), ("format", "argmed-eval-results"),
      ("dataset", .string(dataset)), ("model", .string(model)),
      ("settings", .string(settingsText)),
    ]).text
  }

  /// What a first line says, as far as resuming needs.
  struct Made: Hashable {
    var model: String
    var settings: String

    /// What differs from `run`, in words; `nil` when nothing does.
    func difference(from run: EvaluationRun) -> String? {
      if model != run.model { return "model \(model), not \(run.model)" }
      if settings != run.settingsText { return "settings \(settings), not \(run.settingsText)" }
      return nil
    }
  }
}

extension EvaluationRun.Made {
  /// Reads a results file's first line; `nil` when it is not one.
  init?(jsonLine line: String) {
    guard let value = try? JSONValue(parsing: line), value["version"]?.countValue == 1,
      value["format"] == "argmed-eval-results", let model = value["model"]?.stringValue,
      let settings = value["settings"]?.stringValue
    else { return nil }
    self.init(model: model, settings: settings)
  }
}
