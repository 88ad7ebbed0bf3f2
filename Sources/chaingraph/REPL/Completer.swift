import ChainGraph

/// Tab completion for the REPL: `:` commands at the start of a line, labels and edge
/// types after `:`, property names after `.`, procedures after `CALL`, node names and
/// aliases inside a quoted string, and keywords, functions, types and procedures
/// elsewhere.
struct Completer {
    /// What Tab should do: insert text (the rest of the one match, or the longest common
    /// prefix of several), and the candidates to list when nothing can be inserted.
    struct Completion: Equatable {
        var insertion: String
        var candidates: [String]
    }

    static let keywords = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER", "BY", "ASC", "DESC", "SKIP", "LIMIT",
        "DISTINCT", "CREATE", "MERGE", "SET", "REMOVE", "DELETE", "DETACH", "CALL", "YIELD", "UNION", "ALL", "AS",
        "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE", "FALSE", "CASE", "WHEN", "THEN", "ELSE", "END",
        "STARTS", "ENDS", "CONTAINS", "EXISTS", "EXPLAIN", "PROFILE", "CHAIN", "VIA", "SOURCE", "LINE",
        "EXPORT", "IMPORT", "GRAPHML", "DOT", "TO", "FROM", "TYPES", "NODE", "EDGE", "TYPE", "DROP", "ALTER",
        "ADD", "PROPERTY", "SHOW", "PROCEDURES", "FUNCTIONS", "PRIMARY", "KEY", "IF", "ON", "shortestPath", "allShortestPaths",
    ]

    static let functions = [
        "count", "sum", "avg", "min", "max", "collect", "stDev", "percentileCont", "percentileDisc", "id", "labels",
        "type", "keys", "properties", "provenance", "size", "length", "nodes", "relationships", "head", "last", "tail", "range",
        "coalesce", "toInteger", "toFloat", "toString", "toBoolean", "abs", "round", "floor", "ceil", "sqrt",
        "sign", "rand", "toLower", "toUpper", "trim", "replace", "substring", "split", "left", "right", "reverse",
        "date", "exists",
    ]

    static let commands = [":help", ":schema", ":format", ":timing", ":rows", ":pager", ":timeout", ":export", ":read", ":why", ":params", ":param", ":quit", ":exit"]

    /// The graph's names, read when Tab is pressed.
    var labels: () -> [String]
    var edgeTypes: () -> [String]
    var properties: () -> [String]
    var entityNames: () -> [String]
    var procedures: [String] = GraphDatabase.procedureNames

    /// Completes the text before the cursor.
    func complete(_ before: String) -> Completion {
        let trimmed = before.drop { $0 == " " }
        if trimmed.hasPrefix(":") && !trimmed.contains(" ") {
            return Self.completion(of: String(trimmed), among: Self.commands)
        }
        if let quoteStart = openQuote(in: before) {
            let typed = String(before[before.index(after: quoteStart)...])
            return Self.completion(of: typed, among: entityNames())
        }
        let word = String(before.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }.reversed())
        let preceding = before.dropLast(word.count)
        if preceding.hasSuffix(":") {
            return Self.completion(of: word, among: labels() + edgeTypes())
        }
        if preceding.hasSuffix(".") {
            return Self.completion(of: word, among: properties())
        }
        if preceding.uppercased().hasSuffix("CALL ") {
            return Self.completion(of: word, among: procedures)
        }
        guard !word.isEmpty else { return Completion(insertion: "", candidates: []) }
        let lowercase = word == word.lowercased()
        let keywords = Self.keywords.map { lowercase && $0 == $0.uppercased() ? $0.lowercased() : $0 }
        return Self.completion(of: word, among: keywords + Self.functions + labels() + edgeTypes() + procedures)
    }

    /// The index of an unclosed `'` or `"` in `text`, if the cursor is inside a string.
    private func openQuote(in text: String) -> String.Index? {
        var open: (String.Index, Character)?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let (_, quote) = open {
                if character == "\\" { index = text.index(after: index) } else if character == quote { open = nil }
            } else if character == "'" || character == "\"" {
                open = (index, character)
            }
            if index < text.endIndex { index = text.index(after: index) }
        }
        return open?.0
    }

    /// The completion of `prefix` among `candidates` (case-insensitive, distinct, sorted).
    static func completion(of prefix: String, among candidates: [String]) -> Completion {
        let lowered = prefix.lowercased()
        let matches = Array(Set(candidates.filter { $0.lowercased().hasPrefix(lowered) && $0.count > prefix.count })).sorted()
        guard let first = matches.first else { return Completion(insertion: "", candidates: []) }
        if matches.count == 1 { return Completion(insertion: String(first.dropFirst(prefix.count)), candidates: matches) }
        var common = Array(first)
        for match in matches.dropFirst() {
            let characters = Array(match)
            var length = 0
            while length < min(common.count, characters.count),
                  String(common[length]).lowercased() == String(characters[length]).lowercased() { length += 1 }
            common = Array(common.prefix(length))
        }
        let insertion = common.count > prefix.count ? String(common.dropFirst(prefix.count)) : ""
        return Completion(insertion: insertion, candidates: matches)
    }
}
