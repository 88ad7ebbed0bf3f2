import CLibXML2
import Foundation

/// XML: a pull reader over ``XMLEventParser``'s events, parsed a chunk ahead on a thread
/// of its own.
///
/// ``read(skippingText:)`` moves to the next event: an element's start, its end (every
/// element has one, `<x/>` too), or text. Parsing the file takes one core; what the caller
/// does with the events, the other. A parse error is thrown by the read after the events
/// before it, at libxml2's line:column. Safety: see ``XMLEventParser``.
///
/// The reader's position lives in memory of its own (``Cursor``), read and moved through a
/// pointer: per event, no reference counting and no exclusivity checks.
final class XMLEventReader {
    /// Where the reader stands.
    private struct Cursor {
        /// The block being read (its storage, kept alive by ``XMLEventReader/block``).
        var storage: XMLEventStorage?
        var index = 0
        var hasCurrent = false
        var openElements = 0
        var depth = 0
    }

    private let parser: XMLEventParser
    private let blocks: BatchPrefetcher<XMLEventBlock>
    private var block: XMLEventBlock?
    private let cursor: UnsafeMutablePointer<Cursor>
    private var started = false
    /// The file read (nil for text).
    let file: String?
    private let namespaces: [String]

    /// Opens a file; elements in `namespaces` (or none) are ``isInKnownNamespace``. Waits on a
    /// FIFO check `limits`.
    convenience init(path: String, namespaces: [String], limits: OperationLimits = .none) throws {
        try self.init(parser: XMLEventParser(path: path, namespaces: namespaces, limits: limits), file: path, namespaces: namespaces)
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
        blocks = BatchPrefetcher { hand in try parser.run(hand: hand) }
        cursor = .allocate(capacity: 1)
        cursor.initialize(to: Cursor())
    }

    deinit {
        blocks.stop()
        cursor.deinitialize(count: 1)
        cursor.deallocate()
    }

    /// `name` as the parser's dictionary holds it: ``localNameToken`` equals it by address
    /// when the current element has that name. Only before the first read.
    func internedName(_ name: String) -> UnsafePointer<xmlChar>? {
        precondition(!started, "names are interned before reading starts")
        return parser.intern(name)
    }

    /// Moves to the next event (with `skippingText`, the next element start or end); false
    /// at the end of the document.
    func read(skippingText: Bool = false) throws -> Bool {
        var next = cursor.pointee.hasCurrent ? cursor.pointee.index + 1 : cursor.pointee.index
        while true {
            guard let storage = cursor.pointee.storage, next < storage.eventCount else {
                guard try fetchBlock() else { return false }
                next = 0
                continue
            }
            let kind = storage.events[next].kind
            if skippingText && kind == .text {
                next += 1
                continue
            }
            cursor.pointee.index = next
            cursor.pointee.hasCurrent = true
            switch kind {
            case .startElement:
                cursor.pointee.depth = cursor.pointee.openElements
                cursor.pointee.openElements += 1
            case .endElement:
                cursor.pointee.openElements -= 1
                cursor.pointee.depth = cursor.pointee.openElements
            case .text:
                cursor.pointee.depth = cursor.pointee.openElements
            }
            return true
        }
    }

    /// Moves to the next block; false (no current event) at the end.
    private func fetchBlock() throws -> Bool {
        started = true
        cursor.pointee.hasCurrent = false
        guard let next = try blocks.next() else {
            cursor.pointee.index = cursor.pointee.storage?.eventCount ?? 0
            return false
        }
        block = next
        cursor.pointee.storage = next.storage
        cursor.pointee.index = 0
        return true
    }

    /// When the current element start is followed by its end, or by one text and its end, in
    /// the same block: moves to the end and returns the text ("" for none). Otherwise nil,
    /// and nothing is read (the caller reads the content event by event).
    func readSimpleContent() -> String? {
        readSimpleContent { String(decoding: $0, as: UTF8.self) }
    }

    /// When the current element start is followed by its end, or by one text and its end, in
    /// the same block: calls `body` with the text's bytes (none for no text); when it returns
    /// a result, moves to the end. Otherwise nil, and nothing is read.
    func readSimpleContent<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result?) -> Result? {
        guard cursor.pointee.hasCurrent, let storage = cursor.pointee.storage else { return nil }
        let index = cursor.pointee.index
        guard storage.events[index].kind == .startElement, index + 1 < storage.eventCount else { return nil }
        let next = storage.events[index + 1]
        if next.kind == .endElement {
            guard let result = body(UnsafeBufferPointer(start: storage.bytes, count: 0)) else { return nil }
            moveToEnd(at: index + 1)
            return result
        }
        guard next.kind == .text, index + 2 < storage.eventCount, storage.events[index + 2].kind == .endElement,
              let result = body(UnsafeBufferPointer(start: storage.bytes + Int(next.textStart), count: Int(next.textCount)))
        else { return nil }
        moveToEnd(at: index + 2)
        return result
    }

    private func moveToEnd(at position: Int) {
        cursor.pointee.index = position
        cursor.pointee.openElements -= 1
        cursor.pointee.depth = cursor.pointee.openElements
    }

    /// Reads past the end of the current element (its start is the current event); the
    /// next read continues after it.
    func skipSubtree() throws {
        guard cursor.pointee.hasCurrent, kind == .startElement else { return }
        let start = depth
        while try read() {
            if kind == .endElement && depth == start { return }
        }
    }

    /// The current event; before the first and after the last, an empty text at 1:1.
    private var event: XMLEvent {
        guard cursor.pointee.hasCurrent, let storage = cursor.pointee.storage else {
            return XMLEvent(kind: .text, namespace: .none, name: nil, textStart: 0, textCount: 0,
                            attributeStart: 0, attributeCount: 0, line: 1, column: 1)
        }
        return storage.events[cursor.pointee.index]
    }

    /// The storage the current event's text and attributes are in (any, when there is no
    /// current event: its counts are then zero).
    private var storage: XMLEventStorage { cursor.pointee.storage ?? Self.emptyStorage }

    private nonisolated(unsafe) static let emptyStorage = XMLEventStorage.allocate()

    /// What the current event is.
    var kind: XMLEvent.Kind { event.kind }

    /// The nesting depth of the current event (the root element is 0; text inside it 1).
    var depth: Int { cursor.pointee.depth }

    /// The local name of the current element (`node` for `<g:node>`).
    var localName: String { event.name.map { String(cString: $0) } ?? "" }

    /// The current element's local name as the parser's dictionary holds it.
    var localNameToken: UnsafePointer<xmlChar>? { event.name }

    /// Whether the current element is in no namespace or a known one.
    var isInKnownNamespace: Bool { event.namespace.isNoneOrKnown }

    /// The namespace URI of the current element, if any.
    var namespaceURI: String? {
        let event = event
        switch event.namespace {
        case .none: return nil
        case .unknown: return storage.string(start: event.textStart, count: event.textCount)
        case let known: return namespaces[Int(known.rawValue)]
        }
    }

    /// The text of the current text event.
    var value: String {
        let event = event
        return event.kind == .text ? storage.string(start: event.textStart, count: event.textCount) : ""
    }

    /// Calls `body` with the local name and value of each attribute of the current element
    /// that has no prefix, as zero-terminated C strings valid during the call.
    func forEachAttribute(_ body: (UnsafePointer<CChar>, UnsafePointer<CChar>) throws -> Void) rethrows {
        let event = event, storage = storage
        let bytes = UnsafeRawPointer(storage.bytes).assumingMemoryBound(to: CChar.self)
        for index in Int(event.attributeStart)..<Int(event.attributeStart + event.attributeCount) {
            let attribute = storage.attributes[index]
            guard attribute.prefix == nil else { continue }
            try body(UnsafeRawPointer(attribute.name).assumingMemoryBound(to: CChar.self), bytes + Int(attribute.valueStart))
        }
    }

    /// An attribute of the current element, by its qualified name (`id`, `xsi:schemaLocation`).
    func attribute(_ qualifiedName: String) -> String? {
        let event = event, storage = storage
        let parts = qualifiedName.split(separator: ":", maxSplits: 1).map(String.init)
        let (prefix, name) = parts.count == 2 ? (parts[0], parts[1]) : (nil, qualifiedName)
        for index in Int(event.attributeStart)..<Int(event.attributeStart + event.attributeCount) {
            let attribute = storage.attributes[index]
            if attribute.prefix.map({ String(cString: $0) }) == prefix && String(cString: attribute.name) == name {
                return storage.string(start: attribute.valueStart, count: attribute.valueCount)
            }
        }
        return nil
    }

    /// Bytes of input parsed by the end of the block being read.
    var bytesConsumed: Int64 { block?.bytesConsumed ?? 0 }

    /// The current event's line and column (where libxml2 stood when it reported it: for a
    /// start tag, its end) without building a ``SourcePosition``.
    var compactPosition: CompactSourcePosition {
        let event = event
        return CompactSourcePosition(line: max(event.line, 1), column: max(event.column, 1))
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
