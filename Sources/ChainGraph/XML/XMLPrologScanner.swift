/// XML: refuses a `<!DOCTYPE` in the prolog before libxml2 parses it, so that no entity
/// declaration is ever processed.
enum XMLPrologScanner {
    /// The message of `SyntaxError (DocumentTypeNotAllowed)`.
    static let documentTypeMessage = "document type declarations are refused: GraphML does not need them, and they are how XML files attack readers (entity expansion, external entities)"

    /// Scans the XML declaration, comments, processing instructions and white space up to
    /// the root element; throws `SyntaxError (DocumentTypeNotAllowed)` at a `<!DOCTYPE`.
    static func refuseDocumentType(in bytes: some Collection<UInt8>, file: String?) throws {
        let bytes = Array(bytes)
        var index = 0, line = 1, lineStart = 0
        func starts(with text: String) -> Bool {
            let pattern = Array(text.utf8)
            return bytes.count - index >= pattern.count && Array(bytes[index..<index + pattern.count]) == pattern
        }
        func skip(past terminator: String) {
            while index < bytes.count && !starts(with: terminator) {
                if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
                index += 1
            }
            index += terminator.utf8.count
        }
        if starts(with: "\u{FEFF}") { index += 3 }
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A: line += 1; index += 1; lineStart = index
            case 0x20, 0x09, 0x0D: index += 1
            case UInt8(ascii: "<"):
                if starts(with: "<?") { skip(past: "?>") } else if starts(with: "<!--") { skip(past: "-->") } else {
                    if starts(with: "<!DOCTYPE") {
                        throw ChainGraphError(.syntaxError, .documentTypeNotAllowed, documentTypeMessage,
                                              at: SourcePosition(file: file, line: line, column: index - lineStart + 1, offset: index))
                    }
                    return
                }
            default: return
            }
        }
    }
}
