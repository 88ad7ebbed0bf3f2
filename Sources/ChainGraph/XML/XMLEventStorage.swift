import CLibXML2
import Foundation

/// The events of some stretch of a document, their attributes and the bytes they point to,
/// in memory of their own: the parser's callbacks append and the reader reads through
/// pointers, without reference counting or exclusivity checks per event.
struct XMLEventStorage {
    /// The events, `eventCount` of them.
    private(set) var events: UnsafeMutablePointer<XMLEvent>
    private(set) var eventCount = 0
    private var eventCapacity: Int
    /// The start tags' attributes, `attributeCount` of them (events index into them).
    private(set) var attributes: UnsafeMutablePointer<XMLEventAttribute>
    private(set) var attributeCount = 0
    private var attributeCapacity: Int
    /// Text, attribute values and unknown namespace URIs, each followed by a zero byte.
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var byteCount = 0
    private var byteCapacity: Int

    /// Empty storage with room for about one parsed chunk. Freed by ``deallocate()``.
    static func allocate() -> XMLEventStorage {
        XMLEventStorage(eventCapacity: 1 << 15, attributeCapacity: 1 << 14, byteCapacity: 1 << 19)
    }

    private init(eventCapacity: Int, attributeCapacity: Int, byteCapacity: Int) {
        self.eventCapacity = eventCapacity
        self.attributeCapacity = attributeCapacity
        self.byteCapacity = byteCapacity
        events = .allocate(capacity: eventCapacity)
        attributes = .allocate(capacity: attributeCapacity)
        bytes = .allocate(capacity: byteCapacity)
    }

    /// Frees the memory; the storage is not used afterwards.
    func deallocate() {
        events.deallocate()
        attributes.deallocate()
        bytes.deallocate()
    }

    /// Whether it holds no event.
    var isEmpty: Bool { eventCount == 0 }

    /// Appends an event, growing the memory when full.
    mutating func append(_ event: XMLEvent) {
        if eventCount == eventCapacity { Self.grow(&events, count: eventCount, capacity: &eventCapacity, to: eventCount + 1) }
        (events + eventCount).initialize(to: event)
        eventCount += 1
    }

    /// Appends an attribute of the start tag being stored.
    mutating func append(_ attribute: XMLEventAttribute) {
        if attributeCount == attributeCapacity {
            Self.grow(&attributes, count: attributeCount, capacity: &attributeCapacity, to: attributeCount + 1)
        }
        (attributes + attributeCount).initialize(to: attribute)
        attributeCount += 1
    }

    /// Appends bytes and a zero byte; returns where they start.
    mutating func store(_ pointer: UnsafePointer<xmlChar>, count: Int) -> Int32 {
        reserveBytes(count + 1)
        let start = byteCount
        (bytes + start).update(from: pointer, count: count)
        bytes[start + count] = 0
        byteCount += count + 1
        return Int32(start)
    }

    /// Appends character data, joined to the previous event when that is text too.
    mutating func appendText(_ pointer: UnsafePointer<xmlChar>, count: Int, line: Int32, column: Int32) {
        if eventCount > 0, events[eventCount - 1].kind == .text,
           Int(events[eventCount - 1].textStart + events[eventCount - 1].textCount) + 1 == byteCount {
            reserveBytes(count)
            (bytes + byteCount - 1).update(from: pointer, count: count)
            byteCount += count
            bytes[byteCount - 1] = 0
            events[eventCount - 1].textCount += Int32(count)
            return
        }
        let start = store(pointer, count: count)
        append(XMLEvent(kind: .text, namespace: .none, name: nil, textStart: start, textCount: Int32(count),
                        attributeStart: 0, attributeCount: 0, line: line, column: column))
    }

    /// Turns each `&#38;` among the `count` bytes at `start` (the last ones stored) back into
    /// `&`: substituting no entities, libxml2 hands attribute values with every `&` written
    /// so. Returns the new count.
    mutating func decodeAmpersands(from start: Int, count: Int) -> Int {
        guard memchr(bytes + start, 0x26, count) != nil else { return count }
        let reference: [UInt8] = Array("&#38;".utf8)
        let end = start + count
        var read = start, write = start
        while read < end {
            if bytes[read] == 0x26, read + reference.count <= end,
               reference.indices.allSatisfy({ bytes[read + $0] == reference[$0] }) {
                bytes[write] = 0x26
                read += reference.count
            } else {
                bytes[write] = bytes[read]
                read += 1
            }
            write += 1
        }
        bytes[write] = 0
        byteCount = write + 1
        return write - start
    }

    /// The `count` bytes at `start` as a string.
    func string(start: Int32, count: Int32) -> String {
        String(decoding: UnsafeBufferPointer(start: bytes + Int(start), count: Int(count)), as: UTF8.self)
    }

    private mutating func reserveBytes(_ extra: Int) {
        if byteCount + extra > byteCapacity { Self.grow(&bytes, count: byteCount, capacity: &byteCapacity, to: byteCount + extra) }
    }

    private static func grow<Element>(_ pointer: inout UnsafeMutablePointer<Element>, count: Int, capacity: inout Int, to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        grown.moveInitialize(from: pointer, count: count)
        pointer.deallocate()
        pointer = grown
        capacity = newCapacity
    }
}

/// A parsed chunk's events, handed from the parser's thread to the reader's: owns its
/// storage and frees it when released.
final class XMLEventBlock: @unchecked Sendable {
    /// Written by the parser before the block is handed over; read-only afterwards.
    let storage: XMLEventStorage
    /// Bytes of the file parsed by the end of the block, for progress.
    let bytesConsumed: Int64

    init(_ storage: XMLEventStorage, bytesConsumed: Int64) {
        self.storage = storage
        self.bytesConsumed = bytesConsumed
    }

    deinit { storage.deallocate() }
}
