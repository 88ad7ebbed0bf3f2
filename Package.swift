// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ChainGraph",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ChainGraph", targets: ["ChainGraph"]),
        .executable(name: "chaingraph", targets: ["chaingraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", exact: "1.6.0"),
        // Documentation only: `swift package generate-documentation --target ChainGraph`.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", exact: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]),
        .target(
            name: "CSQLiteSettings",
            linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(
            name: "ChainGraph",
            dependencies: [
                "CLibXML2",
                "CSQLiteSettings",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "HashTreeCollections", package: "swift-collections"),
                .product(name: "HeapModule", package: "swift-collections"),
            ]),
        .target(
            name: "ChainGraphTCK",
            dependencies: ["ChainGraph"]),
        .executableTarget(
            name: "chaingraph",
            dependencies: [
                "ChainGraph",
                "ChainGraphTCK",
                "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "crash-writer",
            dependencies: ["ChainGraph"]),
        .testTarget(
            name: "ChainGraphTests",
            dependencies: ["ChainGraph", "ChainGraphTCK", "CLibXML2", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Query/Parser/Golden", "GraphML/Fixtures", "GraphML/Golden"]),
        .testTarget(
            name: "TCKTests",
            dependencies: ["ChainGraphTCK"]),
        .testTarget(
            name: "chaingraphTests",
            dependencies: ["chaingraph", "crash-writer", "ChainGraph", "CLibEdit"],
            exclude: ["Output/Golden"]),
    ]
)
