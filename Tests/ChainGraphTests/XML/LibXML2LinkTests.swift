import CLibXML2
import XCTest

/// Proves the libxml2 system-library target links and works: parse a document held in
/// memory, with network access and entity loading off, and walk it.
final class LibXML2LinkTests: XCTestCase {
    func testParsesAGraphMLStringThroughLibXML2() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <graph id="G" edgedefault="directed"><node id="n0"/><node id="n1"/><edge source="n0" target="n1"/></graph>
            </graphml>
            """
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = try XCTUnwrap(text.withCString { xmlReadMemory($0, Int32(strlen($0)), "inline.graphml", "UTF-8", options) })
        defer { xmlFreeDoc(document) }
        let root = try XCTUnwrap(xmlDocGetRootElement(document))
        XCTAssertEqual(String(cString: root.pointee.name), "graphml")
        var elementNames: [String] = []
        var child = root.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { elementNames.append(String(cString: node.pointee.name)) }
            child = node.pointee.next
        }
        XCTAssertEqual(elementNames, ["graph"])
    }

    func testRejectsMalformedXMLWithALineNumber() {
        let text = "<graphml>\n<graph>\n</graphml>"
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = text.withCString { xmlReadMemory($0, Int32(strlen($0)), "bad.graphml", "UTF-8", options) }
        XCTAssertNil(document)
        let error = xmlGetLastError()
        XCTAssertNotNil(error)
        XCTAssertEqual(error?.pointee.line, 3)
        xmlResetLastError()
    }
}
