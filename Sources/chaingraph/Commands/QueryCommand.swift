import ArgumentParser
import ChainGraph
import Foundation

/// `chaingraph query`: runs statements from the command line, a file or standard input.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run statements and print their results (for scripts and pipes).",
        discussion: """
            Statements come from -e, from -f, or from standard input when it is not a terminal; \
            several statements are separated by ';'. Each runs in its own transaction; the first \
            error stops the run.

            Exit status: 0 when every statement succeeded, 1 when one failed (the error, with \
            file:line:column, goes to stderr), 2 for bad arguments.

            Examples:
              chaingraph query chain.db -e "MATCH (m:Material) RETURN m.name LIMIT 5"
              chaingraph query chain.db -f report.cypher --format csv > report.csv
              chaingraph query chain.db -e 'CALL downstream($m) YIELD node RETURN node.name' --param "m='acrylonitrile'"
              echo "RETURN 1 + 1 AS two;" | chaingraph query
            """)

    @Argument(help: "The database file (created if missing); an in-memory database when left out.")
    var database: String?

    @Option(name: [.short, .customLong("execute")], help: "The statements to run.")
    var execute: String?

    @Option(name: [.short, .customLong("file")], help: "A script of statements to run.")
    var file: String?

    @Option(name: .customLong("param"), help: "A parameter as name=value (value as a Cypher literal, else text). Repeatable.")
    var parameters: [String] = []

    @Option(help: "Output format: table, csv, json or jsonl.")
    var format: String = "table"

    @Option(help: "Stop a statement that runs longer than this many seconds.")
    var timeout: Double?

    @Option(name: .customLong("max-rows"), help: "The most intermediate rows a statement may hold (default 10000000).")
    var maximumRows: Int?

    @Option(name: .customLong("max-memory"),
            help: "How many MiB the process may grow while a statement runs (default: a quarter of physical memory; 0 for no limit).")
    var maximumMemory: Int?

    func run() throws {
        guard let outputFormat = OutputFormat(rawValue: format) else {
            throw ValidationErrorMessage("unknown format '\(format)': use table, csv, json or jsonl")
        }
        if execute != nil && file != nil { throw ValidationErrorMessage("give either -e or -f, not both") }
        let script: String, sourceName: String
        if let execute {
            (script, sourceName) = (execute, "-e")
        } else if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                printError("IOError (CannotOpenFile): cannot read '\(file)'")
                throw ExitCode(1)
            }
            (script, sourceName) = (text, file)
        } else if isatty(STDIN_FILENO) == 0 {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            (script, sourceName) = (String(decoding: data, as: UTF8.self), "stdin")
        } else {
            throw ValidationErrorMessage("nothing to run: give -e 'statement', -f script.cypher, or pipe statements in")
        }
        let database: GraphDatabase
        do { database = try openDatabase(self.database) } catch {
            printError(ErrorRenderer(terminal: .current).render(error, statement: nil))
            throw ExitCode(1)
        }
        defer { database.close() }
        let runner = ScriptRunner(database: database, format: outputFormat, parameters: try parseParameters(parameters),
                                  terminal: .current, sourceName: sourceName, options: try queryOptions())
        if !runner.run(script) { throw ExitCode(1) }
    }

    /// The limits the options ask for.
    private func queryOptions() throws -> QueryOptions {
        var options = QueryOptions()
        if let timeout {
            guard let limit = timeLimit(seconds: timeout) else { throw ValidationErrorMessage("--timeout takes a positive number of seconds") }
            options.timeout = limit
        }
        if let maximumRows {
            guard maximumRows > 0 else { throw ValidationErrorMessage("--max-rows takes a positive number") }
            options.maximumRows = maximumRows
        }
        if let maximumMemory {
            guard maximumMemory >= 0, maximumMemory < Int.max >> 20 else {
                throw ValidationErrorMessage("--max-memory takes a number of MiB (0 for no limit)")
            }
            options.maximumMemory = maximumMemory == 0 ? nil : maximumMemory << 20
        }
        return options
    }
}
