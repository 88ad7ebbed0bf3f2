/// XML: counts the attributes of each start tag in the raw bytes, ahead of libxml2, and
/// refuses an element with more than ``maximumAttributes`` with
/// `LimitExceeded (TooManyAttributes)` at the element's line:column.
///
/// libxml2 (2.9) checks an element's attributes for duplicates pairwise, so one element with
/// hundreds of thousands of attributes takes minutes of CPU before any callback can stop it;
/// this scan sees every byte once. It counts `=` signs outside quoted values inside start
/// tags: comments, processing instructions, declarations and end tags are passed by.
struct XMLAttributeCounter {
    /// The most attributes one element may have: far beyond any real GraphML file (yEd
    /// writes fewer than ten), and checked by libxml2 in well under a second.
    static let maximumAttributes = 10_000

    private enum State {
        case text, afterOpen, startTag, quoted(UInt8), skipping
    }

    private var state = State.text
    private var count = 0
    private var line = 1
    private var column = 0
    private var tagLine = 1
    private var tagColumn = 1
    let file: String?

    init(file: String?) { self.file = file }

    /// Scans the next bytes of the document.
    mutating func scan(_ bytes: UnsafeRawBufferPointer) throws {
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 0
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            switch state {
            case .text:
                if byte == UInt8(ascii: "<") {
                    state = .afterOpen
                    tagLine = line
                    tagColumn = column
                }
            case .afterOpen:
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                    state = .skipping
                } else {
                    state = .startTag
                    count = 0
                }
            case .startTag:
                if byte == UInt8(ascii: ">") {
                    state = .text
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    state = .quoted(byte)
                } else if byte == UInt8(ascii: "=") {
                    count += 1
                    if count > Self.maximumAttributes {
                        throw ChainGraphError(.limitExceeded, .tooManyAttributes,
                                              "an element has more than \(Self.maximumAttributes) attributes; ChainGraph reads at most that many",
                                              at: SourcePosition(file: file, line: tagLine, column: tagColumn))
                    }
                }
            case .quoted(let quote):
                if byte == quote { state = .startTag }
            case .skipping:
                if byte == UInt8(ascii: ">") { state = .text }
            }
        }
    }
}
