import CLibXML2

/// The opening and closing tags of a text-only element, escaped once; see
/// ``XMLFragmentWriter/leafElement(_:text:)``.
struct LeafTag {
    let opening: String
    let closing: String
}

/// What GraphML export needs of an XML writer: elements, attributes and text. Both
/// ``XMLStreamWriter`` (libxml2's `xmlTextWriter`) and ``XMLFragmentWriter`` provide it,
/// so the same element code serves the document's frame and its bulk.
protocol XMLElementWriting: AnyObject {
    /// Opens an element.
    func startElement(_ name: String) throws
    /// Writes an attribute of the element just opened; the value is escaped.
    func attribute(_ name: String, _ value: String) throws
    /// Writes escaped character data.
    func text(_ value: String) throws
    /// Closes the innermost open element (self-closing when it has no content).
    func endElement() throws
}

extension XMLElementWriting {
    /// Writes `<name attributes…>text</name>` in one go.
    func element(_ name: String, attributes: KeyValuePairs<String, String> = [:], text value: String? = nil) throws {
        try startElement(name)
        for (key, attributeValue) in attributes { try attribute(key, attributeValue) }
        if let value { try text(value) }
        try endElement()
    }
}

/// Writes the bulk of a document — the nodes and edges inside `<graph>` — as bytes, and
/// hands them to an ``XMLStreamWriter`` in 64 KiB blocks (`xmlTextWriterWriteRawLen`).
///
/// libxml2's writer costs several C calls, a string copy and a stack lookup per element and
/// attribute; a million-element export spends most of its time there. This writer produces
/// exactly the bytes `xmlTextWriter` would — the same escaping (text: `& < > "` and CR;
/// attributes also TAB and LF) and the same indentation — which `XMLFragmentWriterTests` checks against libxml2 itself, so output
/// does not depend on which path wrote it. The frame (declaration, keys, the `<graph>`
/// start and end) stays with `xmlTextWriter`, which closes the open start tag before the
/// first block.
final class XMLFragmentWriter: XMLElementWriting {
    /// Where full blocks go; nil for a detached writer, which keeps everything in memory
    /// until ``append(_:)`` hands it to another writer.
    private let target: XMLStreamWriter?
    private let indent: Bool
    /// The depth of the element the fragments are written into (`<graph>` is 1).
    private let baseDepth: Int
    /// The pending bytes: a plain buffer, because appending byte by byte to an array held
    /// by a class pays a uniqueness and an exclusivity check per byte.
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private var open: [(name: String, hasChildren: Bool)] = []
    private var startTagOpen = false
    private var wroteAnything = false

    private static let blockSize = 1 << 16

    /// A writer for the content of the element `target` has open at `depth`.
    init(into target: XMLStreamWriter, depth: Int) {
        self.target = target
        self.indent = target.indents
        self.baseDepth = depth
        capacity = Self.blockSize
        buffer = .allocate(capacity: capacity)
    }

    /// A writer that keeps its bytes in memory, for content to be appended to a writer
    /// with the same depth and indentation: how export formats parts of a document in
    /// parallel.
    init(detachedAt depth: Int, indent: Bool) {
        target = nil
        self.indent = indent
        baseDepth = depth
        capacity = Self.blockSize
        buffer = .allocate(capacity: capacity)
    }

    /// Writes what a detached writer holds after what this one has written.
    func append(_ detached: XMLFragmentWriter) throws {
        try closeStartTag()
        try flush()
        try target?.raw(UnsafeBufferPointer(start: detached.buffer, count: detached.count))
        wroteAnything = wroteAnything || detached.wroteAnything
    }

    /// Whether the writer indents its output.
    var indents: Bool { indent }

    deinit {
        buffer.deallocate()
    }

    func startElement(_ name: String) throws {
        try closeStartTag()
        if let last = open.indices.last { open[last].hasChildren = true }
        if indent { try newLine(depth: baseDepth + 1 + open.count) }
        try append(UInt8(ascii: "<"))
        try append(name)
        open.append((name, false))
        startTagOpen = true
        wroteAnything = true
    }

    func attribute(_ name: String, _ value: String) throws {
        try append(UInt8(ascii: " "))
        try append(name)
        try append("=\"")
        try appendEscaped(value, attribute: true)
        try append(UInt8(ascii: "\""))
    }

    /// An attribute whose value is `prefix` followed by a decimal number (`n42`), without
    /// building a string.
    func attribute(_ name: StaticString, prefix: UInt8, number: Int) throws {
        try reserve(name.utf8CodeUnitCount + 26)
        put(UInt8(ascii: " "))
        put(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        put(UInt8(ascii: "="))
        put(UInt8(ascii: "\""))
        put(prefix)
        putDecimal(number)
        put(UInt8(ascii: "\""))
    }

    /// The opening tag `<name attribute="value">`, escaped, for ``leafElement(_:text:)``.
    static func openingTag(_ name: String, attribute: String, value: String) -> LeafTag {
        var escaped: [UInt8] = []
        for byte in value.utf8 {
            if let replacement = escape(byte, inAttribute: true) {
                escaped.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            } else {
                escaped.append(byte)
            }
        }
        return LeafTag(opening: "<\(name) \(attribute)=\"\(String(decoding: escaped, as: UTF8.self))\">", closing: "</\(name)>")
    }

    /// A child element holding only text, written in one go (what `startElement`,
    /// `attribute`, `text`, `endElement` would write, without the bookkeeping): the hot
    /// path of export, one per property value.
    func leafElement(_ tag: LeafTag, text value: String) throws {
        try closeStartTag()
        if let last = open.indices.last { open[last].hasChildren = true }
        if indent { try newLine(depth: baseDepth + 1 + open.count) }
        try append(tag.opening)
        try appendEscaped(value, attribute: false)
        try append(tag.closing)
        wroteAnything = true
    }

    func text(_ value: String) throws {
        try closeStartTag()
        try appendEscaped(value, attribute: false)
    }

    func endElement() throws {
        guard let element = open.popLast() else { return }
        if startTagOpen {
            try append("/>")
            startTagOpen = false
        } else {
            if element.hasChildren && indent { try newLine(depth: baseDepth + 1 + open.count) }
            try append("</")
            try append(element.name)
            try append(UInt8(ascii: ">"))
        }
    }

    /// Hands the rest to the stream writer, ending with the indentation libxml2 expects
    /// before the enclosing element's end tag. Call once, after the last element.
    func finish() throws {
        if wroteAnything && indent { try newLine(depth: baseDepth) }
        try flush()
    }

    // MARK: Bytes

    private func flush() throws {
        guard count > 0, let target else { return }
        try target.raw(UnsafeBufferPointer(start: buffer, count: count))
        count = 0
    }

    /// Makes room for `extra` more bytes: flushes (the stream writer takes any split), and
    /// grows the buffer only for a single value larger than a block; a detached writer
    /// grows it, keeping what it holds.
    private func reserve(_ extra: Int) throws {
        guard count + extra > capacity else { return }
        guard target != nil else {
            capacity = max(2 * capacity, count + extra)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.update(from: buffer, count: count)
            buffer.deallocate()
            buffer = grown
            return
        }
        try flush()
        if extra > capacity {
            buffer.deallocate()
            capacity = extra
            buffer = .allocate(capacity: capacity)
        }
    }

    @inline(__always) private func put(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    @inline(__always) private func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        (buffer + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    private func append(_ byte: UInt8) throws {
        try reserve(1)
        put(byte)
    }

    private func append(_ text: String) throws {
        var text = text
        try text.withUTF8 { utf8 in
            try reserve(utf8.count)
            put(utf8)
        }
    }

    private func closeStartTag() throws {
        if startTagOpen {
            try append(UInt8(ascii: ">"))
            startTagOpen = false
        }
    }

    private func newLine(depth: Int) throws {
        try reserve(1 + 2 * depth)
        put(UInt8(ascii: "\n"))
        for _ in 0..<(2 * depth) { put(UInt8(ascii: " ")) }
    }

    private func putDecimal(_ number: Int) {
        if number < 0 { put(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits = 1
        var scale: UInt = 10
        while digits < 20 && magnitude >= scale {
            digits += 1
            let (next, overflow) = scale.multipliedReportingOverflow(by: 10)
            if overflow { break }
            scale = next
        }
        var position = count + digits - 1
        repeat {
            buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            position -= 1
        } while magnitude > 0
        count += digits
    }

    /// What libxml2's writer writes for `byte`, when it is not the byte itself
    /// (`xmlEncodeSpecialChars`): `& < > "` and CR; in attribute values also TAB and LF.
    private static func escape(_ byte: UInt8, inAttribute: Bool) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case 0x0D: "&#13;"
        case 0x0A where inAttribute: "&#10;"
        case 0x09 where inAttribute: "&#9;"
        default: nil
        }
    }

    /// `value` escaped as this writer escapes text (or, with `inAttribute`, attribute
    /// values), for writers that build XML as strings (the SVG export).
    static func escaped(_ value: String, inAttribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            if scalar.isASCII, let replacement = escape(UInt8(scalar.value), inAttribute: inAttribute) {
                result += replacement.description
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Escaped text or attribute value; runs of plain bytes are copied at once.
    private func appendEscaped(_ value: String, attribute: Bool) throws {
        var value = value
        try value.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                guard let replacement = Self.escape(utf8[index], inAttribute: attribute) else { continue }
                try reserve(index - runStart + replacement.utf8CodeUnitCount)
                put(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                put(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                runStart = index + 1
            }
            try reserve(utf8.count - runStart)
            put(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }
}
