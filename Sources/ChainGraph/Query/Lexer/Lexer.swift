/// Lexer: turns query text into tokens with positions; reports malformed literals.
struct Lexer {
    private let source: SourceText
    private var index = 0
    private var scalars: [Unicode.Scalar] { source.scalars }

    init(_ source: SourceText) { self.source = source }

    /// All tokens, ending with an `.end` token.
    static func tokenize(_ source: SourceText) throws -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private static let symbols = ["<>", "!=", "<=", ">=", "=~", "+=", "->", "<-", "..", "-", "+", "*", "/", "%", "^",
                                  "=", "<", ">", "(", ")", "[", "]", "{", "}", ",", ".", ":", ";", "|", "$",
                                  "→", "—", "─", "–"]
    /// The symbols as scalars, longest first per first scalar (the order of `symbols`).
    private static let symbolScalars: [(text: String, scalars: [Unicode.Scalar])] = symbols.map { ($0, Array($0.unicodeScalars)) }

    private func error(_ message: String, at offset: Int, code: ErrorCode = .unexpectedSyntax) -> ChainGraphError {
        ChainGraphError(.syntaxError, code, message, at: source.position(offset), phase: .compileTime)
    }

    private mutating func next() throws -> Token {
        try skipSpaceAndComments()
        let start = index
        guard index < scalars.count else { return Token(kind: .end, text: "", start: start, end: start) }
        let scalar = scalars[index]
        if scalar == "`" { return try quotedIdentifier() }
        if scalar == "'" || scalar == "\"" { return try string(quote: scalar) }
        if scalar == "$" {
            index += 1
            let nameStart = index
            if index < scalars.count, scalars[index] == "`" {
                let name = try quotedIdentifier()
                return Token(kind: .parameter(name.text), text: "$" + name.text, start: start, end: index)
            }
            while index < scalars.count, Lexer.isIdentifierPart(scalars[index]) { index += 1 }
            guard index > nameStart else { throw error("a parameter needs a name after '$'", at: start) }
            let name = source.text(nameStart, index)
            return Token(kind: .parameter(name), text: "$" + name, start: start, end: index)
        }
        if Lexer.isDigit(scalar) || (scalar == "." && index + 1 < scalars.count && Lexer.isDigit(scalars[index + 1])
                                      && !(index > 0 && scalars[index - 1] == ".")) {
            return try number()
        }
        if Lexer.isIdentifierStart(scalar) {
            while index < scalars.count, Lexer.isIdentifierPart(scalars[index]) { index += 1 }
            return Token(kind: .identifier(quoted: false), text: source.text(start, index), start: start, end: index)
        }
        for symbol in Lexer.symbolScalars where symbol.scalars[0] == scalar && matches(symbol.scalars) {
            index += symbol.scalars.count
            return Token(kind: .symbol(symbol.text), text: symbol.text, start: start, end: index)
        }
        throw error("unexpected character '\(scalar)'", at: start)
    }

    private func matches(_ symbol: [Unicode.Scalar]) -> Bool {
        guard index + symbol.count <= scalars.count else { return false }
        for (offset, scalar) in symbol.enumerated() where scalars[index + offset] != scalar { return false }
        return true
    }

    private func matches(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        index + 1 < scalars.count && scalars[index] == first && scalars[index + 1] == second
    }

    /// White space, decided without a Unicode property lookup for ASCII.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C }
        return scalar.properties.isWhitespace
    }

    private mutating func skipSpaceAndComments() throws {
        while index < scalars.count {
            let scalar = scalars[index]
            if Lexer.isWhitespace(scalar) {
                index += 1
            } else if matches("/", "/") {
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
            } else if matches("/", "*") {
                let start = index
                index += 2
                while index < scalars.count, !matches("*", "/") { index += 1 }
                guard index < scalars.count else { throw error("unterminated comment", at: start) }
                index += 2
            } else {
                return
            }
        }
    }

    private mutating func quotedIdentifier() throws -> Token {
        let start = index
        index += 1
        var name = ""
        while true {
            guard index < scalars.count else { throw error("unterminated `quoted name`", at: start) }
            if scalars[index] == "`" {
                if index + 1 < scalars.count, scalars[index + 1] == "`" {
                    name.unicodeScalars.append("`")
                    index += 2
                    continue
                }
                index += 1
                break
            }
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        return Token(kind: .identifier(quoted: true), text: name, start: start, end: index)
    }

    private mutating func string(quote: Unicode.Scalar) throws -> Token {
        let start = index
        index += 1
        var value = ""
        while true {
            guard index < scalars.count else { throw error("unterminated string literal", at: start) }
            let scalar = scalars[index]
            if scalar == quote {
                index += 1
                break
            }
            if scalar == "\\" {
                guard index + 1 < scalars.count else { throw error("unterminated string literal", at: start) }
                let escape = scalars[index + 1]
                index += 2
                switch escape {
                case "\\": value += "\\"
                case "'": value += "'"
                case "\"": value += "\""
                case "n": value += "\n"
                case "t": value += "\t"
                case "r": value += "\r"
                case "b": value += "\u{8}"
                case "f": value += "\u{C}"
                case "u", "U":
                    let width = escape == "u" ? 4 : 8
                    let digits = source.text(index, index + width)
                    guard digits.unicodeScalars.count == width, let code = UInt32(digits, radix: 16),
                          let unicode = Unicode.Scalar(code) else {
                        throw error("invalid unicode escape '\\\(escape)\(digits)'", at: index - 2, code: .invalidUnicodeLiteral)
                    }
                    value.unicodeScalars.append(unicode)
                    index += width
                default:
                    throw error("invalid escape '\\\(escape)' in string", at: index - 2, code: .invalidUnicodeLiteral)
                }
                continue
            }
            value.unicodeScalars.append(scalar)
            index += 1
        }
        return Token(kind: .string(value), text: source.text(start, index), start: start, end: index)
    }

    private mutating func number() throws -> Token {
        let start = index
        if matches("0", "x") || matches("0", "X") || matches("0", "o") || matches("0", "O") {
            let radix = scalars[index + 1] == "x" || scalars[index + 1] == "X" ? 16 : 8
            index += 2
            let digitsStart = index
            while index < scalars.count, Lexer.isIdentifierPart(scalars[index]) { index += 1 }
            let digits = source.text(digitsStart, index)
            let text = source.text(start, index)
            guard !digits.isEmpty, digits.allSatisfy({ $0.isHexDigit && Int(String($0), radix: radix) != nil }) else {
                throw error("invalid number literal '\(text)'", at: start, code: .invalidNumberLiteral)
            }
            guard let value = Int64(digits, radix: radix) else {
                return Token(kind: .oversizedInteger, text: text, start: start, end: index)
            }
            return Token(kind: .integer(value), text: text, start: start, end: index)
        }
        var isFloat = false
        while index < scalars.count, Lexer.isDigit(scalars[index]) { index += 1 }
        if index + 1 < scalars.count, scalars[index] == ".", Lexer.isDigit(scalars[index + 1]) {
            isFloat = true
            index += 1
            while index < scalars.count, Lexer.isDigit(scalars[index]) { index += 1 }
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            var look = index + 1
            if look < scalars.count, scalars[look] == "-" || scalars[look] == "+" { look += 1 }
            if look < scalars.count, Lexer.isDigit(scalars[look]) {
                isFloat = true
                index = look
                while index < scalars.count, Lexer.isDigit(scalars[index]) { index += 1 }
            }
        }
        let text = source.text(start, index)
        if index < scalars.count, Lexer.isIdentifierStart(scalars[index]) {
            while index < scalars.count, Lexer.isIdentifierPart(scalars[index]) { index += 1 }
            return Token(kind: .malformedNumber, text: source.text(start, index), start: start, end: index)
        }
        if isFloat {
            guard let value = Double(text), value.isFinite else {
                throw error("float literal '\(text)' is out of range", at: start, code: .floatingPointOverflow)
            }
            return Token(kind: .float(value), text: text, start: start, end: index)
        }
        if text.count > 1, text.hasPrefix("0"), text.allSatisfy({ $0.isNumber }) {
            // Legacy octal: 0777.
            guard text.allSatisfy({ $0 < "8" }) else {
                throw error("invalid number literal '\(text)'", at: start, code: .invalidNumberLiteral)
            }
            guard let value = Int64(text.dropFirst(), radix: 8) else {
                return Token(kind: .oversizedInteger, text: text, start: start, end: index)
            }
            return Token(kind: .integer(value), text: text, start: start, end: index)
        }
        guard let value = Int64(text) else { return Token(kind: .oversizedInteger, text: text, start: start, end: index) }
        return Token(kind: .integer(value), text: text, start: start, end: index)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isXIDStart || (scalar.properties.isAlphabetic && scalar.value > 127)
    }

    static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isXIDContinue || (scalar.properties.isAlphabetic && scalar.value > 127)
    }
}
