import XCTest
@testable import ChainGraph

/// The statement limits (time, memory, rows, cancellation) hold for IMPORT, COPY and
/// EXPORT … FROM as for queries, also while a FIFO keeps them waiting.
final class OperationLimitsTests: XCTestCase {
    private func database(_ folder: URL) -> GraphDatabase {
        GraphDatabase(configuration: DatabaseConfiguration(fileAccess: .directory(folder)))
    }

    func testImportingFromAFIFONobodyWritesToEndsAtTheTimeLimit() throws {
        let folder = try temporaryDirectory(self)
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("in.fifo").path, 0o644), 0)
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("in.csv").path, 0o644), 0)
        let db = database(folder)
        try db.execute("CREATE NODE TYPE Material (name STRING PRIMARY KEY)")
        let options = QueryOptions(timeout: .milliseconds(300))
        for statement in ["IMPORT GRAPHML FROM 'in.fifo'", "COPY Material FROM 'in.csv'"] {
            let started = ContinuousClock.now
            let error = assertThrowsGraphError(.limitExceeded, "Timeout") { try db.execute(statement, options: options) }
            XCTAssertLessThan(ContinuousClock.now - started, .seconds(5), statement)
            XCTAssertEqual(error?.position?.line, 1)
        }
        let cancellation = CancellationHandle()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { cancellation.cancel() }
        assertThrowsGraphError(.limitExceeded, "Cancelled") {
            try db.execute("IMPORT GRAPHML FROM 'in.fifo'", options: QueryOptions(cancellation: cancellation))
        }
    }

    func testAFIFOThatIsWrittenToIsImported() throws {
        let folder = try temporaryDirectory(self)
        let fifo = folder.appendingPathComponent("in.fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let text = try GraphMLExportTests.carbonFiberGraph().graphML()
        let writer = Thread { FileHandle(forWritingAtPath: fifo)?.write(Data(text.utf8)) }
        writer.start()
        let db = database(folder)
        XCTAssertEqual(try db.execute("IMPORT GRAPHML FROM 'in.fifo'", options: QueryOptions(timeout: .seconds(20))).rows.first?[1], 5)
    }

    func testImportedRecordsCountAgainstTheRowLimit() throws {
        let folder = try temporaryDirectory(self)
        try GraphMLExportTests.carbonFiberGraph().exportGraphML(to: folder.appendingPathComponent("chain.graphml").path)
        try "name\na\nb\nc\nd\n".write(to: folder.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
        let db = database(folder)
        try db.execute("CREATE NODE TYPE Material (name STRING PRIMARY KEY, tier INT64, aliases LIST<STRING>)")
        assertThrowsGraphError(.limitExceeded, "TooManyRows") {
            try db.execute("COPY Material FROM 'm.csv'", options: QueryOptions(maximumRows: 3))
        }
        XCTAssertEqual(try db.execute("MATCH (n) RETURN count(n)").scalar, 0, "rolled back")
        let open = database(folder)
        assertThrowsGraphError(.limitExceeded, "TooManyRows") {
            try open.execute("IMPORT GRAPHML FROM 'chain.graphml'", options: QueryOptions(maximumRows: 4))
        }
        XCTAssertEqual(try open.execute("MATCH (n) RETURN count(n)").scalar, 0, "rolled back")
        XCTAssertEqual(try open.execute("IMPORT GRAPHML FROM 'chain.graphml'", options: QueryOptions(maximumRows: 9)).rows.first?[1], 5)
    }

    func testExportFromAQueryRunsUnderTheStatementsLimits() throws {
        let folder = try temporaryDirectory(self)
        let db = database(folder)
        try db.execute("UNWIND range(1, 2000) AS i CREATE (:P {i: i})")
        let started = ContinuousClock.now
        assertThrowsGraphError(.limitExceeded, "Timeout") {
            try db.execute("EXPORT GRAPHML TO 'x.graphml' FROM MATCH (a), (b) RETURN a", options: QueryOptions(timeout: .milliseconds(200)))
        }
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(10))
        assertThrowsGraphError(.limitExceeded, "TooManyRows") {
            try db.execute("EXPORT GRAPHML TO 'x.graphml' FROM MATCH (a), (b) RETURN a", options: QueryOptions(maximumRows: 10_000))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [], "no file, no fragment")
        var options = GraphExportOptions(scope: .query("MATCH (a), (b) RETURN a", parameters: [:]))
        options.limits = QueryOptions(maximumRows: 10_000)
        assertThrowsGraphError(.limitExceeded, "TooManyRows") { try db.exportGraphML(to: folder.appendingPathComponent("y").path, options: options) }
    }

    /// libxml2 checks an element's attributes pairwise: the scan ahead refuses the element
    /// before libxml2 spends minutes on it.
    func testAnElementWithTooManyAttributesIsRefusedFast() throws {
        let folder = try temporaryDirectory(self)
        let attributes = (0..<500_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let text = #"<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">"#
            + (0..<3).map { "<node id=\"n\($0)\" \(attributes)/>" }.joined() + "</graph></graphml>"
        let path = folder.appendingPathComponent("attributes.graphml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let started = ContinuousClock.now
        let error = assertThrowsGraphError(.limitExceeded, "TooManyAttributes") { try GraphDatabase().importGraphML(from: path) }
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(1))
        XCTAssertEqual(error?.position?.line, 1)
        XCTAssertEqual(error?.position?.column, 107)
        let fine = #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="n0" "#
            + (0..<1000).map { "a\($0)='x=y'" }.joined(separator: " ") + "/></graph></graphml>"
        XCTAssertEqual(try GraphDatabase().importGraphML(text: fine).nodes, 1, "a thousand attributes, with = in their values, are fine")
    }
}
