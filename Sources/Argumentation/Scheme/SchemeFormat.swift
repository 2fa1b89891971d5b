/// The scheme file format this version of ArgMed reads and writes.
public enum SchemeFormat {
  /// The format's major version, carried by the namespace.
  public static let majorVersion = 1
  /// The namespace of format 1: `urn:argmed:scheme:1`.
  public static let namespace = "urn:argmed:scheme:\(majorVersion)"
  /// The full format version written into new files.
  public static let version = SemanticVersion(major: majorVersion, minor: 0, patch: 0)
  /// The largest scheme file read, in bytes.
  ///
  /// Real schemes take a few kilobytes; the limit keeps a hostile file from
  /// costing memory.
  public static let maximumFileSize = 1 << 20
  /// The namespace prefix of XML Schema instance attributes, which scheme
  /// files may not use (`xsi:type` could change how a file validates).
  static let schemaInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance"
  /// The namespace of `xml:lang`.
  static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
}
