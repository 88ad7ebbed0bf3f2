import CLibXML2
import Foundation

/// A thin, checked wrapper over libxml2's streaming `xmlTextWriter`.
///
/// The writer never builds a document tree: each call appends to the output
/// buffer, which libxml2 flushes to the file as it fills. Every libxml2 call is
/// checked, and a failure (disk full, closed stream) becomes an
/// `IOError (WriteFailed)` naming the destination.
final class XMLStreamWriter: XMLElementWriting {
    private let writer: xmlTextWriterPtr
    /// Whether elements go on their own lines, indented two spaces per level.
    let indents: Bool
    private let buffer: xmlBufferPtr?
    private let destination: String
    private var finished = false

    /// Opens a writer on a file, replacing it.
    init(path: String, indent: Bool = true) throws {
        // Checked first so that libxml2 prints nothing of its own for a bad path.
        guard FileManager.default.createFile(atPath: path, contents: nil), let writer = xmlNewTextWriterFilename(path, 0) else {
            throw ChainGraphError(.ioError, "CannotOpenFile", "cannot open '\(path)' for writing")
        }
        self.writer = writer
        self.buffer = nil
        self.destination = path
        self.indents = indent
        try configure(indent: indent)
    }

    /// Opens a writer on an in-memory buffer; read it with ``finishToString()``.
    init(indent: Bool = true) throws {
        guard let buffer = xmlBufferCreate(), let writer = xmlNewTextWriterMemory(buffer, 0) else {
            throw ChainGraphError(.ioError, "OutOfMemory", "cannot create an XML buffer")
        }
        self.writer = writer
        self.buffer = buffer
        self.destination = "memory"
        self.indents = indent
        try configure(indent: indent)
    }

    deinit {
        if !finished { xmlFreeTextWriter(writer) }
        if let buffer { xmlBufferFree(buffer) }
    }

    private func configure(indent: Bool) throws {
        if indent {
            try check(xmlTextWriterSetIndent(writer, 1))
            try check(withXMLString("  ") { xmlTextWriterSetIndentString(writer, $0) })
        }
    }

    /// Writes the XML declaration.
    func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    /// Opens an element.
    func startElement(_ name: String) throws {
        try check(withXMLString(name) { xmlTextWriterStartElement(writer, $0) })
    }

    /// Closes the innermost open element (self-closing when it has no content).
    func endElement() throws {
        try check(xmlTextWriterEndElement(writer))
    }

    /// Writes an attribute of the element just opened; the value is escaped.
    func attribute(_ name: String, _ value: String) throws {
        try check(withXMLString(name) { namePointer in
            withXMLString(value) { xmlTextWriterWriteAttribute(writer, namePointer, $0) }
        })
    }

    /// Writes escaped character data.
    func text(_ value: String) throws {
        try check(withXMLString(value) { xmlTextWriterWriteString(writer, $0) })
    }

    /// Writes bytes that are already XML (from ``XMLFragmentWriter``) as they are, after
    /// closing the open start tag.
    func raw(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        try check(xmlTextWriterWriteRawLen(writer, bytes.baseAddress, Int32(bytes.count)))
    }

    /// Writes a comment.
    func comment(_ value: String) throws {
        try check(withXMLString(value) { xmlTextWriterWriteComment(writer, $0) })
    }

    /// Closes every open element, flushes and releases the writer.
    func finish() throws {
        guard !finished else { return }
        finished = true
        let ended = xmlTextWriterEndDocument(writer)
        let flushed = xmlTextWriterFlush(writer)
        xmlFreeTextWriter(writer)
        try check(ended)
        try check(flushed)
    }

    /// Finishes an in-memory writer and returns what it wrote.
    func finishToString() throws -> String {
        try finish()
        guard let buffer, let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    private func check(_ result: Int32) throws {
        if result < 0 {
            throw ChainGraphError(.ioError, "WriteFailed", "writing XML to \(destination) failed")
        }
    }
}

/// Calls `body` with a NUL-terminated UTF-8 copy of `string` typed as libxml2's `xmlChar`.
func withXMLString<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) throws -> Result) rethrows -> Result {
    try string.withCString { pointer in
        try body(UnsafeRawPointer(pointer).assumingMemoryBound(to: xmlChar.self))
    }
}
