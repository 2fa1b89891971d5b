import Foundation

/// A set of checked argumentation schemes, found by id or `id@version`.
///
/// A catalog is loaded from scheme files: every file is read and checked
/// (safe parsing, the grammar `scheme.xsd`, then the rules the grammar
/// cannot state), and then the set as a whole: no `id@version` twice, and
/// every counter-scheme a critical question names is in the set. Loading
/// reports every problem in every file, not just the first.
///
/// ```swift
/// let catalog = try SchemeCatalog.shipped()
/// catalog.scheme(id: "clinical.decision")?.version  // 1.0.0
/// let report = SchemeCatalog.validate(["my-scheme.xml"], against: catalog)
/// report.diagnostics.map(\.description)  // ["my-scheme.xml:12:5: …"]
/// ```
public struct SchemeCatalog: Sendable {
  /// The schemes, ordered by id and then by version.
  public let schemes: [ArgumentationScheme]
  /// The file each scheme was read from, by `id@version`.
  private let files: [SchemeReference: String]

  /// A catalog of schemes already checked; `files` says where each came
  /// from.
  init(_ located: [LocatedScheme]) {
    let ordered = located.sorted {
      ($0.scheme.id, $0.scheme.version) < ($1.scheme.id, $1.scheme.version)
    }
    schemes = ordered.map(\.scheme)
    var files: [SchemeReference: String] = [:]
    for scheme in ordered { files[scheme.scheme.reference] = scheme.file }
    self.files = files
  }

  /// A catalog of schemes already checked, with the file of each.
  private init(schemes: [ArgumentationScheme], files: [SchemeReference: String]) {
    self.schemes = schemes.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
    self.files = files
  }

  /// This catalog with the schemes of `base` that its critical questions
  /// name as counter-schemes, and those that these name in turn, wherever
  /// this catalog has no scheme matching the reference.
  ///
  /// A folder of schemes loaded against the shipped ones (see
  /// `load(directory:base:resources:)`) may name shipped counter-schemes;
  /// a discussion on it needs them to answer its questions.
  ///
  /// - Parameters:
  ///   - base: the catalog to take the missing schemes from.
  ///   - roots: schemes to take from `base` besides, when this catalog has
  ///     none matching, such as those a discussion instantiates of its own
  ///     accord (the Generator's supporting arguments).
  /// - Returns: the completed catalog.
  /// - Complexity: O(*q* · *s*) for *q* critical questions over *s* schemes.
  public func completed(
    from base: SchemeCatalog, including roots: [SchemeReference] = []
  ) -> SchemeCatalog {
    var result = self
    var pending =
      roots.reversed() + schemes.flatMap { $0.criticalQuestions.compactMap(\.counterScheme) }
    while let reference = pending.popLast() {
      guard result.scheme(matching: reference) == nil,
        let found = base.scheme(matching: reference)
      else { continue }
      var files = result.files
      files[found.reference] = base.files[found.reference]
      result = SchemeCatalog(schemes: result.schemes + [found], files: files)
      pending += found.criticalQuestions.compactMap(\.counterScheme)
    }
    return result
  }

  /// The schemes that ship with ArgMed.
  ///
  /// - Throws: `ArgumentationError.missingResource` when they cannot be
  ///   found, and `ArgumentationError.invalidSchemes` if one of them is
  ///   broken.
  public static func shipped() throws(ArgumentationError) -> SchemeCatalog {
    try load(directory: SchemeResources.bundled().directory)
  }

  /// The schemes of every `.xml` file under `directory` (searched
  /// recursively, in path order), checked against the grammar in
  /// `resources` (by default the shipped one).
  ///
  /// - Parameters:
  ///   - directory: the folder to load.
  ///   - base: schemes that counter-schemes may also refer to; they are
  ///     not part of the result.
  ///   - resources: where the grammar is.
  /// - Returns: the catalog of the folder's schemes.
  /// - Throws: `ArgumentationError.invalidSchemes` with every problem found
  ///   when any file has one; `ArgumentationError.missingResource` when
  ///   the grammar is missing.
  /// - Complexity: linear in the total size of the files.
  public static func load(
    directory: String, base: SchemeCatalog? = nil, resources: SchemeResources? = nil
  ) throws(ArgumentationError) -> SchemeCatalog {
    let grammar: SchemeResources
    if let resources { grammar = resources } else { grammar = try SchemeResources.bundled() }
    let report = try validate([directory], against: base, resources: grammar)
    guard report.diagnostics.isEmpty else { throw .invalidSchemes(report.diagnostics) }
    return report.catalog
  }

  /// Checks scheme files and folders and reports every problem.
  ///
  /// A folder stands for every `.xml` file under it. Counter-schemes may be
  /// among the files checked or in `base` (say, the shipped catalog).
  ///
  /// - Parameters:
  ///   - paths: files and folders.
  ///   - base: schemes that counter-schemes may also refer to.
  ///   - resources: where the grammar is.
  /// - Returns: the catalog of the valid files, every diagnostic, and the
  ///   files checked.
  /// - Throws: `ArgumentationError.missingResource` when the grammar is
  ///   missing; problems with the files are diagnostics, not errors.
  public static func validate(
    _ paths: [String], against base: SchemeCatalog?, resources: SchemeResources
  ) throws(ArgumentationError) -> SchemeValidationReport {
    let reader = try SchemeFileReader(resources: resources)
    var located: [LocatedScheme] = []
    var diagnostics: [SchemeDiagnostic] = []
    var files: [String] = []
    var seen: Set<String> = []
    for path in paths {
      let expanded = schemeFiles(at: path)
      if expanded.isEmpty {
        diagnostics.append(SchemeDiagnostic(file: path, message: "no .xml scheme files here"))
      }
      // A file named twice (itself and within its folder) is read once.
      for file in expanded
      where seen.insert(URL(fileURLWithPath: file).resolvingSymlinksInPath().path).inserted {
        files.append(file)
        let result = reader.read(file)
        located += result.schemes
        diagnostics += result.diagnostics
      }
    }
    let between = CatalogRules(located: located, base: base).diagnostics()
    diagnostics += between
    // A file with a problem between files is not valid either.
    let broken = Set(between.map(\.file))
    return SchemeValidationReport(
      catalog: SchemeCatalog(located.filter { !broken.contains($0.file) }),
      diagnostics: diagnostics, files: files)
  }

  /// The newest version of the scheme with this id: the newest release
  /// that is not a draft, or, when there is none, the newest version of
  /// any kind (a pre-release, a draft).
  public func scheme(id: String) -> ArgumentationScheme? {
    schemes.last { $0.id == id && $0.version.preRelease.isEmpty && $0.status != .draft }
      ?? schemes.last { $0.id == id }
  }

  /// The scheme a reference names: that version, or the newest one when
  /// the reference has none.
  public func scheme(matching reference: SchemeReference) -> ArgumentationScheme? {
    guard let version = reference.version else { return scheme(id: reference.id) }
    return schemes.first { $0.id == reference.id && $0.version == version }
  }

  /// The scheme named by `text`, `id` or `id@version`.
  ///
  /// - Throws: `ArgumentationError.schemeNotFound`.
  public func scheme(named text: String) throws(ArgumentationError) -> ArgumentationScheme {
    let reference = SchemeReference(text) ?? SchemeReference(id: text)
    guard let scheme = scheme(matching: reference) else { throw .schemeNotFound(reference) }
    return scheme
  }

  /// The file a scheme was read from.
  public func file(of scheme: ArgumentationScheme) -> String? {
    files[scheme.reference]
  }

  /// The `.xml` files a path stands for: itself, or those under a folder,
  /// in path order; the path itself when it is missing, so that reading it
  /// reports why.
  private static func schemeFiles(at path: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return [path] }
    // The enumerator does not enter a folder given through a symbolic link.
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    guard let enumerator = FileManager.default.enumerator(atPath: resolved) else { return [] }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let type = enumerator.fileAttributes?[.type] as? FileAttributeType
      if relative.hasSuffix(".xml") && type != .typeDirectory {
        files.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
      }
    }
    return files.sorted()
  }
}

/// What checking scheme files found.
public struct SchemeValidationReport: Sendable {
  /// The schemes of the files without problems.
  public let catalog: SchemeCatalog
  /// Every problem, file by file in the order read, then those between
  /// files.
  public let diagnostics: [SchemeDiagnostic]
  /// The files read.
  public let files: [String]

  /// Whether every file is valid.
  public var isValid: Bool { diagnostics.isEmpty }
}
