import Argumentation

/// Shared set-up for the scheme tests.
enum SchemeTesting {
  /// The shipped grammar and schemes, loaded once for the whole run.
  static let resources: SchemeResources? = try? SchemeResources.bundled()
  static let shipped: SchemeCatalog? = try? SchemeCatalog.shipped()

  /// Checks `paths` with the shipped grammar, counter-schemes resolving
  /// also among `base`.
  static func validate(
    _ paths: [String], against base: SchemeCatalog?
  ) throws -> SchemeValidationReport {
    let resources = try SchemeResources.bundled()
    return try SchemeCatalog.validate(paths, against: base, resources: resources)
  }
}
