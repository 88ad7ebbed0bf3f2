@testable import ChainGraph
import XCTest

/// The reader thread hands rows over in file order, its errors after the rows before them,
/// and stops when the importer does.
final class CSVRowPrefetcherTests: XCTestCase {
    private func file(_ text: String) throws -> String {
        let path = try temporaryDirectory(self).appendingPathComponent("rows.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testRowsComeInOrderAcrossBatches() throws {
        let count = 3 * CSVRowPrefetcher.batchRows + 17
        let text = (0..<count).map { "\($0),\"quoted, \($0)\",,碳\($0)\n" }.joined()
        let path = try file(text)
        var fields: [[String]] = [], lines: [Int] = [], quoted: [Bool] = []
        var positions: [Int64] = []
        try CSVRowPrefetcher(try CSVReader(path: path)).forEachRow({ row, _ in
            fields.append((0..<row.count).map(row.string))
            lines.append(row.line)
            quoted.append(row.isQuoted(1) && !row.isQuoted(2))
        }, afterBatch: { positions.append($0) })
        XCTAssertEqual(fields.count, count)
        XCTAssertEqual(fields.first, ["0", "quoted, 0", "", "碳0"])
        XCTAssertEqual(fields.last, ["\(count - 1)", "quoted, \(count - 1)", "", "碳\(count - 1)"])
        XCTAssertEqual(fields.map { Int($0[0])! }, Array(0..<count))
        XCTAssertEqual(lines, Array(1...count))
        XCTAssertTrue(quoted.allSatisfy { $0 })
        XCTAssertEqual(positions.count, 4)
        XCTAssertEqual(positions.last, Int64(text.utf8.count))
    }

    func testAReadingErrorComesAfterTheRowsBeforeIt() throws {
        let good = (0..<5_000).map { "\($0),x\n" }.joined()
        let path = try file(good + "5000,bad\"quote\n5001,y\n")
        var seen = 0
        XCTAssertThrowsError(try CSVRowPrefetcher(try CSVReader(path: path)).forEachRow({ _, _ in seen += 1 }, afterBatch: { _ in })) {
            let error = $0 as? ChainGraphError
            XCTAssertEqual(error?.code, "MalformedCSV")
            XCTAssertEqual(error?.position?.line, 5_001)
            XCTAssertEqual(error?.position?.column, 9)
        }
        XCTAssertEqual(seen, 5_000)
    }

    func testTheReaderStopsWhenTheImporterDoes() throws {
        struct Stop: Error {}
        let path = try file((0..<50_000).map { "\($0)\n" }.joined())
        let reader = try CSVReader(path: path)
        var seen = 0
        XCTAssertThrowsError(try CSVRowPrefetcher(reader).forEachRow({ _, _ in
            seen += 1
            if seen == 10 { throw Stop() }
        }, afterBatch: { _ in })) { XCTAssertTrue($0 is Stop) }
        XCTAssertEqual(seen, 10)
        // The reader thread has ended: the reader stopped within a few batches, not at the end.
        XCTAssertLessThan(reader.bytesConsumed, Int64(5 * CSVRowPrefetcher.batchRows * 6))
    }
}
