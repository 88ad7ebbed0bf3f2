import ChainGraph
import Foundation

/// Reads the parameters of `--param NAME=VALUE`, `--param-json NAME=JSON` and the REPL's
/// `:param NAME VALUE`.
///
/// A `--param` value is a Cypher literal — a number, a quoted string, `true`, `false`,
/// `null`, a list or map of literals — or a temporal constructor with a constant argument
/// (`date('2024-01-01')`); anything else (`2024-01-01`, which Cypher reads as 2022, or an
/// unquoted word) is an error pointing at the column where the literal stops. A
/// `--param-json` value is JSON (`{"$date": "…"}` for a date, as the json output writes it).
enum ParameterParser {
    /// The parameters of `items` (`name=value`) and `jsonItems` (`name=json`).
    static func parse(_ items: [String], json jsonItems: [String] = []) throws -> [String: Value] {
        var parameters: [String: Value] = [:]
        for item in items {
            let (name, text) = try split(item, option: "--param")
            parameters[name] = try literal(text, name: name)
        }
        for item in jsonItems {
            let (name, text) = try split(item, option: "--param-json")
            do {
                parameters[name] = try Value(jsonText: text)
            } catch {
                throw ValidationErrorMessage("--param-json \(name): \(error)")
            }
        }
        return parameters
    }

    private static func split(_ item: String, option: String) throws -> (String, String) {
        guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
            throw ValidationErrorMessage("\(option) expects name=value, got '\(item)'")
        }
        return (String(item[..<equals]), String(item[item.index(after: equals)...]))
    }

    /// The value of one literal `text`, or an error naming the parameter and the column.
    static func literal(_ text: String, name: String) throws -> Value {
        var scanner = LiteralScanner(Array(text.unicodeScalars))
        do {
            scanner.skipSpace()
            try scanner.value()
            scanner.skipSpace()
            guard scanner.atEnd else { throw scanner.failure("unexpected text after the value") }
        } catch let failure as LiteralScanner.Failure {
            throw ValidationErrorMessage("--param \(name)=\(text): \(failure.message) at column \(failure.column); "
                                         + "give a Cypher literal (42, 2.5, 'text', true, null, [1, 2], {k: 'v'}) or date('2024-01-01'), "
                                         + "or use --param-json")
        }
        do {
            return try GraphDatabase().execute("RETURN \(text) AS value").scalar ?? .null
        } catch let error as ChainGraphError {
            throw ValidationErrorMessage("--param \(name)=\(text): \(error.kind.rawValue) (\(error.code)): \(error.message)")
        }
    }
}

/// Recognises a Cypher literal, character by character.
private struct LiteralScanner {
    struct Failure: Error {
        let message: String
        let column: Int
    }

    private let text: [Unicode.Scalar]
    private var index = 0
    private static let temporals: Set<String> = ["date", "datetime", "localdatetime", "time", "localtime", "duration"]

    init(_ text: [Unicode.Scalar]) { self.text = text }

    var atEnd: Bool { index >= text.count }
    private var current: Unicode.Scalar? { atEnd ? nil : text[index] }

    func failure(_ message: String) -> Failure { Failure(message: message, column: index + 1) }

    mutating func skipSpace() {
        while let scalar = current, scalar.properties.isWhitespace { index += 1 }
    }

    mutating func value() throws {
        guard let scalar = current else { throw failure("a value is missing") }
        switch scalar {
        case "'", "\"": try string()
        case "[": try sequence(close: "]") { try $0.value() }
        case "{": try sequence(close: "}") { scanner in
            try scanner.key()
            scanner.skipSpace()
            guard scanner.current == ":" else { throw scanner.failure("expected ':' after a map key") }
            scanner.index += 1
            scanner.skipSpace()
            try scanner.value()
        }
        case "-", "0"..."9": try number()
        default:
            let start = index
            let word = identifier()
            switch word.lowercased() {
            case "true", "false", "null": return
            case let name where Self.temporals.contains(name):
                skipSpace()
                guard current == "(" else { throw failure("expected '(' after \(word)") }
                index += 1
                skipSpace()
                if current == "'" || current == "\"" { try string() } else if current == "{" { try value() }
                skipSpace()
                guard current == ")" else { throw failure("a temporal value takes one quoted string or map") }
                index += 1
            default:
                index = start
                throw failure(word.isEmpty ? "unexpected '\(scalar)'" : "'\(word)' is not a literal (quote text: '\(word)')")
            }
        }
    }

    private mutating func sequence(close: Unicode.Scalar, _ element: (inout LiteralScanner) throws -> Void) throws {
        index += 1
        skipSpace()
        if current == close { index += 1; return }
        while true {
            try element(&self)
            skipSpace()
            if current == close { index += 1; return }
            guard current == "," else { throw failure("expected ',' or '\(close)'") }
            index += 1
            skipSpace()
        }
    }

    private mutating func key() throws {
        if current == "`" {
            index += 1
            while let scalar = current, scalar != "`" { index += 1 }
            guard current == "`" else { throw failure("unclosed `") }
            index += 1
        } else if identifier().isEmpty {
            throw failure("expected a map key")
        }
    }

    private mutating func identifier() -> String {
        var word = ""
        while let scalar = current, scalar.properties.isAlphabetic || scalar == "_" || (!word.isEmpty && ("0"..."9").contains(scalar)) {
            word.unicodeScalars.append(scalar)
            index += 1
        }
        return word
    }

    private mutating func string() throws {
        let quote = current!
        index += 1
        while let scalar = current, scalar != quote {
            index += scalar == "\\" ? 2 : 1
        }
        guard current == quote else { throw failure("unclosed string") }
        index += 1
    }

    private mutating func number() throws {
        if current == "-" { index += 1 }
        let start = index
        while let scalar = current, ("0"..."9").contains(scalar) || scalar == "." || scalar == "e" || scalar == "E"
                || ((scalar == "-" || scalar == "+") && (text[index - 1] == "e" || text[index - 1] == "E")) {
            index += 1
        }
        guard index > start else { throw failure("expected a number") }
        if let scalar = current, scalar.properties.isAlphabetic { throw failure("unexpected '\(scalar)' in a number") }
    }
}
