import CLibXML2
import Foundation

/// XML: a pull reader over ``XMLEventParser``'s events, parsed a chunk ahead on a thread
/// of its own.
///
/// ``read()`` moves to the next event: an element's start, its end (every element has
/// one, `<x/>` too), or text. Reading and parsing the file take one core; what the caller
/// does with the events, the other. A parse error is thrown by the ``read()`` after the
/// events before it, at libxml2's line:column. Safety: see ``XMLEventParser``.
final class XMLEventReader {
    private let parser: XMLEventParser
    private let batches: BatchPrefetcher<XMLEventBatch>
    private var batch = XMLEventBatch()
    private var index = 0
    private var current: XMLEvent?
    private var openElements = 0
    private var started = false
    private let file: String?
    private let namespaces: [String]

    /// Opens a file; elements in `namespaces` (or none) are ``isInKnownNamespace``.
    convenience init(path: String, namespaces: [String]) throws {
        try self.init(parser: XMLEventParser(path: path, namespaces: namespaces), file: path, namespaces: namespaces)
    }

    /// Reads XML held in memory.
    convenience init(text: String, name: String? = nil, namespaces: [String]) throws {
        try self.init(parser: XMLEventParser(text: text, name: name, namespaces: namespaces), file: name,
                      namespaces: namespaces)
    }

    private init(parser: XMLEventParser, file: String?, namespaces: [String]) {
        self.parser = parser
        self.file = file
        self.namespaces = namespaces
        batches = BatchPrefetcher { hand in try parser.run(hand: hand) }
    }

    deinit { batches.stop() }

    /// `name` as the parser's dictionary holds it: ``localNameToken`` equals it by address
    /// when the current element has that name. Only before the first ``read()``.
    func internedName(_ name: String) -> UnsafePointer<xmlChar>? {
        precondition(!started, "names are interned before reading starts")
        return parser.intern(name)
    }

    /// Moves to the next event (with `skippingText`, the next element start or end); false
    /// at the end of the document.
    func read(skippingText: Bool = false) throws -> Bool {
        started = true
        var next = current == nil ? index : index + 1
        while true {
            if next >= batch.events.count {
                guard let fetched = try batches.next() else {
                    current = nil
                    index = batch.events.count
                    return false
                }
                batch = fetched
                next = 0
                continue
            }
            let event = batch.events[next]
            if skippingText && event.kind == .text {
                next += 1
                continue
            }
            index = next
            current = event
            switch event.kind {
            case .startElement:
                depth = openElements
                openElements += 1
            case .endElement:
                openElements -= 1
                depth = openElements
            case .text:
                depth = openElements
            }
            return true
        }
    }

    /// When the current element start is followed by its end, or by one text and its end, in
    /// the same batch: moves to the end and returns the text ("" for none). Otherwise nil,
    /// and nothing is read (the caller reads the content event by event).
    func readSimpleContent() -> String? {
        guard let current, current.kind == .startElement, index + 1 < batch.events.count else { return nil }
        let next = batch.events[index + 1]
        if next.kind == .endElement {
            moveToEnd(at: index + 1)
            return ""
        }
        guard next.kind == .text, index + 2 < batch.events.count, batch.events[index + 2].kind == .endElement else { return nil }
        moveToEnd(at: index + 2)
        return text(start: next.textStart, count: next.textCount)
    }

    private func moveToEnd(at position: Int) {
        index = position
        current = batch.events[position]
        openElements -= 1
        depth = openElements
    }

    /// Reads past the end of the current element (its start is the current event); the
    /// next ``read()`` continues after it.
    func skipSubtree() throws {
        guard current?.kind == .startElement else { return }
        let start = depth
        while try read() {
            if current?.kind == .endElement && depth == start { return }
        }
    }

    private var event: XMLEvent {
        guard let current else { preconditionFailure("no current event: read() first") }
        return current
    }

    /// What the current event is.
    var kind: XMLEvent.Kind { event.kind }

    /// The nesting depth of the current event (the root element is 0; text inside it 1).
    private(set) var depth = 0

    /// The local name of the current element (`node` for `<g:node>`).
    var localName: String { event.name.map { String(cString: $0) } ?? "" }

    /// The current element's local name as the parser's dictionary holds it.
    var localNameToken: UnsafePointer<xmlChar>? { event.name }

    /// Whether the current element is in no namespace or a known one.
    var isInKnownNamespace: Bool { event.namespace.isNoneOrKnown }

    /// The namespace URI of the current element, if any.
    var namespaceURI: String? {
        switch event.namespace {
        case .none: return nil
        case .unknown: return text(start: event.textStart, count: event.textCount)
        case let known: return namespaces[Int(known.rawValue)]
        }
    }

    /// The text of the current text event.
    var value: String { event.kind == .text ? text(start: event.textStart, count: event.textCount) : "" }

    private func text(start: Int32, count: Int32) -> String {
        batch.bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(start + count)]), as: UTF8.self)
        }
    }

    /// Calls `body` with the local name and value of each attribute of the current element
    /// that has no prefix, as zero-terminated C strings valid during the call.
    func forEachAttribute(_ body: (UnsafePointer<CChar>, UnsafePointer<CChar>) throws -> Void) rethrows {
        let event = event
        guard event.attributeCount > 0 else { return }
        try batch.bytes.withUnsafeBufferPointer { bytes in
            let base = UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self)
            for attribute in batch.attributes[Int(event.attributeStart)..<Int(event.attributeStart + event.attributeCount)]
            where attribute.prefix == nil {
                try body(UnsafeRawPointer(attribute.name).assumingMemoryBound(to: CChar.self), base + Int(attribute.valueStart))
            }
        }
    }

    /// An attribute of the current element, by its qualified name (`id`, `xsi:schemaLocation`).
    func attribute(_ qualifiedName: String) -> String? {
        let event = event
        let parts = qualifiedName.split(separator: ":", maxSplits: 1).map(String.init)
        let (prefix, name) = parts.count == 2 ? (parts[0], parts[1]) : (nil, qualifiedName)
        for attribute in batch.attributes[Int(event.attributeStart)..<Int(event.attributeStart + event.attributeCount)] {
            let attributePrefix = attribute.prefix.map { String(cString: $0) }
            if attributePrefix == prefix && String(cString: attribute.name) == name {
                return text(start: attribute.valueStart, count: attribute.valueCount)
            }
        }
        return nil
    }

    /// Bytes of input parsed by the time the current event was handed over.
    var bytesConsumed: Int64 { batch.bytesConsumed }

    /// The current event's line and column (where libxml2 stood when it reported it: for a
    /// start tag, its end) without building a ``SourcePosition``.
    var compactPosition: CompactSourcePosition {
        CompactSourcePosition(line: max(event.line, 1), column: max(event.column, 1))
    }

    /// A position from ``compactPosition``, in this reader's file.
    func position(_ compact: CompactSourcePosition) -> SourcePosition {
        SourcePosition(file: file, line: Int(compact.line), column: Int(compact.column))
    }

    /// The position of the current event (see ``compactPosition``).
    var position: SourcePosition { position(compactPosition) }
}

/// A line and column in the file being read, in eight bytes.
struct CompactSourcePosition: Equatable {
    var line: Int32
    var column: Int32
}
