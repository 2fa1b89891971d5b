// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "ArgMed",
  products: [
    .library(name: "Solver", targets: ["Solver"]),
    .library(name: "Argumentation", targets: ["Argumentation"]),
    .library(name: "LLMBridge", targets: ["LLMBridge"]),
    .library(name: "LLMBridgeHTTP", targets: ["LLMBridgeHTTP"]),
    .library(name: "Agents", targets: ["Agents"]),
    .library(name: "Evaluation", targets: ["Evaluation"]),
    .executable(name: "argmed", targets: ["argmed"]),
    .executable(name: "argmed-iccma", targets: ["argmed-iccma"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    // Only the tests use SwiftNIO directly, for servers on 127.0.0.1; the client brings it.
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    // `swift package generate-documentation`: every module's DocC catalog (CI builds them).
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // What every module shares: JSON reading and writing, escaping, whole-file
    // reading, the POSIX write loop, durations. Not a product, and without
    // Foundation, because the Solver depends on it.
    .target(name: "ArgMedSupport"),
    // CaDiCaL's C API from Debian's libcadical-dev (static libcadical.a).
    .systemLibrary(
      name: "CCaDiCaL",
      path: "Sources/CCaDiCaL",
      providers: [.apt(["libcadical-dev"])]
    ),
    .target(
      name: "Solver",
      dependencies: ["ArgMedSupport", "CCaDiCaL"],
      swiftSettings: [.define("ARGMED_INTERNAL_CHECKS", .when(configuration: .debug))],
      linkerSettings: [.linkedLibrary("stdc++"), .linkedLibrary("m")]
    ),
    // The ICCMA solver interface: tasks, the command line, the answers.
    // No Foundation, so that `argmed-iccma` starts as fast as a C++ solver.
    .target(name: "ICCMA", dependencies: ["ArgMedSupport", "Solver"]),
    // The ICCMA entry point alone, with the Swift standard library linked
    // statically (no shared Swift libraries to load) into a position-
    // dependent executable (none of the static library's 20,000 relative
    // relocations to apply, and so fewer pages to copy): at start-up it
    // costs what a C++ solver costs. An executable's unsafe flags do not
    // stop other packages from using the libraries. No test target depends
    // on it (its link flags would reach the test bundle); `swift test`
    // builds it with every other product.
    .executableTarget(
      name: "argmed-iccma",
      dependencies: ["ArgMedSupport", "ICCMA"],
      linkerSettings: [
        .unsafeFlags(["-static-stdlib", "-Xclang-linker", "-no-pie"], .when(platforms: [.linux]))
      ]
    ),
    // libxml2 from Debian's libxml2-dev: safe parsing and XSD validation.
    .systemLibrary(
      name: "CLibXML2",
      path: "Sources/CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(
      name: "Argumentation",
      dependencies: ["ArgMedSupport", "Solver", "CLibXML2"],
      // The shipped schemes and their grammar; `schemes/` at the top links here.
      resources: [.copy("Schemes")]
    ),
    // The language-model protocol, the mock, retries and cassettes: no networking.
    .target(name: "LLMBridge", dependencies: ["ArgMedSupport"]),
    // The HTTP backends, apart so that the rest of the package does not build SwiftNIO.
    .target(
      name: "LLMBridgeHTTP",
      dependencies: [
        "ArgMedSupport",
        "LLMBridge",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
      ]
    ),
    // Cases and the discussion of ArgMed-Agents.
    .target(
      name: "Agents", dependencies: ["ArgMedSupport", "Solver", "Argumentation", "LLMBridge"]),
    // The paper's evaluation: datasets, the baselines, the results file and
    // resuming it, summaries and their HTML page.
    .target(
      name: "Evaluation", dependencies: ["ArgMedSupport", "Agents", "Argumentation", "LLMBridge"]),
    .executableTarget(
      name: "argmed",
      dependencies: [
        "ArgMedSupport",
        "Solver",
        "Argumentation",
        "LLMBridge",
        "LLMBridgeHTTP",
        "Agents",
        "Evaluation",
        "ICCMA",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What the fuzz targets check of each input, shared with the regression
    // tests that replay every input the fuzzers found.
    .target(
      name: "FuzzChecks",
      dependencies: [
        "ArgMedSupport", "Solver", "Argumentation", "LLMBridge", "Agents", "Evaluation",
      ],
      path: "Tests/FuzzChecks"
    ),
    .testTarget(
      name: "FuzzRegressionTests",
      dependencies: ["FuzzChecks", "ArgmedTestSupport"],
      exclude: ["Inputs"]
    ),
    // The tests' shared helpers and doubles: the oracle, generators, the
    // command runner, the scripted model, the wait recorder.
    .target(
      name: "ArgmedTestSupport",
      dependencies: ["Solver", "LLMBridge", "Agents"],
      path: "Tests/ArgmedTestSupport"
    ),
    .testTarget(name: "ArgMedSupportTests", dependencies: ["ArgMedSupport"], exclude: ["Fixtures"]),
    // The stub HTTP server, apart so that only the tests that need SwiftNIO
    // build against it.
    .target(
      name: "ArgmedHTTPTestSupport",
      dependencies: [
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
      ],
      path: "Tests/ArgmedHTTPTestSupport"
    ),
    .testTarget(
      name: "SolverTests",
      dependencies: ["Solver", "ArgmedTestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "ArgumentationTests",
      dependencies: ["Argumentation", "Solver", "ArgmedTestSupport"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "AgentsTests",
      dependencies: ["Agents", "Argumentation", "LLMBridge", "Solver", "ArgmedTestSupport"]
    ),
    .testTarget(
      name: "EvaluationTests",
      dependencies: ["Evaluation", "Agents", "Argumentation", "LLMBridge", "ArgmedTestSupport"]
    ),
    .testTarget(
      name: "LLMBridgeTests",
      dependencies: ["LLMBridge", "ArgmedTestSupport"]
    ),
    .testTarget(
      name: "LLMBridgeHTTPTests",
      dependencies: ["LLMBridge", "LLMBridgeHTTP", "ArgmedTestSupport", "ArgmedHTTPTestSupport"]
    ),
    .testTarget(
      name: "ArgmedEndToEndTests",
      dependencies: ["argmed", "Solver", "Argumentation", "ArgmedTestSupport"],
      exclude: ["Fixtures", "Golden"]
    ),
  ],
  swiftLanguageModes: [.v6]
)

// The fuzz targets, built only for fuzzing (`Scripts/fuzz`), with libFuzzer and
// AddressSanitizer: `ARGMED_FUZZ=1 swift build -Xswiftc -sanitize=fuzzer,address`.
if Context.environment["ARGMED_FUZZ"] != nil {
  package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/Driver"))
  for kind in [
    "I23", "APX", "TGF", "Graph", "Scheme", "Case", "Dataset", "Cassette", "Results", "Replies",
  ] {
    package.targets.append(
      .executableTarget(
        name: "Fuzz\(kind)",
        dependencies: ["FuzzChecks", "FuzzDriver"],
        path: "Fuzz/Fuzz\(kind)",
        // libFuzzer runs the program: no Swift entry point.
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
      ))
  }
}
