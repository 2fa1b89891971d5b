import ArgMedSupport

extension FileReadError {
  /// What Argumentation says of a file it could not read: why, or that it
  /// passed the size limit for `kind` ("graphs", "scheme files").
  func message(limitFor kind: String) -> String {
    switch cause {
    case .tooLarge(_, let limit), .grewPastLimit(let limit):
      "the file is larger than \(limit) bytes, the limit for \(kind)"
    case .system, .isDirectory, .notRegularFile:
      "cannot read the file: \(reason)"
    }
  }
}
