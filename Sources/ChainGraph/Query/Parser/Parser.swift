/// Parser: a hand-written recursive-descent parser from tokens to the AST, with
/// line:column positions and "expected …" messages on every syntax error.
struct Parser {
    let source: SourceText
    var tokens: [Token]
    var index = 0
    var depth = 0
    /// Token positions where an expression's `(` was tried as a relationship pattern and is
    /// not one (see ``expressionPattern()``).
    var noPatternAt = Set<Int>()
    /// How many times ``expressionPattern()`` parsed a pattern attempt (at most once per position).
    var patternAttempts = 0

    /// How deeply expressions and patterns may nest before the parser refuses the query
    /// (rather than exhausting the stack).
    static let maximumDepth = 96

    init(_ text: String, file: String? = nil) throws {
        source = SourceText(text, file: file)
        tokens = try Lexer.tokenize(source)
    }

    /// Parses exactly one statement (an optional trailing `;` is allowed).
    static func parseStatement(_ text: String) throws -> ParsedStatement {
        var parser = try Parser(text)
        let statement = try parser.statement()
        if parser.current.isSymbol(";") { parser.index += 1 }
        guard parser.current.kind == .end else {
            throw parser.unexpected(expecting: "the end of the statement")
        }
        return statement
    }

    // MARK: Token access

    var current: Token { tokens[index] }

    func peek(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func accept(_ symbol: String) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        index += 1
        return true
    }

    mutating func acceptKeyword(_ word: String) -> Bool {
        guard current.isKeyword(word) else { return false }
        index += 1
        return true
    }

    mutating func acceptKeywords(_ words: String...) -> Bool {
        for (offset, word) in words.enumerated() where !peek(offset).isKeyword(word) { return false }
        index += words.count
        return true
    }

    mutating func expect(_ symbol: String) throws {
        guard accept(symbol) else { throw unexpected(expecting: "'\(symbol)'") }
    }

    mutating func expectKeyword(_ word: String) throws {
        guard acceptKeyword(word) else { throw unexpected(expecting: word) }
    }

    /// A name: an identifier, quoted or not (keywords are allowed as names).
    mutating func name(_ what: String) throws -> String {
        guard current.isIdentifier else { throw unexpected(expecting: what) }
        return advance().text
    }

    func position(_ offset: Int) -> SourcePosition { source.position(offset) }

    func error(_ code: ErrorCode, _ message: String, at offset: Int) -> ChainGraphError {
        ChainGraphError(.syntaxError, code, message, at: position(offset), phase: .compileTime)
    }

    func unexpected(expecting expected: String) -> ChainGraphError {
        error(.unexpectedSyntax, "expected \(expected) but found \(current.display)", at: current.start)
    }

    mutating func nest() throws {
        depth += 1
        if depth > Parser.maximumDepth {
            throw error(.nestingTooDeep, "the query nests more than \(Parser.maximumDepth) levels deep", at: current.start)
        }
    }

    mutating func unnest() { depth -= 1 }

    /// The end offset of the token before the current one.
    var previousEnd: Int { index > 0 ? tokens[index - 1].end : 0 }

    // MARK: Statements

    mutating func statement() throws -> ParsedStatement {
        if acceptKeyword("EXPLAIN") { return .explain(try query()) }
        if acceptKeyword("PROFILE") { return .profile(try query()) }
        if let command = try schemaCommand() { return .schema(command) }
        if current.isKeyword("CHAIN") { return .chain(try chainStatement()) }
        if current.isKeyword("EXPORT") || current.isKeyword("IMPORT") { return .interchange(try interchangeStatement()) }
        if current.isKeyword("COPY") { return .copy(try copyStatement()) }
        return .query(try query())
    }

    mutating func query() throws -> Query {
        let start = current.start
        var parts = [try singleQuery()]
        var unionAll: [Bool] = []
        while acceptKeyword("UNION") {
            unionAll.append(acceptKeyword("ALL"))
            parts.append(try singleQuery())
        }
        return Query(parts: parts, unionAll: unionAll, position: start)
    }
}
