// swift-tools-version:6.1
// Benchmarks live in their own package so that `swift test` never builds them.
import PackageDescription

let package = Package(
    name: "ChainGraphBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "ChainGraph", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "load-benchmark",
            dependencies: [.product(name: "ChainGraph", package: "ChainGraph")]),
        .executableTarget(
            name: "chain-bench",
            dependencies: [.product(name: "ChainGraph", package: "ChainGraph")]),
    ]
)
