import CLibXML2
import Foundation

/// One thing the XML parser met: an element's start or end, or text.
///
/// Names are libxml2's: interned in the parser's dictionary, so they stay valid (and
/// unchanged) while the parser lives and compare by address. Text, attribute values and
/// unknown namespace URIs are copied into their block's bytes.
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
    /// Text, or the URI of an unknown namespace: bytes in the block, followed by a zero byte.
    var textStart: Int32
    var textCount: Int32
    /// The element's attributes in the block (start only).
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
    /// The value's bytes in the block, followed by a zero byte.
    var valueStart: Int32
    var valueCount: Int32
}
