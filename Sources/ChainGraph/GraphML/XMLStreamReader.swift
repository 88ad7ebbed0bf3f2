import CLibXML2
import Foundation

/// A thin, safe wrapper over libxml2's streaming `xmlTextReader`.
///
/// Safe by construction: no network access (`XML_PARSE_NONET`), no entity substitution,
/// no external DTD loading, libxml2's default size limits (no `XML_PARSE_HUGE`), and any
/// document type declaration or entity reference is refused with a positioned
/// `SyntaxError (DocumentTypeNotAllowed)` before its entities could be expanded — so
/// billion-laughs and XXE files fail fast in bounded memory. Malformed XML becomes a
/// `SyntaxError (MalformedXML)` at libxml2's line:column.
final class XMLStreamReader {
    /// The kinds of nodes the reader stops at (libxml2's `xmlReaderTypes`).
    enum NodeKind: Int32 {
        case none = 0, element = 1, attribute = 2, text = 3, cdata = 4, entityReference = 5, entity = 6
        case processingInstruction = 7, comment = 8, document = 9, documentType = 10, documentFragment = 11
        case notation = 12, whitespace = 13, significantWhitespace = 14, endElement = 15, endEntity = 16
        case xmlDeclaration = 17
    }

    private let reader: xmlTextReaderPtr
    private let file: String?
    private let errors = ErrorCollector()

    /// Opens a file.
    init(path: String) throws {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ChainGraphError(.ioError, "CannotOpenFile", "cannot read '\(path)'")
        }
        if let handle = FileHandle(forReadingAtPath: path) {
            let prefix = (try? handle.read(upToCount: 1 << 16)) ?? Data()
            try? handle.close()
            try Self.refuseDocumentType(in: [UInt8](prefix), file: path)
        }
        guard let reader = xmlReaderForFile(path, nil, Self.options) else {
            throw ChainGraphError(.ioError, "CannotOpenFile", "cannot open '\(path)' as XML")
        }
        self.reader = reader
        file = path
        installErrorHandler()
    }

    /// Reads XML held in memory.
    init(text: String, name: String? = nil) throws {
        let bytes = Array(text.utf8)
        try Self.refuseDocumentType(in: bytes.prefix(1 << 16), file: name)
        let copy = UnsafeMutablePointer<CChar>.allocate(capacity: max(bytes.count, 1))
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { UnsafeMutableRawPointer(copy).copyMemory(from: $0, byteCount: bytes.count) }
        }
        memoryCopy = copy
        guard let reader = xmlReaderForMemory(copy, Int32(bytes.count), name, nil, Self.options) else {
            copy.deallocate()
            memoryCopy = nil
            throw ChainGraphError(.ioError, "CannotOpenFile", "cannot read the XML text")
        }
        self.reader = reader
        file = name
        installErrorHandler()
    }

    private var memoryCopy: UnsafeMutablePointer<CChar>?

    deinit {
        xmlFreeTextReader(reader)
        memoryCopy?.deallocate()
    }

    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
                                       | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    private func installErrorHandler() {
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
            guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue, collector.first == nil else { return }
            let message = error.pointee.message.map { String(cString: $0) }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "malformed XML"
            collector.first = (Int(error.pointee.line), Int(error.pointee.int2), message)
        }, Unmanaged.passUnretained(errors).toOpaque())
    }

    /// Refuses a `<!DOCTYPE` in the prolog before libxml2 parses it, so that no entity
    /// declaration is ever processed. Scans the XML declaration, comments, processing
    /// instructions and white space up to the root element.
    static func refuseDocumentType(in bytes: some Collection<UInt8>, file: String?) throws {
        let bytes = Array(bytes)
        var index = 0, line = 1, lineStart = 0
        func starts(with text: String) -> Bool {
            let pattern = Array(text.utf8)
            return bytes.count - index >= pattern.count && Array(bytes[index..<index + pattern.count]) == pattern
        }
        func skip(past terminator: String) {
            while index < bytes.count && !starts(with: terminator) {
                if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
                index += 1
            }
            index += terminator.utf8.count
        }
        if starts(with: "\u{FEFF}") { index += 3 }
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A: line += 1; index += 1; lineStart = index
            case 0x20, 0x09, 0x0D: index += 1
            case UInt8(ascii: "<"):
                if starts(with: "<?") { skip(past: "?>") } else if starts(with: "<!--") { skip(past: "-->") } else {
                    if starts(with: "<!DOCTYPE") {
                        throw ChainGraphError(.syntaxError, "DocumentTypeNotAllowed",
                                              "document type declarations are refused: GraphML does not need them, and they are how XML files attack readers (entity expansion, external entities)",
                                              at: SourcePosition(file: file, line: line, column: index - lineStart + 1, offset: index))
                    }
                    return
                }
            default: return
            }
        }
    }

    /// Moves to the next node; false at the end of the document.
    func read() throws -> Bool {
        let result = xmlTextReaderRead(reader)
        if result < 0 || errors.first != nil {
            let (line, column, message) = errors.first ?? (currentLine, currentColumn, "malformed XML")
            throw ChainGraphError(.syntaxError, "MalformedXML", message,
                                  at: SourcePosition(file: file, line: max(line, 1), column: max(column, 1)))
        }
        if result == 0 { return false }
        switch kind {
        case .documentType, .entityReference, .entity:
            throw ChainGraphError(.syntaxError, "DocumentTypeNotAllowed",
                                  "document type declarations and entities are refused: GraphML does not need them, and they are how XML files attack readers (entity expansion, external entities)",
                                  at: position)
        default: return true
        }
    }

    /// Skips the current element's subtree; the next `read()` continues after it.
    func skipSubtree() throws {
        if xmlTextReaderNext(reader) < 0 || errors.first != nil {
            let (line, column, message) = errors.first ?? (currentLine, currentColumn, "malformed XML")
            throw ChainGraphError(.syntaxError, "MalformedXML", message,
                                  at: SourcePosition(file: file, line: max(line, 1), column: max(column, 1)))
        }
    }

    /// The kind of the current node.
    var kind: NodeKind { NodeKind(rawValue: xmlTextReaderNodeType(reader)) ?? .none }

    /// The local name of the current node (`node` for `<g:node>`).
    var localName: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    /// `name` as the reader's dictionary holds it. libxml2 interns element names in that
    /// dictionary, so ``localNameToken`` can be compared with it by address — without
    /// building a string per element. (A mismatch only means "not known to be equal":
    /// callers fall back to ``localName``.)
    func internedName(_ name: String) -> UnsafePointer<xmlChar>? {
        withXMLString(name) { xmlTextReaderConstString(reader, $0) }
    }

    /// The current node's local name as the reader's dictionary holds it.
    var localNameToken: UnsafePointer<xmlChar>? { xmlTextReaderConstLocalName(reader) }

    /// Calls `body` with the qualified name and value of each attribute of the current
    /// element (both valid only during the call), then returns to the element. One pass, no
    /// copies: the import hot path for `<node>`, `<edge>` and `<data>`.
    func forEachAttribute(_ body: (UnsafePointer<CChar>, UnsafePointer<CChar>) throws -> Void) rethrows {
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return }
        defer { xmlTextReaderMoveToElement(reader) }
        repeat {
            if let name = xmlTextReaderConstName(reader) {
                let value = xmlTextReaderConstValue(reader)
                try UnsafeRawPointer(name).withMemoryRebound(to: CChar.self, capacity: 1) { namePointer in
                    if let value {
                        try UnsafeRawPointer(value).withMemoryRebound(to: CChar.self, capacity: 1) { try body(namePointer, $0) }
                    } else {
                        try body(namePointer, "")
                    }
                }
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
    }

    /// Whether the current node has no namespace or one of `namespaces` (compared
    /// without building a Swift string).
    func isInNamespace(_ namespaces: Namespaces) -> Bool {
        guard let pointer = xmlTextReaderConstNamespaceUri(reader) else { return true }
        let text = UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)
        return namespaces.cStrings.contains { $0.withUnsafeBufferPointer { strcmp(text, $0.baseAddress!) == 0 } }
    }

    /// Namespace URIs as C strings, made once rather than per element.
    struct Namespaces: Sendable {
        let cStrings: [ContiguousArray<CChar>]

        init(_ uris: [String]) {
            cStrings = uris.map { $0.utf8CString }
        }
    }

    /// The namespace URI of the current node, if any.
    var namespaceURI: String? {
        xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) }
    }

    /// The nesting depth of the current node (the root element is 0).
    var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// Whether the current element is written `<x/>` (no end-element node follows).
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The text of the current text node.
    var value: String {
        xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
    }

    /// An attribute of the current element, by its qualified name.
    func attribute(_ name: String) -> String? {
        guard let pointer = withXMLString(name, { xmlTextReaderGetAttribute(reader, $0) }) else { return nil }
        defer { cg_xml_free(pointer) }
        return String(cString: pointer)
    }

    /// Bytes of input consumed so far.
    var bytesConsumed: Int64 { Int64(xmlTextReaderByteConsumed(reader)) }

    private var currentLine: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }
    private var currentColumn: Int { Int(xmlTextReaderGetParserColumnNumber(reader)) }

    /// The current node's line and column (see ``position``) without building a
    /// ``SourcePosition``: kept per value during import, turned into one only for an error.
    var compactPosition: CompactSourcePosition {
        let current = currentLine
        guard let node = xmlTextReaderCurrentNode(reader) else {
            return CompactSourcePosition(line: Int32(clamping: max(current, 1)), column: Int32(clamping: max(currentColumn, 1)))
        }
        let line = Int(xmlGetLineNo(node))
        guard line > 0 else {
            return CompactSourcePosition(line: Int32(clamping: max(current, 1)), column: Int32(clamping: max(currentColumn, 1)))
        }
        return CompactSourcePosition(line: Int32(clamping: line), column: line == current ? Int32(clamping: max(currentColumn, 1)) : 1)
    }

    /// A position from ``compactPosition``, in this reader's file.
    func position(_ compact: CompactSourcePosition) -> SourcePosition {
        SourcePosition(file: file, line: Int(compact.line), column: Int(compact.column))
    }

    /// The position of the current node: the line of its start tag, which libxml2 records
    /// per node (it keeps no columns, so the column is where the parser stands when that
    /// is on the same line, else 1).
    var position: SourcePosition {
        guard let node = xmlTextReaderCurrentNode(reader) else {
            return SourcePosition(file: file, line: max(currentLine, 1), column: max(currentColumn, 1))
        }
        let line = Int(xmlGetLineNo(node))
        guard line > 0 else { return SourcePosition(file: file, line: max(currentLine, 1), column: max(currentColumn, 1)) }
        return SourcePosition(file: file, line: line, column: line == currentLine ? max(currentColumn, 1) : 1)
    }
}

/// A line and column in the file being read, in eight bytes.
struct CompactSourcePosition: Equatable {
    var line: Int32
    var column: Int32
}

/// Holds the first error libxml2 reports through the structured error handler.
private final class ErrorCollector {
    var first: (line: Int, column: Int, message: String)?
}
