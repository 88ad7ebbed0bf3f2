import CLibXML2
import Foundation

/// One thing the XML parser met: an element's start or end, or text.
///
/// Names are libxml2's: interned in the parser's dictionary, so they stay valid (and
/// unchanged) while the parser lives and compare by address. Text, attribute values and
/// unknown namespace URIs are copied into their batch's ``XMLEventBatch/bytes``.
struct XMLEvent {
    /// What the event is.
    enum Kind: UInt8 {
        /// `<name …>` (also the start of `<name/>`, which is followed by its end).
        case startElement
        /// `</name>` (or the end of `<name/>`).
        case endElement
        /// Character data, CDATA sections included; consecutive pieces are joined.
        case text
    }

    /// The element's namespace among the parser's known ones: `none`, their index, or
    /// `unknown` (its URI is then the event's text).
    struct Namespace: Equatable {
        let rawValue: Int8

        static let none = Namespace(rawValue: -1)
        static let unknown = Namespace(rawValue: -2)

        /// The known namespace at `index`.
        static func known(_ index: Int) -> Namespace { Namespace(rawValue: Int8(index)) }

        /// Whether the element is in no namespace or a known one.
        var isNoneOrKnown: Bool { rawValue != Namespace.unknown.rawValue }
    }

    var kind: Kind
    var namespace: Namespace
    /// The element's local name (start and end), nil for text.
    var name: UnsafePointer<xmlChar>?
    /// Text, or the URI of an unknown namespace: bytes in the batch, followed by a zero byte.
    var textStart: Int32
    var textCount: Int32
    /// The element's attributes in the batch (start only).
    var attributeStart: Int32
    var attributeCount: Int32
    /// Where the parser stood when it reported the event (after a start tag: its end).
    var line: Int32
    var column: Int32
}

/// One attribute of a start tag. Namespace declarations (`xmlns`, `xmlns:p`) are not
/// attributes here.
struct XMLEventAttribute {
    /// The local name, interned like element names.
    var name: UnsafePointer<xmlChar>
    /// The prefix (`xsi` of `xsi:schemaLocation`), nil for most.
    var prefix: UnsafePointer<xmlChar>?
    /// The value's bytes in the batch, followed by a zero byte.
    var valueStart: Int32
    var valueCount: Int32
}

/// The events of some stretch of a document, in order, and the bytes they point to.
struct XMLEventBatch {
    var events: [XMLEvent] = []
    var attributes: [XMLEventAttribute] = []
    var bytes: [UInt8] = []
    /// Bytes of the file read once the batch was full, for progress.
    var bytesConsumed: Int64 = 0

    /// Appends bytes and a zero byte; returns where they start.
    mutating func store(_ pointer: UnsafePointer<xmlChar>, count: Int) -> Int32 {
        let start = Int32(bytes.count)
        bytes.append(contentsOf: UnsafeBufferPointer(start: pointer, count: count))
        bytes.append(0)
        return start
    }

    /// Appends character data, joined to the previous event when that is text too.
    mutating func appendText(_ pointer: UnsafePointer<xmlChar>, count: Int, line: Int32, column: Int32) {
        if let last = events.last, last.kind == .text, Int(last.textStart + last.textCount) + 1 == bytes.count {
            bytes.removeLast()
            bytes.append(contentsOf: UnsafeBufferPointer(start: pointer, count: count))
            bytes.append(0)
            events[events.count - 1].textCount += Int32(count)
            return
        }
        let start = store(pointer, count: count)
        events.append(XMLEvent(kind: .text, namespace: .none, name: nil, textStart: start, textCount: Int32(count),
                               attributeStart: 0, attributeCount: 0, line: line, column: column))
    }

    /// Turns each `&#38;` among the `count` bytes at `start` (the last ones stored) back into
    /// `&`: substituting no entities, libxml2 hands attribute values with every `&` written
    /// so. Returns the new count.
    mutating func decodeAmpersands(from start: Int, count: Int) -> Int {
        let hasAmpersand = bytes.withUnsafeBufferPointer { memchr($0.baseAddress! + start, 0x26, count) != nil }
        guard hasAmpersand else { return count }
        let reference = Array("&#38;".utf8)
        let end = start + count
        var read = start, write = start
        while read < end {
            if bytes[read] == 0x26, read + reference.count <= end, bytes[read..<read + reference.count].elementsEqual(reference) {
                bytes[write] = 0x26
                read += reference.count
            } else {
                bytes[write] = bytes[read]
                read += 1
            }
            write += 1
        }
        bytes.removeSubrange(write..<end)
        return write - start
    }
}
