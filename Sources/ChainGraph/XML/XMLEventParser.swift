import CLibXML2
import Foundation

/// XML: libxml2's SAX2 push parser, turning a document into blocks of ``XMLEvent``s.
///
/// The parser reads its source in chunks and hands the events of each chunk on as one
/// ``XMLEventBlock`` (``run(hand:)`` runs on ``XMLEventReader``'s background thread). SAX2
/// builds no tree, and the callbacks write events through pointers into an
/// ``XMLEventStorage`` (no reference counting, no exclusivity checks): parsing runs at
/// about the speed of `xmllint --stream`, on a core of its own.
///
/// Safe by construction: no network access (`XML_PARSE_NONET`), no entity substitution, no
/// DTD loading (the handler has no `getEntity` or `externalSubset`: an entity reference other
/// than the five predefined ones is a well-formedness error), libxml2's default size limits
/// (no `XML_PARSE_HUGE`) and at most ``maximumTextLength`` bytes of text between two tags,
/// and a document type declaration is refused with a positioned
/// `SyntaxError (DocumentTypeNotAllowed)` — by a scan of the prolog before libxml2 sees the
/// file, and by the `internalSubset` callback after it — so billion-laughs and XXE files fail
/// fast in bounded memory. Malformed XML becomes a `SyntaxError (MalformedXML)` at libxml2's
/// line:column.
final class XMLEventParser {
    /// Where the text comes from.
    private enum Source {
        case file(InputFile)
        case memory([UInt8], offset: Int)
    }

    private var source: Source
    private let context: xmlParserCtxtPtr
    /// What the callbacks write to; their user data.
    private let sink: UnsafeMutablePointer<XMLEventSink>
    private let file: String?
    /// The first bytes, read at init to refuse a document type early; parsed first.
    private var prefix: [UInt8]
    private var bytesRead: Int64 = 0
    /// Refuses an element with too many attributes before libxml2 sees it.
    private var attributes: XMLAttributeCounter

    /// Input bytes parsed per block.
    static let chunkSize = 1 << 18
    /// The longest text between two tags: libxml2's limit for a text node without
    /// `XML_PARSE_HUGE` (its tree builder enforces it; SAX2 callbacks get the text in pieces).
    static let maximumTextLength = 10_000_000
    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)

    /// Opens a file; `namespaces` are the URIs ``XMLEvent/Namespace/known(_:)`` numbers. Waits on a
    /// FIFO check `limits`.
    convenience init(path: String, namespaces: [String], limits: OperationLimits = .none) throws {
        let input = try InputFile(path: path, limits: limits)
        let prefix = try input.readFully(upTo: 1 << 16)
        try self.init(source: .file(input), prefix: prefix, file: path, namespaces: namespaces)
    }

    /// Reads XML held in memory.
    convenience init(text: String, name: String?, namespaces: [String]) throws {
        let bytes = Array(text.utf8)
        let prefixCount = min(bytes.count, 1 << 16)
        try self.init(source: .memory(bytes, offset: prefixCount), prefix: Array(bytes[..<prefixCount]),
                      file: name, namespaces: namespaces)
    }

    private init(source: Source, prefix: [UInt8], file: String?, namespaces: [String]) throws {
        try XMLPrologScanner.refuseDocumentType(in: prefix, file: file)
        var handler = XMLEventSink.handler()
        guard let context = xmlCreatePushParserCtxt(&handler, nil, nil, 0, file) else {
            throw ChainGraphError(.ioError, .cannotOpenFile, "cannot start the XML parser")
        }
        xmlCtxtUseOptions(context, Self.options)
        self.source = source
        self.context = context
        self.file = file
        self.prefix = prefix
        attributes = XMLAttributeCounter(file: file)
        sink = .allocate(capacity: 1)
        sink.initialize(to: XMLEventSink(context: context, file: file, namespaces: namespaces))
        context.pointee.userData = UnsafeMutableRawPointer(sink)
    }

    deinit {
        xmlFreeParserCtxt(context)
        sink.pointee.storage.deallocate()
        sink.deinitialize(count: 1)
        sink.deallocate()
    }

    /// `name` as the parser's dictionary holds it, so that event names compare with it by
    /// address. Only before ``run(hand:)`` starts: the dictionary is the parser's then.
    func intern(_ name: String) -> UnsafePointer<xmlChar>? {
        name.withCString { text in
            text.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) {
                xmlDictLookup(context.pointee.dict, $0, Int32(name.utf8.count))
            }
        }
    }

    /// Parses the whole source, handing each chunk's events on; returns early when `hand`
    /// returns false. The events before an error are handed before it is thrown.
    func run(hand: (XMLEventBlock) -> Bool) throws {
        var chunk = prefix
        prefix = []
        while true {
            if chunk.isEmpty { chunk = try readChunk() }
            let terminate: Int32 = chunk.isEmpty ? 1 : 0
            bytesRead += Int64(chunk.count)
            if chunk.isEmpty {
                xmlParseChunk(context, nil, 0, terminate)
            } else {
                try chunk.withUnsafeBytes { try attributes.scan($0) }
                _ = chunk.withUnsafeBytes { buffer in
                    xmlParseChunk(context, buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(buffer.count), terminate)
                }
            }
            chunk = []
            let failure = sink.pointee.failure
            if !sink.pointee.storage.isEmpty || failure != nil {
                let block = XMLEventBlock(sink.pointee.storage, bytesConsumed: bytesRead)
                sink.pointee.storage = .allocate()
                guard hand(block) else { return }
            }
            if let failure { throw failure }
            if terminate == 1 { return }
        }
    }

    private func readChunk() throws -> [UInt8] {
        switch source {
        case .file(let input):
            return try input.readFully(upTo: Self.chunkSize)
        case .memory(let bytes, let offset):
            let end = min(bytes.count, offset + Self.chunkSize)
            source = .memory(bytes, offset: end)
            return Array(bytes[offset..<end])
        }
    }
}
