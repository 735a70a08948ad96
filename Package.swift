// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .executable(name: "byline-bench", targets: ["byline-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", exact: "1.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "BylineCore",
            dependencies: ["CLibXML2", .product(name: "OrderedCollections", package: "swift-collections")]
        ),
        .target(
            name: "BylineStore",
            dependencies: [
                "BylineCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "OrderedCollections", package: "swift-collections"),
                // SQLite's C interface, for the bulk inserts of a cold index (see `BulkStatement`).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "BylineUI",
            dependencies: ["BylineCore", .product(name: "OrderedCollections", package: "swift-collections")]
        ),
        .systemLibrary(name: "CNcursesw"),
        // glibc's mallopt, for `LargeAllocations`.
        .systemLibrary(name: "CMalloc"),
        .target(name: "BylineTerminal", dependencies: ["BylineUI", "CNcursesw"]),
        // The session and effects shared by the interface and the benchmark: no terminal here.
        .target(
            name: "BylineApp",
            dependencies: [
                "BylineCore", "BylineStore", "BylineUI", "CMalloc",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // The config file: TOML read into settings the other layers take as plain values.
        .target(
            name: "BylineConfig",
            dependencies: ["BylineCore", "BylineUI", "BylineApp", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineCore", "BylineStore", "BylineUI", "BylineTerminal", "BylineApp", "BylineConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark's synthetic library and statistics, apart from its executable so tests reach them.
        .target(name: "BylineBenchKit"),
        .executableTarget(
            name: "byline-bench",
            dependencies: [
                "BylineCore", "BylineStore", "BylineUI", "BylineApp", "BylineBenchKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the fuzz targets check (fuzz/run builds byline-fuzz with libFuzzer); the tests
        // replay every input a fuzzer found a fault with.
        .target(name: "BylineFuzzChecks", dependencies: ["BylineCore", "BylineUI"]),
        .executableTarget(name: "byline-fuzz", dependencies: ["BylineFuzzChecks"]),
        .target(name: "BylineTestSupport", dependencies: ["BylineCore", "BylineUI"]),
        .testTarget(
            name: "BylineCoreTests", dependencies: ["BylineCore", "BylineTestSupport", "BylineFuzzChecks"],
            // Inputs the fuzzers found faults with, read by path (see FuzzRegressionTests).
            exclude: ["FuzzRegressions"]
        ),
        .testTarget(
            name: "BylineStoreTests",
            dependencies: [
                "BylineStore", "BylineTestSupport", .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .testTarget(name: "BylineUITests", dependencies: ["BylineUI", "BylineTestSupport"]),
        .testTarget(
            name: "BylineAppTests",
            dependencies: ["BylineApp", "BylineUI", "BylineTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "BylineConfigTests", dependencies: ["BylineConfig", "BylineTestSupport"]),
        .testTarget(name: "BylineTerminalTests", dependencies: ["BylineTerminal", "BylineTestSupport"]),
        .testTarget(name: "BylineBenchKitTests", dependencies: ["BylineBenchKit", "BylineCore", "BylineTestSupport"]),
        .testTarget(
            name: "BylineCLITests",
            dependencies: ["BylineTestSupport", "byline", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
