extension ArgumentationFramework {
  /// The framework as the text of a file in `format`.
  ///
  /// i23 numbers the arguments `1…n` and, when they have names of their
  /// own, lists them as `# name` comment lines after the p-line, in order,
  /// as the ICCMA converters do. APX and TGF use the names.
  ///
  /// - Complexity: O(*n* + *m*).
  public func fileContents(in format: FrameworkFormat) -> String {
    var text = ""
    switch format {
    case .i23:
      text += "p af \(argumentCount)\n"
      if hasNamedArguments {
        for argument in arguments { text += "# \(name(of: argument))\n" }
      }
      for (attacker, attacked) in attacks { text += "\(attacker + 1) \(attacked + 1)\n" }
    case .apx:
      for argument in arguments { text += "arg(\(name(of: argument))).\n" }
      for (attacker, attacked) in attacks {
        text += "att(\(name(of: attacker)),\(name(of: attacked))).\n"
      }
    case .tgf:
      for argument in arguments { text += "\(name(of: argument))\n" }
      text += "#\n"
      for (attacker, attacked) in attacks {
        text += "\(name(of: attacker)) \(name(of: attacked))\n"
      }
    }
    return text
  }
}
