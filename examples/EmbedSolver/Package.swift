// swift-tools-version:6.0
import PackageDescription

// A separate package that uses ArgMed's `Solver` library, found by path.
let package = Package(
  name: "EmbedSolver",
  dependencies: [
    .package(name: "ArgMed", path: "../..")
  ],
  targets: [
    .executableTarget(
      name: "EmbedSolver",
      dependencies: [.product(name: "Solver", package: "ArgMed")]
    )
  ],
  swiftLanguageModes: [.v6]
)
