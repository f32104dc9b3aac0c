// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ledger",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ledger", targets: ["ledger"]),
        // For the libFuzzer harnesses in fuzz/, a package of its own that depends on this one.
        .library(name: "LedgerCSV", targets: ["LedgerCSV"]),
        .library(name: "LedgerDomain", targets: ["LedgerDomain"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // Pure domain: models, validation, canonical JSON, journal hashing. No SQLite, no I/O.
        .target(
            name: "LedgerDomain",
            dependencies: ["LedgerProofs", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Transparency-log proofs: Merkle tree, signed notes, checkpoints, cosignatures. Pure: bytes in, bytes out.
        .target(name: "LedgerProofs", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // RFC 4180 reading and spreadsheet-safe writing.
        .target(name: "LedgerCSV"),
        // Input files read into domain records: persons CSV files, manifests.
        .target(name: "LedgerImport", dependencies: ["LedgerDomain", "LedgerCSV"]),
        // The SQLite store: schema, journal, projections, replay.
        .target(
            name: "LedgerStore",
            dependencies: [
                "LedgerDomain", "LedgerProofs",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [
                .embedInCode("schema.sql"), .embedInCode("migration-v2.sql"), .embedInCode("migration-v3.sql"),
                .embedInCode("migration-v4.sql"), .embedInCode("migration-v5.sql"), .embedInCode("migration-v6.sql"),
            ]
        ),
        // The demo database built from the public figures of 2025.
        .target(
            name: "LedgerDemo",
            dependencies: ["LedgerDomain", "LedgerStore", "LedgerCSV"],
            resources: [.embedInCode("exchanges-2025.csv")]
        ),
        .executableTarget(
            name: "ledger",
            dependencies: [
                "LedgerDomain", "LedgerCSV", "LedgerImport", "LedgerProofs", "LedgerStore", "LedgerDemo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "LedgerDomainTests",
            dependencies: [
                "LedgerDomain", "LedgerProofs",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "LedgerProofsTests",
            dependencies: [
                "LedgerProofs",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "LedgerCSVTests",
            dependencies: [
                "LedgerCSV",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        // Temporary folders, the real sqlite3 shell and the built binary, for the tests below.
        .target(name: "LedgerTestSupport", path: "Tests/LedgerTestSupport"),
        .testTarget(
            name: "LedgerStoreTests",
            dependencies: [
                "LedgerCSV", "LedgerDomain", "LedgerImport", "LedgerProofs", "LedgerStore", "LedgerTestSupport",
                // GRDB for the tests of the store's own helpers around GRDB statements.
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "LedgerEndToEndTests",
            // LedgerDomain for the journal's hash rule: a tamper test recomputes a chain as an attacker would.
            dependencies: ["ledger", "LedgerDomain", "LedgerTestSupport"]
        ),
    ]
)
