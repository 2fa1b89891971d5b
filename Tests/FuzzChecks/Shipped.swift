import Argumentation

/// The shipped schemes and their grammar, loaded once per process.
enum Shipped {
  static let schemes: (catalog: SchemeCatalog, resources: SchemeResources)? = {
    guard let catalog = try? SchemeCatalog.shipped(),
      let resources = try? SchemeResources.bundled()
    else { return nil }
    return (catalog, resources)
  }()
}
