import Argumentation

/// What every agent's turn reads and nothing changes: the case as the
/// prompts present it, the model with the log of its exchanges, the
/// settings and the scheme catalog.
struct DiscussionContext: Sendable {
  let brief: CaseBrief
  let log: ExchangeLog
  let settings: DiscussionSettings
  let catalog: SchemeCatalog
}
