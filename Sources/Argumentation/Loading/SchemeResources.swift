import Foundation

/// Where the schemes and the grammar that ship with ArgMed are.
///
/// They are package resources of the `Argumentation` module (the folder
/// `schemes/` at the top of the repository links to them), bundled next to
/// every built executable, so `argmed` finds them wherever it is run from.
public struct SchemeResources: Sendable {
  /// The folder holding `scheme.xsd`, `xml.xsd` and the shipped schemes.
  public var directory: String

  /// Resources in `directory`, for tools that keep their own copy.
  public init(directory: String) {
    self.directory = directory
  }

  /// The resources bundled with the module.
  ///
  /// Looks where SwiftPM puts the module's resource bundle, next to the
  /// executable, and then in the source tree this module was built from
  /// (for a build that is run in place). SwiftPM's own `Bundle.module`
  /// stops the process when the bundle is missing; this reports it.
  ///
  /// - Throws: `ArgumentationError.missingResource` when neither place has
  ///   them (a copied binary without its resource bundle).
  public static func bundled() throws(ArgumentationError) -> SchemeResources {
    let bundleName = "ArgMed_Argumentation"
    let executableDirectory = Bundle.main.bundleURL.path
    let candidates = [
      "\(executableDirectory)/\(bundleName).resources/Schemes",
      "\(executableDirectory)/\(bundleName).bundle/Contents/Resources/Schemes",
      "\(executableDirectory)/\(bundleName).bundle/Schemes",
      sourceDirectory,
    ]
    for candidate in candidates
    where FileManager.default.fileExists(atPath: candidate + "/scheme.xsd") {
      return SchemeResources(directory: candidate)
    }
    throw .missingResource(
      "the shipped schemes are not next to the executable: \(bundleName).resources is missing "
        + "from \(executableDirectory)")
  }

  /// The shipped schemes in the source tree: `../Schemes` from this file.
  private static var sourceDirectory: String {
    let file = "\(#filePath)"
    let loading = file[..<(file.lastIndex(of: "/") ?? file.endIndex)]
    let module = loading[..<(loading.lastIndex(of: "/") ?? loading.endIndex)]
    return module + "/Schemes"
  }

  /// The path of the grammar, `scheme.xsd`.
  public var grammarPath: String { directory + "/scheme.xsd" }
}
