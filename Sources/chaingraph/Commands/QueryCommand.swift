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

    @Option(name: .customLong("param"),
            help: "A parameter as name=value: a Cypher literal (42, 'text', [1, 2], {k: 1}) or date('2024-01-01'). Repeatable.")
    var parameters: [String] = []

    @Option(name: .customLong("param-json"), help: "A parameter as name=JSON (a date as {\"$date\": \"2024-01-01\"}). Repeatable.")
    var jsonParameters: [String] = []

    @Option(help: "Output format: table, vertical, csv, json or jsonl.")
    var format: String = "table"

    @Flag(help: "Run against the seed graph (in memory) instead of a database file.")
    var seeds = false

    @OptionGroup var limits: LimitOptions

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() throws {
        guard let outputFormat = OutputFormat(rawValue: format) else {
            throw ValidationErrorMessage("unknown format '\(format)': use table, vertical, csv, json or jsonl")
        }
        if execute != nil && file != nil { throw ValidationErrorMessage("give either -e or -f, not both") }
        if seeds && database != nil { throw ValidationErrorMessage("--seeds runs in memory; leave out the database file") }
        let script: String, sourceName: String
        if let execute {
            (script, sourceName) = (execute, "-e")
        } else if let file {
            (script, sourceName) = ("", file)
        } else if isatty(STDIN_FILENO) == 0 {
            (script, sourceName) = ("", "stdin")
        } else {
            throw ValidationErrorMessage("nothing to run: give -e 'statement', -f script.cypher, or pipe statements in")
        }
        var input: FileHandle?
        if execute == nil {
            input = file.map { FileHandle(forReadingAtPath: $0) } ?? FileHandle.standardInput
            guard input != nil else {
                printError("IOError (CannotOpenFile): cannot read '\(file ?? "")'")
                throw ExitCode(1)
            }
        }
        let configuration = try databaseOptions.configuration()
        let database: GraphDatabase
        do { database = try openDatabase(self.database, configuration: configuration) } catch {
            printError(ErrorRenderer(terminal: .current).render(error, statement: nil))
            throw ExitCode(1)
        }
        defer { database.close() }
        if seeds {
            do {
                guard let text = try SeedGraph.text() else { throw ValidationErrorMessage("no seed graph in this build") }
                try database.executeScript(text, file: "seed-graph.cypher")
            } catch {
                printError(ErrorRenderer(terminal: .current).render(error, statement: nil))
                throw ExitCode(1)
            }
        }
        let runner = ScriptRunner(database: database, format: outputFormat, parameters: try ParameterParser.parse(parameters, json: jsonParameters),
                                  terminal: .current, sourceName: sourceName, options: try limits.queryOptions())
        let succeeded = input.map { runner.run(reading: $0) } ?? runner.run(script)
        if !succeeded { throw ExitCode(1) }
    }
}
