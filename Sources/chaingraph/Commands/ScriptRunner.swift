import ChainGraph
import Foundation

/// Runs scripts of statements for `chaingraph query` and for piped input: each
/// statement in its own transaction, results printed in the chosen format, the first
/// error printed to stderr (with the script line) and the run stopped.
struct ScriptRunner {
    var database: GraphDatabase
    var format: OutputFormat
    var parameters: [String: Value]
    var terminal: Terminal
    /// The file name errors are reported against (`-e` when the text came from the command line).
    var sourceName: String
    /// The limits every statement runs under.
    var options = QueryOptions()

    /// Runs every complete statement of `script`; returns false after an error.
    func run(_ script: String) -> Bool {
        let statements = StatementSplitter.statements(ofScript: script)
        var first = true
        for statement in statements {
            do {
                let result = try database.execute(statement.text, parameters: parameters, options: options)
                if !result.columns.isEmpty {
                    if !first && format != .jsonl { print() }
                    print(format.render(result, terminal: terminal), terminator: "")
                    first = false
                }
            } catch {
                printError(describe(error, in: statement, script: script))
                return false
            }
        }
        return true
    }

    /// The error with its position moved from statement to script coordinates.
    func describe(_ error: Error, in statement: StatementSplitter.Statement, script: String) -> String {
        guard var error = error as? ChainGraphError else { return "Error: \(error)" }
        guard var position = error.position, position.file == nil else {
            return ErrorRenderer(terminal: terminal).render(error, statement: nil)
        }
        // The statement's first line may start after another statement's `;`.
        if position.line == 1 { position.column += statement.column - 1 }
        position.line += statement.line - 1
        error.position = position
        let excerpt = error.excerpt(in: script)
        position.file = sourceName
        error.position = position
        return ErrorRenderer(terminal: terminal).render(error, statement: nil) + (excerpt.map { $0 + "\n" } ?? "")
    }
}

/// Opens the database a command names, or an in-memory one.
func openDatabase(_ path: String?, readOnly: Bool = false) throws -> GraphDatabase {
    guard let path else { return GraphDatabase() }
    var configuration = DatabaseConfiguration()
    configuration.readOnly = readOnly
    return try GraphDatabase(path: path, configuration: configuration)
}

/// Reads `name=value` parameters: the value as a Cypher literal when it is one
/// (`42`, `2.5`, `true`, `'text'`, `[1, 2]`, `date('2024-01-01')`), else as a string.
func parseParameters(_ items: [String]) throws -> [String: Value] {
    var parameters: [String: Value] = [:]
    let scratch = GraphDatabase()
    for item in items {
        guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
            throw ValidationErrorMessage("--param expects name=value, got '\(item)'")
        }
        let name = String(item[..<equals])
        let text = String(item[item.index(after: equals)...])
        if let value = try? scratch.execute("RETURN \(text) AS value").scalar, !text.isEmpty {
            parameters[name] = value
        } else {
            parameters[name] = .string(text)
        }
    }
    return parameters
}

/// A time limit of `seconds`, rounded up to the millisecond, or nil when `seconds` is not a
/// positive number (`--timeout`, `:timeout`).
func timeLimit(seconds: Double) -> Duration? {
    guard seconds > 0, seconds.isFinite, seconds < 1e12 else { return nil }
    return .milliseconds(Int64((seconds * 1000).rounded(.up)))
}

/// A usage problem found after argument parsing; exits with status 2.
struct ValidationErrorMessage: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
