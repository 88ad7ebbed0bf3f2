@testable import ChainGraphTCK
import Foundation
import XCTest

/// Runs the openCypher TCK in ../shared/tck (when present), writes docs/conformance.md,
/// and fails when fewer scenarios pass than the committed baseline.
final class TCKTests: XCTestCase {
    /// The number of scenarios that passed when the baseline was last raised. Raise it as
    /// conformance improves; a run below it is a regression.
    static let baseline = 1790

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    func testConformanceDoesNotRegress() throws {
        let features = TCKTests.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/tck/features")
        guard FileManager.default.fileExists(atPath: features.path) else {
            throw XCTSkip("../shared/tck is absent; the conformance run needs it")
        }
        let results = try TCKRunner.run(directory: features)
        let report = ConformanceReport(results: results)
        print(report.table)
        print(report.closingLine)
        if ProcessInfo.processInfo.environment["TCK_WRITE_REPORT"] != nil || ProcessInfo.processInfo.environment["CI"] == nil {
            try report.markdown.write(to: TCKTests.repositoryRoot.appendingPathComponent("docs/conformance.md"),
                                      atomically: true, encoding: .utf8)
        }
        if let filter = ProcessInfo.processInfo.environment["TCK_SHOW_FAILURES"] {
            for result in results where result.feature.hasPrefix(filter) {
                if case .failed(let why) = result.outcome { print("FAIL \(result.feature) \(result.scenario): \(why)") }
            }
        }
        XCTAssertGreaterThanOrEqual(report.passed, TCKTests.baseline, "TCK conformance regressed below the baseline")
    }
}

/// How the runner reads the feature files it is given.
final class GherkinFeatureTests: XCTestCase {
    func testTableCellsReadEscapesAsGherkinDoes() {
        XCTAssertEqual(GherkinFeature.cells(of: #"| 'a\\\\b' | x \| y | \n |"#), [#"'a\\b'"#, "x | y", #"\n"#])
    }
}
