import XCTest
@testable import ChainGraph

final class CSVReaderTests: XCTestCase {
    private func records(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(text: text, name: "t.csv")
        var result: [[String]] = []
        while let record = try reader.next() { result.append(record.fields) }
        return result
    }

    func testQuotingLineEndingsAndUnicode() throws {
        XCTAssertEqual(try records("a,b\r\n1,\"x, \"\"y\"\"\"\n\"multi\nline\",碳纤维\n"),
                       [["a", "b"], ["1", "x, \"y\""], ["multi\nline", "碳纤维"]])
        XCTAssertEqual(try records("\u{FEFF}id\n7"), [["id"], ["7"]], "a byte order mark is skipped")
        XCTAssertEqual(try records("a,,c\n,\n"), [["a", "", "c"], ["", ""]])
        XCTAssertEqual(try records("no newline at end"), [["no newline at end"]])
    }

    func testQuotedEmptyFieldsAreTold() throws {
        let reader = try CSVReader(text: "\"\",,x")
        let record = try XCTUnwrap(reader.next())
        XCTAssertEqual(record.quoted, [true, false, false])
    }

    func testLineNumbersFollowMultiLineFields() throws {
        let reader = try CSVReader(text: "h\n\"a\nb\"\nc\n")
        var lines: [Int] = []
        while let record = try reader.next() { lines.append(record.line) }
        XCTAssertEqual(lines, [1, 2, 4])
    }

    func testMalformedTextIsPositioned() {
        for (text, line, column) in [("a,b\nx\"y,z", 2, 2), ("a\n\"open", 2, 6), ("\"a\"b,c", 1, 4)] {
            XCTAssertThrowsError(try records(text), text) { error in
                let error = error as? ChainGraphError
                XCTAssertEqual(error?.code, "MalformedCSV", text)
                XCTAssertEqual(error?.position?.line, line, text)
                XCTAssertEqual(error?.position?.column, column, text)
                XCTAssertEqual(error?.position?.file, "t.csv")
            }
        }
    }

    func testLargeFilesStreamAcrossChunks() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let row = "12345,\"a quoted, field with \"\"quotes\"\"\",碳纤维\n"
        try String(repeating: row, count: 40_000).write(toFile: path, atomically: true, encoding: .utf8)
        let reader = try CSVReader(path: path)
        var count = 0
        while let record = try reader.next() {
            XCTAssertEqual(record.fields, ["12345", "a quoted, field with \"quotes\"", "碳纤维"])
            count += 1
        }
        XCTAssertEqual(count, 40_000)
    }
}
