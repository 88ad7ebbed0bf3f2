import XCTest

/// The doc comments' examples compile: DocCommentExamples.swift holds every one (the test
/// target compiles it), and this test fails when that file lags the sources.
final class DocExamplesTests: XCTestCase {
    func testTheCompiledExamplesAreTheDocCommentsOfTheSources() throws {
        let (status, report) = try runRepositoryScript("doc_examples.py", ["--check"])
        XCTAssertEqual(status, 0, report)
    }
}
