import XCTest
@testable import ChainGraph

/// How `<data>` texts become values: the plain-number path read from bytes gives what the
/// text path gives, and leaves everything else to it.
final class GraphMLKeyTableTests: XCTestCase {
    private func key(_ type: String) -> GraphMLKeyTable.Key {
        var table = GraphMLKeyTable()
        let key = GraphMLKeyTable.Key(id: "k", domain: "node", name: "k", type: type, yFilesType: nil,
                                      position: SourcePosition(file: nil, line: 1, column: 1))
        _ = table.add(key)
        return key
    }

    private func plain(_ text: String, _ key: GraphMLKeyTable.Key) -> Value? {
        Array(text.utf8).withUnsafeBufferPointer { GraphMLKeyTable.plainNumber($0, of: key) }
    }

    func testPlainNumbersReadAsTheTextPathReadsThem() throws {
        let real = key("double"), integer = key("long")
        var texts = ["0", "-0", "1.45", " 4.979 ", "+2.5", "-12.375", "123456789012345", "0.1", "1.", ".5", "3.14159265358979"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let digits = Int.random(in: 1...15, using: &generator)
            let mantissa = String(UInt64.random(in: 0...(UInt64(pow(10.0, Double(digits))) - 1), using: &generator))
            let point = Int.random(in: 0...mantissa.count, using: &generator)
            texts.append((Bool.random() ? "-" : "") + mantissa.prefix(point) + "." + mantissa.dropFirst(point))
        }
        for text in texts {
            let fast = try XCTUnwrap(plain(text, real), text)
            XCTAssertEqual(fast, try GraphMLKeyTable.value(text, of: real, at: SourcePosition(file: nil, line: 1, column: 1)), text)
        }
        for text in ["0", "-9223372036854775808", "9223372036854775807", "+42", " 7 "] {
            let fast = try XCTUnwrap(plain(text, integer), text)
            XCTAssertEqual(fast, try GraphMLKeyTable.value(text, of: integer, at: SourcePosition(file: nil, line: 1, column: 1)), text)
        }
    }

    func testOtherTextsAreLeftToTheTextPath() {
        let real = key("double"), integer = key("int")
        for text in ["", " ", "1e5", "INF", "NaN", "0x10", "1.2345678901234567", "12,5", "--1", "."] {
            XCTAssertNil(plain(text, real), text)
        }
        for text in ["", "1.5", "9223372036854775808", "1e3", "x"] {
            XCTAssertNil(plain(text, integer), text)
        }
        XCTAssertNil(plain("42", key("string")), "strings are never numbers")
    }
}
