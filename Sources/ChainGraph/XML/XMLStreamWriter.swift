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
    /// The file being written, committed by ``finish()``; nil for memory.
    private let target: ExportTarget?

    /// Opens a writer on an export target (see ``ExportTarget`` for what happens to the file).
    init(target: ExportTarget, indent: Bool = true) throws {
        let context = Unmanaged.passUnretained(target).toOpaque()
        let write: xmlOutputWriteCallback = { context, bytes, length in
            guard let context, let bytes, length >= 0 else { return -1 }
            let target = Unmanaged<ExportTarget>.fromOpaque(context).takeUnretainedValue()
            do {
                try target.write(UnsafeRawBufferPointer(start: bytes, count: Int(length)))
                return length
            } catch {
                return -1
            }
        }
        // A failed write is reported by the target's error; libxml2 would also print its own
        // ("I/O error : flush error") on this thread's error channel, which stays quiet.
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        guard let output = xmlOutputBufferCreateIO(write, nil, context, nil) else {
            throw ChainGraphError(.ioError, .outOfMemory, "cannot create an XML output buffer")
        }
        guard let writer = xmlNewTextWriter(output) else {
            xmlOutputBufferClose(output)
            throw ChainGraphError(.ioError, .outOfMemory, "cannot create an XML writer")
        }
        self.writer = writer
        self.buffer = nil
        self.destination = target.path
        self.target = target
        self.indents = indent
        try configure(indent: indent)
    }

    /// Opens a writer on an in-memory buffer; read it with ``finishToString()``.
    init(indent: Bool = true) throws {
        guard let buffer = xmlBufferCreate(), let writer = xmlNewTextWriterMemory(buffer, 0) else {
            throw ChainGraphError(.ioError, .outOfMemory, "cannot create an XML buffer")
        }
        self.writer = writer
        self.buffer = buffer
        self.destination = "memory"
        self.target = nil
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
        try target?.commit()
    }

    /// Finishes an in-memory writer and returns what it wrote.
    func finishToString() throws -> String {
        try finish()
        guard let buffer, let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    private func check(_ result: Int32) throws {
        if result < 0 {
            throw target?.writeError ?? ChainGraphError(.ioError, .writeFailed, "writing XML to \(destination) failed")
        }
    }
}

/// Calls `body` with a NUL-terminated UTF-8 copy of `string` typed as libxml2's `xmlChar`.
func withXMLString<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) throws -> Result) rethrows -> Result {
    try string.withCString { pointer in
        try body(UnsafeRawPointer(pointer).assumingMemoryBound(to: xmlChar.self))
    }
}
