import XCTest
@testable import ChainGraph

/// The SAX2 event reader: events in document order across parsed chunks, depths, names,
/// attributes, namespaces, and errors after the events before them.
final class XMLEventReaderTests: XCTestCase {
    private let namespace = "urn:known"

    /// Every event as text: `+name@depth[attributes]`, `-name@depth`, `"text"@depth`.
    private func events(_ reader: XMLEventReader) throws -> [String] {
        var events: [String] = []
        while try reader.read() {
            switch reader.kind {
            case .startElement:
                var attributes: [String] = []
                reader.forEachAttribute { name, value in attributes.append("\(String(cString: name))=\(String(cString: value))") }
                let known = reader.isInKnownNamespace ? "" : "{\(reader.namespaceURI ?? "")}"
                events.append("+\(known)\(reader.localName)@\(reader.depth)\(attributes.isEmpty ? "" : "\(attributes)")")
            case .endElement:
                events.append("-\(reader.localName)@\(reader.depth)")
            case .text:
                events.append("\"\(reader.value)\"@\(reader.depth)")
            }
        }
        return events
    }

    func testEventsNamesDepthsAndAttributes() throws {
        let reader = try XMLEventReader(text: """
            <r xmlns="urn:known" xmlns:o="urn:other"><a id="x&amp;y" o:skip="1"/>t&lt;1<![CDATA[&2]]><o:b>u</o:b></r>
            """, namespaces: [namespace])
        XCTAssertEqual(try events(reader), [
            "+r@0", "+a@1[\"id=x&y\"]", "-a@1", "\"t<1&2\"@1", "+{urn:other}b@1", "\"u\"@2", "-b@1", "-r@0",
        ])
    }

    func testEventsInOrderAcrossChunks() throws {
        let count = 3 * XMLEventParser.chunkSize / 20
        let text = "<r>" + (0..<count).map { "<n i=\"\($0)\">v\($0)</n>" }.joined() + "</r>"
        let reader = try XMLEventReader(text: text, namespaces: [])
        var seen = 0, inOneStep = 0
        while try reader.read() {
            guard reader.kind == .startElement, reader.localName == "n" else { continue }
            XCTAssertEqual(reader.attribute("i"), String(seen))
            if let text = reader.readSimpleContent() {
                // One step, but where the element's events straddle two parsed chunks.
                XCTAssertEqual(text, "v\(seen)")
                inOneStep += 1
            } else {
                XCTAssertTrue(try reader.read())
                XCTAssertEqual(reader.value, "v\(seen)")
                XCTAssertTrue(try reader.read())
            }
            XCTAssertEqual(reader.kind, .endElement, "moved to the element's end")
            seen += 1
        }
        XCTAssertEqual(seen, count)
        XCTAssertGreaterThan(inOneStep, count - 10)
        XCTAssertFalse(try reader.read(), "the end stays the end")
    }

    func testSkipSubtreeAndTextSkipping() throws {
        let reader = try XMLEventReader(text: "<r> <a><b>deep</b> text</a> <c/> </r>", namespaces: [])
        XCTAssertTrue(try reader.read())
        XCTAssertTrue(try reader.read(skippingText: true))
        XCTAssertEqual(reader.localName, "a")
        try reader.skipSubtree()
        XCTAssertTrue(try reader.read(skippingText: true))
        XCTAssertEqual([reader.localName, "\(reader.depth)"], ["c", "1"])
    }

    func testAParseErrorComesAfterTheEventsBeforeIt() throws {
        let reader = try XMLEventReader(text: "<r><a/>\n<b></c></r>", name: "bad.xml", namespaces: [])
        var names: [String] = []
        do {
            while try reader.read() {
                if reader.kind == .startElement { names.append(reader.localName) }
            }
            XCTFail("no error")
        } catch let error as ChainGraphError {
            XCTAssertEqual(error.code, "MalformedXML")
            XCTAssertEqual(error.position?.file, "bad.xml")
            XCTAssertEqual(error.position?.line, 2)
        }
        XCTAssertEqual(names, ["r", "a", "b"])
    }
}
