// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "ArgMed",
  products: [
    .library(name: "Solver", targets: ["Solver"]),
    .executable(name: "argmed", targets: ["argmed"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // CaDiCaL's C API from Debian's libcadical-dev (static libcadical.a).
    .systemLibrary(
      name: "CCaDiCaL",
      path: "Sources/CCaDiCaL",
      providers: [.apt(["libcadical-dev"])]
    ),
    .target(
      name: "Solver",
      dependencies: ["CCaDiCaL"],
      swiftSettings: [.define("ARGMED_INTERNAL_CHECKS", .when(configuration: .debug))],
      linkerSettings: [.linkedLibrary("stdc++"), .linkedLibrary("m")]
    ),
    .executableTarget(
      name: "argmed",
      dependencies: [
        "Solver",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "ArgmedTestSupport",
      dependencies: ["Solver"],
      path: "Tests/ArgmedTestSupport"
    ),
    .testTarget(
      name: "SolverTests",
      dependencies: ["Solver", "ArgmedTestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "ArgmedEndToEndTests",
      dependencies: ["argmed", "Solver", "ArgmedTestSupport"],
      exclude: ["Fixtures"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
