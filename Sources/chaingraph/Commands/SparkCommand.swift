import ArgumentParser
import ChainGraph
import Foundation

/// `chaingraph spark`: Cypher on Apache Spark over a lake (docs/scale-out.md).
struct SparkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spark",
        abstract: "Run Cypher and the supply-chain procedures on Apache Spark, over a Parquet lake.",
        discussion: """
            For graphs that outgrow one machine: `chaingraph export DB DIR --format csv`, then \
            `chaingraph spark ingest DIR LAKE`, then queries with `chaingraph spark --lake LAKE -e …`. \
            Needs Java 17 and PySpark 4.3.0 (README, 'Spark'). A statement outside the supported \
            subset is refused before Spark starts, with its position (docs/scale-out.md).

            Exit status: 0 on success, 1 when a statement failed, 2 for bad arguments.
            """,
        subcommands: [SparkRunCommand.self, SparkIngestCommand.self, SparkCheckCommand.self, SparkRandomGraphCommand.self],
        defaultSubcommand: SparkRunCommand.self)
}

/// The options every `chaingraph spark` subcommand takes to start Spark.
struct SparkOptions: ParsableArguments {
    @Option(help: "The Spark master URL: local[N], spark://host:7077, yarn, k8s://….")
    var master: String = "local[2]"

    @Option(help: "spark-submit to run (default: $SPARK_SUBMIT, $SPARK_HOME/bin, the PATH).")
    var sparkSubmit: String?

    @Option(help: "Spark's driver memory (--driver-memory), such as 4g.")
    var driverMemory: String?

    @Option(name: .customLong("conf"), help: "A Spark setting as key=value (repeatable), passed as --conf.")
    var settings: [String] = []

    @Flag(help: "Print Spark's log lines on stderr as they come.")
    var verbose = false

    var sparkConfiguration: SparkConfiguration {
        SparkConfiguration(master: master, sparkSubmit: sparkSubmit, driverMemory: driverMemory,
                           submitArguments: settings.flatMap { ["--conf", $0] })
    }

    var log: ((String) -> Void)? { verbose ? { printError($0) } : nil }
}

/// `chaingraph spark [run] --lake DIR -e '…'`.
struct SparkRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run statements on Spark and print their rows as they arrive.",
        discussion: """
            Examples:
              chaingraph spark --lake lake/ -e "MATCH (m:Material) WHERE m.name = 'MAT-0000042' RETURN m.id"
              chaingraph spark --lake lake/ --master 'local[2]' --format csv \\
                  -e 'MATCH (a:Material {id: $id})-[:FEEDS*1..30]->(b:Material) RETURN count(DISTINCT b.id)' --param id=871
              chaingraph spark --lake lake/ -e "MATCH (m:Material {id: 871}) CALL downstream(m, 'FEEDS') YIELD node RETURN node" --into part.cg
            """)

    @Option(help: "The lake made by `chaingraph spark ingest`.")
    var lake: String

    @Option(name: [.short, .customLong("execute")], help: "The statements to run (separated by ';').")
    var execute: String?

    @Option(name: [.short, .customLong("file")], help: "A script of statements to run.")
    var file: String?

    @Option(name: .customLong("param"), help: "A parameter as name=value (a Cypher literal). Repeatable.")
    var parameters: [String] = []

    @Option(name: .customLong("param-json"), help: "A parameter as name=JSON. Repeatable.")
    var jsonParameters: [String] = []

    @Option(help: "Output format: table, vertical, csv, json or jsonl (the last three print rows as they arrive).")
    var format: String = "table"

    @Flag(help: "Print each statement's Spark SQL steps instead of running it (Spark is not started).")
    var explain = false

    @Option(help: "Load the nodes and relationships the statements return, with the relationships among those nodes, into this database file.")
    var into: String?

    @OptionGroup var spark: SparkOptions

    func run() throws {
        guard let outputFormat = OutputFormat(rawValue: format) else {
            throw ValidationErrorMessage("unknown format '\(format)': use table, vertical, csv, json or jsonl")
        }
        let script: String
        if let execute { script = execute } else if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw ValidationErrorMessage("cannot read '\(file)'") }
            script = text
        } else {
            throw ValidationErrorMessage("nothing to run: give -e 'statement' or -f script.cypher")
        }
        let parameters = try ParameterParser.parse(self.parameters, json: jsonParameters)
        let statements = StatementSplitter.statements(ofScript: script)
        let renderer = ErrorRenderer(terminal: .current)
        /// An error of one statement, its position in the whole script.
        func render(_ error: Error, _ statement: StatementSplitter.ScriptStatement) -> String {
            guard var located = error as? ChainGraphError, let position = located.position, position.file == nil else {
                return renderer.render(error, statement: nil)
            }
            located.position = statement.positionInScript(position)
            return renderer.render(located, statement: script)
        }
        // Every statement is translated before Spark starts: one outside the subset costs no Spark session.
        let manifest: LakeManifest
        do { manifest = try LakeManifest.read(lake: lake) } catch {
            printError(renderer.render(error, statement: nil))
            throw ExitCode(1)
        }
        for statement in statements {
            do {
                let steps = try SparkCluster.explain(statement.text, parameters: parameters, manifest: manifest)
                if explain { print(steps.joined(separator: "\n")) }
            } catch {
                printError(render(error, statement))
                throw ExitCode(1)
            }
        }
        if explain { return }
        let cluster: SparkCluster
        do { cluster = try SparkCluster(lake: lake, configuration: spark.sparkConfiguration, log: spark.log) } catch {
            printError(renderer.render(error, statement: nil))
            throw ExitCode(1)
        }
        defer { cluster.close() }
        var loaded = SparkResultLoader()
        for (index, statement) in statements.enumerated() {
            do {
                let started = ContinuousClock.now
                let rows = try run(statement.text, on: cluster, parameters: parameters, format: outputFormat,
                                   followsOutput: index > 0) {
                    if into != nil { loaded.take($0) }
                }
                printError("\(rows) row(s) in \((ContinuousClock.now - started).displayText) on \(cluster.description)")
            } catch {
                printError(render(error, statement))
                throw ExitCode(1)
            }
        }
        if let into {
            do {
                let summary = try loaded.load(into: into, from: cluster)
                printError("loaded \(summary.nodes) node(s) and \(summary.edges) relationship(s) into \(into)")
            } catch {
                printError(renderer.render(error, statement: nil))
                throw ExitCode(1)
            }
        }
    }

    /// Runs one statement, printing its rows; returns how many there were.
    private func run(_ statement: String, on cluster: SparkCluster, parameters: [String: Value], format: OutputFormat,
                     followsOutput: Bool, each: ([Value]) -> Void) throws -> Int {
        var count = 0
        if StreamingRowPrinter.streams(format) {
            let printer = StreamingRowPrinter(format: format, followsOutput: followsOutput)
            var columns: [String] = []
            let names = try cluster.execute(statement, parameters: parameters, start: { columns = $0 }) { values in
                each(values)
                count += 1
                try printer.print(ResultSet.Row(columns: columns, values: values))
            }
            try printer.end(columns: names)
        } else {
            var rows: [[Value]] = []
            let columns = try cluster.execute(statement, parameters: parameters) { values in
                each(values)
                rows.append(values)
            }
            count = rows.count
            if followsOutput { print("") }
            print(format.render(ResultSet(columns: columns, rows: rows), terminal: .current), terminator: "")
        }
        return count
    }
}

/// `chaingraph spark ingest CSV_DIR LAKE_DIR`.
struct SparkIngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Turn a neo4j-admin CSV folder (chaingraph export --format csv) into a Parquet lake.",
        discussion: """
            The lake: LAKE/nodes and LAKE/edges as Parquet, partitioned by label set and by edge \
            type, and LAKE/lake.json describing their columns (docs/scale-out.md).

            Example:
              chaingraph export chain.cg exported/ --format csv && chaingraph spark ingest exported/ lake/ --flow-types FEEDS
            """)

    @Argument(help: "The folder of CSV files.")
    var csvDirectory: String

    @Argument(help: "The lake folder to write (replaced when it exists).")
    var lake: String

    @Option(help: "The edge types the supply-chain procedures follow when a call names none (comma-separated).")
    var flowTypes: String?

    @OptionGroup var spark: SparkOptions

    func run() throws {
        let started = ContinuousClock.now
        do {
            try SparkCluster.ingest(csvDirectory: csvDirectory, into: lake,
                                    flowTypes: (flowTypes ?? "").split(separator: ",").map(String.init),
                                    configuration: spark.sparkConfiguration, log: spark.log)
            let manifest = try LakeManifest.read(lake: lake)
            printError("ingested \(manifest.nodes.count) nodes and \(manifest.edges.count) edges into \(lake) in \((ContinuousClock.now - started).displayText)")
        } catch {
            printError(ErrorRenderer(terminal: .current).render(error, statement: nil))
            throw ExitCode(1)
        }
    }
}
