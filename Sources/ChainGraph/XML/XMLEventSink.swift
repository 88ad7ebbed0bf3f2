import CLibXML2
import Foundation

/// XML: what libxml2's SAX2 callbacks write to — the events of the chunk being parsed, and
/// the parser's first error.
///
/// It lives in memory of its own (``XMLEventParser`` allocates it and passes its address as
/// the callbacks' user data), so a callback reaches it without reference counting.
struct XMLEventSink {
    var storage = XMLEventStorage.allocate()
    /// The first error; parsing stops at it.
    var failure: ChainGraphError?
    private let context: xmlParserCtxtPtr
    private let file: String?
    private let knownNamespaces: [ContiguousArray<CChar>]
    /// Bytes of the text being read (all its pieces, across chunks).
    private var textLength = 0
    /// The last namespace URI met, when it is interned in the dictionary, and its class.
    private var lastURI: UnsafePointer<xmlChar>?
    private var lastNamespace = XMLEvent.Namespace.none

    init(context: xmlParserCtxtPtr, file: String?, namespaces: [String]) {
        self.context = context
        self.file = file
        knownNamespaces = namespaces.map { $0.utf8CString }
    }

    private var line: Int32 { context.pointee.input.map { $0.pointee.line } ?? 1 }
    private var column: Int32 { context.pointee.input.map { $0.pointee.col } ?? 1 }

    private var position: SourcePosition {
        SourcePosition(file: file, line: Int(max(line, 1)), column: Int(max(column, 1)))
    }

    // MARK: Events

    /// A start tag: its event, and its attributes (five pointers each: local name, prefix,
    /// URI, value start and end).
    mutating func startElement(_ name: UnsafePointer<xmlChar>, _ uri: UnsafePointer<xmlChar>?, attributeCount: Int,
                               _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        textLength = 0
        var event = element(.startElement, name, uri)
        event.attributeStart = Int32(storage.attributeCount)
        if let attributes {
            for index in 0..<attributeCount {
                let fields = attributes + index * 5
                guard let localName = fields[0], let valueStart = fields[3], let valueEnd = fields[4] else { continue }
                let start = storage.store(valueStart, count: valueEnd - valueStart)
                let count = storage.decodeAmpersands(from: Int(start), count: valueEnd - valueStart)
                storage.append(XMLEventAttribute(name: localName, prefix: fields[1], valueStart: start, valueCount: Int32(count)))
            }
        }
        event.attributeCount = Int32(storage.attributeCount) - event.attributeStart
        storage.append(event)
    }

    /// An end tag (also the end of `<x/>`).
    mutating func endElement(_ name: UnsafePointer<xmlChar>, _ uri: UnsafePointer<xmlChar>?) {
        textLength = 0
        storage.append(element(.endElement, name, uri))
    }

    private mutating func element(_ kind: XMLEvent.Kind, _ name: UnsafePointer<xmlChar>,
                                  _ uri: UnsafePointer<xmlChar>?) -> XMLEvent {
        let namespace = classify(uri)
        var event = XMLEvent(kind: kind, namespace: namespace, name: name, textStart: 0, textCount: 0,
                             attributeStart: 0, attributeCount: 0, line: line, column: column)
        if namespace == .unknown, let uri {
            let count = strlen(UnsafeRawPointer(uri).assumingMemoryBound(to: CChar.self))
            event.textStart = storage.store(uri, count: count)
            event.textCount = Int32(count)
        }
        return event
    }

    /// A piece of character data, joined to the text before it; refused past the text limit.
    mutating func characters(_ text: UnsafePointer<xmlChar>, count: Int) {
        textLength += count
        if textLength > XMLEventParser.maximumTextLength {
            return fail(ChainGraphError(.limitExceeded, .textTooLong,
                                        "a text of more than 10,000,000 bytes between two tags (libxml2's limit of a text node)",
                                        at: position))
        }
        storage.appendText(text, count: count, line: line, column: column)
    }

    /// A URI's place among the known namespaces; the last answer is kept while its URI is
    /// the dictionary's (so the address cannot be reused for another).
    private mutating func classify(_ uri: UnsafePointer<xmlChar>?) -> XMLEvent.Namespace {
        guard let uri else { return .none }
        if uri == lastURI { return lastNamespace }
        let text = UnsafeRawPointer(uri).assumingMemoryBound(to: CChar.self)
        let index = knownNamespaces.firstIndex { known in known.withUnsafeBufferPointer { strcmp(text, $0.baseAddress!) == 0 } }
        let namespace = index.map { XMLEvent.Namespace.known($0) } ?? .unknown
        if xmlDictOwns(context.pointee.dict, uri) == 1 {
            lastURI = uri
            lastNamespace = namespace
        }
        return namespace
    }

    /// A `<!DOCTYPE` the prolog scan did not see (past its first 64 KiB): refused.
    mutating func refuseDocumentType() {
        fail(ChainGraphError(.syntaxError, .documentTypeNotAllowed, XMLPrologScanner.documentTypeMessage, at: position))
    }

    /// libxml2's structured error: errors (not warnings) stop the parse.
    mutating func report(_ error: UnsafePointer<xmlError>) {
        guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.pointee.message.map { String(cString: $0) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "malformed XML"
        fail(ChainGraphError(.syntaxError, .malformedXML, message,
                             at: SourcePosition(file: file, line: max(Int(error.pointee.line), 1),
                                                column: max(Int(error.pointee.int2), 1))))
    }

    /// Keeps the first error and stops the parser: no event follows it.
    private mutating func fail(_ error: ChainGraphError) {
        guard failure == nil else { return }
        failure = error
        xmlStopParser(context)
    }

    // MARK: The SAX2 handler

    private static func sink(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<XMLEventSink> {
        context!.assumingMemoryBound(to: XMLEventSink.self)
    }

    /// The callbacks; their user data is the sink's address.
    static func handler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = 0xDEEDBEAF // XML_SAX2_MAGIC: the SAX2 callbacks below are used
        handler.startElementNs = { context, name, _, uri, _, _, attributeCount, _, attributes in
            guard let name else { return }
            XMLEventSink.sink(context).pointee.startElement(name, uri, attributeCount: Int(attributeCount), attributes)
        }
        handler.endElementNs = { context, name, _, uri in
            guard let name else { return }
            XMLEventSink.sink(context).pointee.endElement(name, uri)
        }
        handler.characters = { context, text, count in
            guard let text, count > 0 else { return }
            XMLEventSink.sink(context).pointee.characters(text, count: Int(count))
        }
        handler.cdataBlock = handler.characters
        handler.ignorableWhitespace = handler.characters
        handler.internalSubset = { context, _, _, _ in XMLEventSink.sink(context).pointee.refuseDocumentType() }
        handler.serror = { context, error in
            guard let context, let error else { return }
            XMLEventSink.sink(context).pointee.report(error)
        }
        return handler
    }
}
