import ArgumentParser
import ChainGraph
import Foundation

/// The `chaingraph` command: the REPL, and subcommands for scripts, import and export.
///
/// Exit status for every subcommand: 0 success, 1 a statement, import or export failed,
/// 2 bad arguments.
@main
struct ChainGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chaingraph",
        abstract: "ChainGraph: an embedded graph database for industrial supply chains.",
        discussion: """
            With no arguments, opens the REPL on an in-memory database preloaded with the seed \
            industrial graph; with a file, on that database (created if missing). When standard \
            input is not a terminal, runs it as a script instead.

            Exit status: 0 on success, 1 when a statement failed, 2 for bad arguments.
            """,
        version: ChainGraphVersion.current,
        subcommands: [REPLCommand.self, QueryCommand.self, ImportCommand.self, ExportCommand.self, BuildSeedsCommand.self,
                      TCKCommand.self, SparkCommand.self],
        defaultSubcommand: REPLCommand.self)

    /// Maps argument-parsing errors to exit status 2 and our usage errors likewise.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ValidationErrorMessage {
            printError("Error: \(error.description)")
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// `chaingraph [FILE.db]` (the default): the REPL, or a script when stdin is a pipe.
struct REPLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "The interactive shell (the default when no subcommand is given).",
        discussion: """
            Line editing and history (Up, Ctrl-R), Tab completion, multi-line statements ended \
            by ';', :help for commands. Ctrl-C cancels the running statement; Ctrl-D leaves.

            Exit status: 0 on success, 1 when a piped script failed, 2 for bad arguments.
            """)

    @Argument(help: "A database file to open (created if missing).")
    var database: String?

    @Flag(help: "Start the in-memory REPL empty instead of loading the seed graph.")
    var empty = false

    @Flag(help: "Create the database file even when its name looks like a mistyped subcommand.")
    var create = false

    @OptionGroup var databaseOptions: DatabaseOptions

    /// A first argument that names no file, has no extension and is not `--create`d is most
    /// likely a mistyped subcommand (`chaingraph qeury`): refused instead of creating a
    /// database called `qeury`.
    func validate() throws {
        guard let database, !create, !FileManager.default.fileExists(atPath: database),
              !URL(fileURLWithPath: database).lastPathComponent.contains(".") else { return }
        let subcommands = ChainGraphCommand.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        let nearest = subcommands.min { MetaCommand.editDistance($0, database) < MetaCommand.editDistance($1, database) }
        let hint = nearest.flatMap { MetaCommand.editDistance($0, database) <= 3 ? " (did you mean `chaingraph \($0)`?)" : nil } ?? ""
        throw ValidationError("there is no subcommand or database named '\(database)'\(hint); "
                                     + "to create a database with that name, add --create (or give it an extension, e.g. \(database).cg)")
    }

    func run() throws {
        let terminal = Terminal.current
        let db: GraphDatabase
        let configuration = try databaseOptions.configuration()
        do { db = try openDatabase(database, configuration: configuration) } catch {
            printError(ErrorRenderer(terminal: terminal).render(error, statement: nil))
            throw ExitCode(1)
        }
        defer { db.close() }
        var loaded = database.map { "database \($0)" } ?? "in-memory database"
        if database == nil && !empty {
            loaded += ", " + SeedGraph.load(into: db)
        }
        if !terminal.inputIsTerminal {
            let runner = ScriptRunner(database: db, format: .table, parameters: [:], terminal: terminal, sourceName: "stdin")
            if !runner.run(reading: FileHandle.standardInput) { throw ExitCode(1) }
            return
        }
        try REPL(session: REPLSession(database: db, terminal: terminal)).run(loaded: loaded)
    }

}
