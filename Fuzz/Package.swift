// swift-tools-version:6.1
// libFuzzer targets, in their own package so that `swift test` never builds them (they
// have no main: libFuzzer provides it). Build and run with Fuzz/run.sh.
import PackageDescription

// The sanitizer flags come from Fuzz/run.sh (`-Xswiftc -sanitize=fuzzer,address`) so that
// ChainGraph itself is instrumented for coverage, not only the targets.
let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
let fuzzerLink: [LinkerSetting] = []

let package = Package(
    name: "ChainGraphFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "ChainGraph", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "ChainGraph", package: "ChainGraph")]),
        .executableTarget(name: "fuzz-query", dependencies: ["FuzzSupport", .product(name: "ChainGraph", package: "ChainGraph")],
                          swiftSettings: fuzzerFlags, linkerSettings: fuzzerLink),
        .executableTarget(name: "fuzz-graphml", dependencies: ["FuzzSupport", .product(name: "ChainGraph", package: "ChainGraph")],
                          swiftSettings: fuzzerFlags, linkerSettings: fuzzerLink),
        .executableTarget(name: "fuzz-chain", dependencies: ["FuzzSupport", .product(name: "ChainGraph", package: "ChainGraph")],
                          swiftSettings: fuzzerFlags, linkerSettings: fuzzerLink),
        .executableTarget(name: "fuzz-image", dependencies: ["FuzzSupport", .product(name: "ChainGraph", package: "ChainGraph")],
                          swiftSettings: fuzzerFlags, linkerSettings: fuzzerLink),
        .executableTarget(name: "fuzz-csv", dependencies: ["FuzzSupport", .product(name: "ChainGraph", package: "ChainGraph")],
                          swiftSettings: fuzzerFlags, linkerSettings: fuzzerLink),
    ]
)
