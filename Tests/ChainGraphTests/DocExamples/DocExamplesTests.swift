import Foundation
import XCTest

/// The doc comments' examples compile: DocCommentExamples.swift holds every one (the test
/// target compiles it), and this test fails when that file lags the sources.
final class DocExamplesTests: XCTestCase {
    func testTheCompiledExamplesAreTheDocCommentsOfTheSources() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("python3 is not installed; scripts/doc_examples.py cannot run")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [repository.appendingPathComponent("scripts/doc_examples.py").path, "--check"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, report)
    }
}
