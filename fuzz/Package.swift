// swift-tools-version:5.4
import PackageDescription

// libFuzzer harnesses, a package of their own so that `swift build` and `swift test` of the ledger
// never need the fuzzer runtime. `fuzz/run` builds them with -sanitize=fuzzer,address and runs each.
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's `main` on Linux and
// links against the renamed symbol, which a harness built with -parse-as-library does not have;
// libFuzzer brings its own `main`.
let package = Package(
    name: "ledger-fuzz",
    dependencies: [.package(name: "ledger", path: "..")],
    targets: [
        .executableTarget(name: "FuzzCSVReader", dependencies: [.product(name: "LedgerCSV", package: "ledger")]),
        .executableTarget(name: "FuzzCanonicalJSON", dependencies: [.product(name: "LedgerDomain", package: "ledger")]),
    ]
)
