/// The version and authors every ArgMed program reports.
package enum ArgmedVersion {
  package static let current = "0.1.0"
  package static let authors = "The ArgMed contributors"
}
