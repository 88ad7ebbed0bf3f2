/// A token of the query language, with its place in the query text.
struct Token: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// A name: a keyword, a variable, a label, a function; `quoted` when written in backticks.
        case identifier(quoted: Bool)
        case integer(Int64)
        /// An integer literal too large for INT64 (kept as text for a precise error).
        case oversizedInteger
        /// Digits run into letters (`9223372h54775808`): an invalid number where a value is
        /// expected, unexpected syntax where a name is (`{1B2c: 1}`).
        case malformedNumber
        case float(Double)
        case string(String)
        /// `$name` or `$0`.
        case parameter(String)
        /// Punctuation and operators: `(`, `->`, `<=`, `+=`, `..`, …
        case symbol(String)
        case end
    }

    var kind: Kind
    /// The token's text as written (for identifiers, the name without backticks).
    var text: String
    /// Unicode-scalar offsets of the token in the query.
    var start: Int
    var end: Int

    /// Whether this is the keyword `word` (case-insensitive, unquoted).
    func isKeyword(_ word: String) -> Bool {
        kind == .identifier(quoted: false) && text.uppercased() == word
    }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }

    var isIdentifier: Bool {
        if case .identifier = kind { return true }
        return false
    }

    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case .end: return "end of input"
        case .string: return "string literal"
        default: return "'\(text)'"
        }
    }
}
