import Agents
import ArgMedSupport
import ArgumentParser
import Argumentation

/// `argmed schemes …`: the argumentation schemes the agents reason with.
struct SchemesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schemes",
    abstract: "List, show and validate argumentation scheme files.",
    subcommands: [SchemesListCommand.self, SchemesShowCommand.self, SchemesValidateCommand.self]
  )
}

/// `argmed schemes list [--dir D] [--format text|json]`.
struct SchemesListCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the schemes: id@version, kind, conclusion and name.")

  @OptionGroup var catalog: SchemeCatalogOptions

  @Option(help: "The output format: text or json.")
  var format: OutputFormat = .text

  func run() async throws {
    try await Diagnostics.reportingErrors {
      let schemes = try catalog.load().schemes
      let output = StandardOutput()
      switch format {
      case .text:
        let idWidth = schemes.map { $0.reference.description.count }.max() ?? 0
        let kindWidth = schemes.map(\.kind.rawValue.count).max() ?? 0
        for scheme in schemes {
          let reference = scheme.reference.description
          output.write(
            reference.padding(to: idWidth) + "  " + scheme.kind.rawValue.padding(to: kindWidth)
              + "  " + scheme.concludes.rawValue.padding(to: 8) + "  " + scheme.name + "\n")
        }
      case .json:
        let entries = schemes.map { scheme in
          JSON([
            "id": scheme.id, "schemeVersion": scheme.version.description,
            "kind": scheme.kind.rawValue, "concludes": scheme.concludes.rawValue,
            "status": scheme.status.rawValue, "name": scheme.name,
          ])
        }
        output.write(JSON(["version": 1, "schemes": entries]).text() + "\n")
      }
      try output.flush()
    }
  }
}

/// `argmed schemes show ID [--dir D] [--format text|xml|json]`.
struct SchemesShowCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one scheme, named by id (its newest version) or id@version."
  )

  @Argument(help: "The scheme: id or id@version, e.g. clinical.decision@1.0.0.")
  var scheme: String

  @OptionGroup var catalog: SchemeCatalogOptions

  @Option(help: "The output format: text, xml or json.")
  var format: SchemeFormatOption = .text

  func run() async throws {
    try await Diagnostics.reportingErrors {
      let found = try catalog.load().scheme(named: scheme)
      let output = StandardOutput()
      switch format {
      case .text:
        output.write(found.textDescription + "\n")
      case .xml:
        output.write(found.xmlDocument)
      case .json:
        output.write(JSON(["version": 1, "scheme": found.json]).text() + "\n")
      }
      try output.flush()
    }
  }
}

/// `argmed schemes validate PATH…`.
struct SchemesValidateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check scheme files against the grammar and the format's rules.",
    discussion: """
      Every problem in every file is listed on stderr as file:line:column: message. \
      A folder stands for the .xml files under it. Counter-schemes may be among the files \
      checked or among the shipped schemes (unless --standalone). Exit status 0 means every \
      file is valid.
      """
  )

  @Argument(help: "Scheme files and folders.")
  var paths: [String]

  @Flag(help: "Resolve counter-schemes among the given files only, not the shipped schemes.")
  var standalone = false

  func validate() throws {
    guard !paths.isEmpty else { throw ValidationError("name at least one file or folder") }
  }

  func run() async throws {
    try await Diagnostics.reportingErrors {
      let resources = try SchemeResources.bundled()
      let base = standalone ? nil : try SchemeCatalog.shipped()
      let report = try SchemeCatalog.validate(paths, against: base, resources: resources)
      let output = StandardOutput()
      let files = report.files.count == 1 ? "1 file" : "\(report.files.count) files"
      if report.isValid {
        let schemes = report.catalog.schemes.count
        output.write("\(files) valid (\(schemes == 1 ? "1 scheme" : "\(schemes) schemes"))\n")
        try output.flush()
        return
      }
      throw ArgumentationError.invalidSchemes(report.diagnostics)
    }
  }
}

/// Where the schemes come from: the shipped ones, or a folder.
struct SchemeCatalogOptions: ParsableArguments {
  @Option(
    name: .customLong("dir"),
    help: "A folder of scheme files to use instead of the shipped schemes.")
  var directory: String?

  /// The catalog: the folder's schemes (whose counter-schemes may also be
  /// shipped ones), or the shipped schemes.
  func load() throws -> SchemeCatalog {
    let shipped = try SchemeCatalog.shipped()
    guard let directory else { return shipped }
    return try SchemeCatalog.load(directory: directory, base: shipped)
  }

  /// The catalog a discussion uses: `load()`, with the shipped schemes the
  /// folder's questions name as counter-schemes and those the Generator
  /// supports decisions with.
  func loadForDiscussion() throws -> SchemeCatalog {
    let shipped = try SchemeCatalog.shipped()
    guard let directory else { return shipped }
    return try SchemeCatalog.load(directory: directory, base: shipped).completed(
      from: shipped, including: Discussion.supportingSchemes.map { SchemeReference(id: $0) })
  }
}

/// `--format` of `schemes show`.
enum SchemeFormatOption: String, CaseIterable, ExpressibleByArgument {
  case text, xml, json
}

extension String {
  /// The string followed by spaces up to `width` characters.
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
