import ArgumentParser
import ChainGraph
import Foundation

/// `chaingraph import FILE.db (INPUT [--graphml] | --csv-dir DIR)`: reads files into a database.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a GraphML file, or a folder of CSV files, into a database in one transaction.",
        discussion: """
            Any error (with file:line:column) leaves the database as it was. A progress bar \
            is shown on stderr when it is a terminal. CSV files follow the neo4j-admin import \
            header convention (docs/csv.md); plain CSV files get a header with --header. \
            GraphML: docs/graphml.md.

            Exit status: 0 on success, 1 when the import failed, 2 for bad arguments.

            Examples:
              chaingraph import chain.db network.graphml --graphml
              chaingraph import chain.db --csv-dir exported/
              chaingraph import chain.db --csv-dir data/ --header 'materials.csv=id:ID(Material),name,tier:int' \\
                  --header 'feeds.csv=:START_ID(Material),:END_ID(Material),qty:double' --max-bad-rows 100
            """)

    @Argument(help: "The database file (created if missing).")
    var database: String

    @Argument(help: "The GraphML file to import.")
    var input: String?

    @Flag(help: "The input is GraphML (the default for a file).")
    var graphml = false

    @Option(help: "Import every *.csv file of this folder (nodes first, then relationships).")
    var csvDir: String?

    @Option(help: "A header for a plain CSV file, as FILE=HEADER (repeatable).")
    var header: [String] = []

    @Option(help: "Skip and report up to this many bad CSV rows instead of failing at the first.")
    var maxBadRows: Int = 0

    @Option(help: "The longest CSV record (row) to accept, in MiB.")
    var maxRecordMib: Int = CSVImportOptions.defaultMaximumRecordBytes >> 20

    @Option(help: "GraphML: the label for nodes the file gives none.")
    var defaultLabel: String?

    @Option(help: "GraphML: the type for edges the file gives none.")
    var defaultEdgeType: String = "RELATED_TO"

    @Option(name: .customLong("wait"), help: "Wait up to this many seconds for another writer to close the database.")
    var wait: Double?

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if (input == nil) == (csvDir == nil) {
            throw ValidationError("give either a GraphML file or --csv-dir DIR")
        }
        if graphml && csvDir != nil { throw ValidationError("--graphml and --csv-dir exclude each other") }
        if maxBadRows < 0 { throw ValidationError("--max-bad-rows must be 0 or more") }
        if maxRecordMib < 1 || maxRecordMib > 1 << 20 { throw ValidationError("--max-record-mib must be from 1 to 1048576") }
    }

    func run() throws {
        let progress = ProgressBar(enabled: isatty(STDERR_FILENO) == 1, title: "importing")
        do {
            var configuration = DatabaseConfiguration()
            if let wait {
                guard let limit = timeLimit(seconds: wait) else { throw ValidationErrorMessage("--wait takes a positive number of seconds") }
                configuration.busyTimeout = limit
            }
            let queryOptions = try limits.queryOptions()
            let db = try openDatabase(database, configuration: configuration)
            defer { db.close() }
            let started = ContinuousClock.now
            if let csvDir {
                var headers: [String: String] = [:]
                for item in header {
                    guard let equals = item.firstIndex(of: "=") else { throw ValidationErrorMessage("--header expects FILE=HEADER, got '\(item)'") }
                    headers[String(item[..<equals])] = String(item[item.index(after: equals)...])
                }
                var options = CSVImportOptions(maximumBadRows: maxBadRows, headers: headers,
                                               maximumRecordBytes: maxRecordMib << 20,
                                               progress: { read, total in progress.update(read, of: total) })
                options.limits = queryOptions
                let summary = try db.importCSV(directory: csvDir, options: options)
                progress.finish()
                for bad in summary.badRows { printError("skipped: \(bad)") }
                if summary.badRowCount > summary.badRows.count {
                    printError("skipped \(summary.badRowCount - summary.badRows.count) more bad rows")
                }
                print("imported \(summary.nodes) nodes and \(summary.edges) edges from \(csvDir) in \((ContinuousClock.now - started).displayText)"
                      + (summary.badRowCount > 0 ? " (\(summary.badRowCount) bad rows skipped)" : ""))
                return
            }
            var options = GraphMLImportOptions(defaultNodeLabel: defaultLabel, defaultEdgeType: defaultEdgeType,
                                               progress: { read, total in progress.update(read, of: total) })
            options.limits = queryOptions
            let summary = try db.importGraphML(from: input!, options: options)
            progress.finish()
            for warning in summary.warnings { printError("warning: \(warning)") }
            print("imported \(summary.nodes) nodes and \(summary.edges) edges from \(input!) in \((ContinuousClock.now - started).displayText)")
        } catch let error as ValidationErrorMessage {
            throw error
        } catch {
            progress.finish()
            printError(ErrorRenderer(terminal: .current).render(error, statement: nil))
            throw ExitCode(1)
        }
    }
}

/// `chaingraph export FILE.db OUTPUT`: writes a database (or part of it) to a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a database, or what a query returns, as GraphML, DOT, SVG or CSV files.",
        discussion: """
            Exit status: 0 on success, 1 when the export failed, 2 for bad arguments.

            Examples:
              chaingraph export chain.db chain.graphml --profile yed
              chaingraph export chain.db pv.dot --format dot --query "MATCH p = (:Material)-[:FEEDS*]->() RETURN p"
              chaingraph export chain.db pv.svg --types Material,FEEDS  (a picture, laid out by ChainGraph)
              chaingraph export chain.db csv-folder --format csv       (neo4j-admin import files)
            """)

    @Argument(help: "The database file.")
    var database: String

    @Argument(help: "The file to write.")
    var output: String

    @Option(help: "graphml, dot, svg or csv (a folder of files) (default: from the output's extension, else graphml).")
    var format: String?

    @Option(help: "GraphML profile: plain, yed, gephi, tinkerpop or apoc.")
    var profile: String = "plain"

    @Flag(help: "With --profile yed: add a legend, one coloured node per type (other tools count its nodes as data).")
    var legend = false

    @Option(help: "Export only the nodes, edges and paths this read-only query returns.")
    var query: String?

    @Option(help: "Export only these node and edge types (comma-separated).")
    var types: String?

    @OptionGroup var limits: LimitOptions

    func run() throws {
        let chosen = format ?? (output.hasSuffix(".dot") || output.hasSuffix(".gv") ? "dot" : output.hasSuffix(".svg") ? "svg" : "graphml")
        guard ["graphml", "dot", "svg", "csv"].contains(chosen) else {
            throw ValidationErrorMessage("unknown format '\(chosen)': use graphml, dot, svg or csv")
        }
        guard let profile = GraphMLProfile(rawValue: profile) else {
            throw ValidationErrorMessage("unknown profile '\(profile)': use plain, yed, gephi, tinkerpop or apoc")
        }
        guard FileManager.default.fileExists(atPath: database) else {
            printError("IOError (CannotOpenFile): there is no database '\(database)'")
            throw ExitCode(1)
        }
        var scope = GraphSelection.Scope.wholeGraph
        if let query { scope = .query(query) } else if let types {
            scope = .types(types.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        do {
            let db = try openDatabase(database, configuration: DatabaseConfiguration(readOnly: true))
            defer { db.close() }
            let started = ContinuousClock.now
            let progress = ProgressBar(enabled: isatty(STDERR_FILENO) == 1, title: "exporting", unit: "elements")
            defer { progress.finish() }
            var options = GraphExportOptions(profile: profile, scope: scope, progress: { done, total in progress.update(done, of: total) })
            options.limits = try limits.queryOptions()
            options.includesLegend = legend
            let summary: GraphExportSummary
            switch chosen {
            case "dot": summary = try db.exportDOT(to: output, options: options)
            case "svg": summary = try db.exportSVG(to: output, options: options)
            case "csv": summary = try db.exportCSV(to: output, options: options)
            default: summary = try db.exportGraphML(to: output, options: options)
            }
            print("exported \(summary.nodes) nodes and \(summary.edges) edges to \(output) in \((ContinuousClock.now - started).displayText)")
        } catch {
            printError(ErrorRenderer(terminal: .current).render(error, statement: query))
            throw ExitCode(1)
        }
    }
}

/// A one-line progress bar on stderr, redrawn at most ten times a second.
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let title: String
    private let unit: String
    private let lock = NSLock()
    private var lastDraw = ContinuousClock.now - .seconds(1)
    private var drawn = false

    /// `unit` is "MB" (amounts are bytes) or a word for counted things.
    init(enabled: Bool, title: String, unit: String = "MB") {
        self.enabled = enabled
        self.title = title
        self.unit = unit
    }

    func update(_ done: Int64, of total: Int64) {
        guard enabled, total > 0 else { return }
        lock.withLock {
            let now = ContinuousClock.now
            guard now - lastDraw >= .milliseconds(100) || done >= total else { return }
            lastDraw = now
            let fraction = min(1, Double(done) / Double(total))
            let filled = Int(fraction * 30)
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
            let amounts = unit == "MB" ? String(format: "%.1f / %.1f MB", Double(done) / 1e6, Double(total) / 1e6)
                                       : "\(done) / \(total) \(unit)"
            let text = String(format: "\r%@ %@ %3.0f%%  ", title, bar, fraction * 100) + amounts
            writeStandardError(text)
            drawn = true
        }
    }

    func finish() {
        lock.withLock {
            if drawn { writeStandardError("\n") }
            drawn = false
        }
    }
}
