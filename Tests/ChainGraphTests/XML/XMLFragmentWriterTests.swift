import XCTest
@testable import ChainGraph

/// ``XMLFragmentWriter`` must write exactly the bytes libxml2's `xmlTextWriter` writes for
/// the same calls, so that export output does not depend on which path wrote an element.
final class XMLFragmentWriterTests: XCTestCase {
    private enum Operation {
        case start(String), attribute(String, String), text(String), end
        /// A text-only `<data key=…>` element: `leafElement` on the fragment path.
        case leaf(key: String, text: String)
    }

    /// Writes a `<graphml><graph id="G">` frame with `body` inside, through libxml2 alone
    /// or with the body through a fragment writer.
    private func document(_ body: [Operation], indent: Bool, fragments: Bool) throws -> String {
        let writer = try XMLStreamWriter(indent: indent)
        try writer.startDocument()
        try writer.startElement("graphml")
        try writer.startElement("graph")
        try writer.attribute("id", "G")
        let sink: any XMLElementWriting = fragments ? XMLFragmentWriter(into: writer, depth: 1) : writer
        for operation in body {
            switch operation {
            case .start(let name): try sink.startElement(name)
            case .attribute(let name, let value): try sink.attribute(name, value)
            case .text(let value): try sink.text(value)
            case .end: try sink.endElement()
            case .leaf(let key, let text):
                if let fragments = sink as? XMLFragmentWriter {
                    try fragments.leafElement(XMLFragmentWriter.openingTag("data", attribute: "key", value: key), text: text)
                } else {
                    try sink.element("data", attributes: ["key": key], text: text)
                }
            }
        }
        try (sink as? XMLFragmentWriter)?.finish()
        try writer.endElement()
        try writer.endElement()
        return try writer.finishToString()
    }

    private static let alphabet: [String] = ["a", "Z", "0", " ", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\r\n",
                                             "碳纤维", "é", "😀", "\u{1}", "]]>", "&amp;", "%", "="]

    private func randomText(_ generator: inout SystemRandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...6, using: &generator)).map { _ in Self.alphabet.randomElement(using: &generator)! }.joined()
    }

    /// A random well-nested body: elements with attributes, text or child elements.
    private func randomBody(_ generator: inout SystemRandomNumberGenerator, depth: Int = 0) -> [Operation] {
        var operations: [Operation] = []
        for index in 0..<Int.random(in: (depth == 0 ? 0 : 1)...4, using: &generator) {
            operations.append(.start(["node", "edge", "data", "y:ShapeNode"][index % 4]))
            for attribute in ["id", "key", "source"].prefix(Int.random(in: 0...3, using: &generator)) {
                operations.append(.attribute(attribute, randomText(&generator)))
            }
            switch Int.random(in: 0...3, using: &generator) {
            case 0 where depth < 3: operations += randomBody(&generator, depth: depth + 1)
            case 2: operations.append(.leaf(key: randomText(&generator), text: randomText(&generator)))
            case 1: operations.append(.text(randomText(&generator)))
            default: break
            }
            operations.append(.end)
        }
        return operations
    }

    func testFragmentsMatchLibXML2ByteForByte() throws {
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<300 {
            let body = randomBody(&generator)
            for indent in [true, false] {
                let expected = try document(body, indent: indent, fragments: false)
                let actual = try document(body, indent: indent, fragments: true)
                XCTAssertEqual(actual, expected, "trial \(trial), indent \(indent)")
                if actual != expected {
                    try? expected.write(toFile: "/tmp/fragment-expected.xml", atomically: true, encoding: .utf8)
                    try? actual.write(toFile: "/tmp/fragment-actual.xml", atomically: true, encoding: .utf8)
                    return
                }
            }
        }
    }

    func testAnEmptyBodyLeavesTheElementSelfClosed() throws {
        XCTAssertEqual(try document([], indent: true, fragments: true), try document([], indent: true, fragments: false))
        XCTAssertTrue(try document([], indent: false, fragments: true).contains("<graph id=\"G\"/>"))
    }

    func testNumberedAttributesAreWrittenWithoutStrings() throws {
        let writer = try XMLStreamWriter(indent: false)
        try writer.startElement("graph")
        let fragments = XMLFragmentWriter(into: writer, depth: 0)
        for number in [0, 7, 1_234_567, -12] {
            try fragments.startElement("node")
            try fragments.attribute("id", prefix: UInt8(ascii: "n"), number: number)
            try fragments.endElement()
        }
        try fragments.finish()
        try writer.endElement()
        XCTAssertEqual(try writer.finishToString(),
                       "<graph><node id=\"n0\"/><node id=\"n7\"/><node id=\"n1234567\"/><node id=\"n-12\"/></graph>\n")
    }
}
