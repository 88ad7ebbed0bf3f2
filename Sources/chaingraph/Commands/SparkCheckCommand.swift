import ArgumentParser
import ChainGraph
import ChainGraphTCK
import Foundation

/// `chaingraph spark check`: the differential test of the Spark translation — each query
/// runs on a ChainGraph database and on the lake made from its export, in one Spark session,
/// and the rows must be the same.
struct SparkCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run queries on a database and on its lake, and compare the rows (the Spark differential test).",
        discussion: """
            Rows are compared as sorted lists (in order when the query has ORDER BY), nodes by \
            id, relationships by type and ends, doubles to 12 significant digits. Queries come \
            from --queries (one per line; '//' lines are comments) on --lake and --database, and \
            from the engine's random query generator (--random) on --random-lake and \
            --random-database (a graph made by `chaingraph spark random-graph`), all in one Spark \
            session. Exit status 1 when a query differs, fails on one side only, or fewer than \
            --require queries ran on both sides.
            """)

    @Option(help: "The lake made from the database's CSV export.")
    var lake: String

    @Option(help: "The ChainGraph database the lake was made from.")
    var database: String

    @Option(help: "A file of queries, one per line.")
    var queries: String?

    @Option(name: .customLong("param-json"), help: "A parameter as name=JSON. Repeatable.")
    var jsonParameters: [String] = []

    @Option(help: "How many queries of the random generator to run.")
    var random: Int = 0

    @Option(help: "The lake of the random generator's graph.")
    var randomLake: String?

    @Option(help: "The database of the random generator's graph (`chaingraph spark random-graph`).")
    var randomDatabase: String?

    @Option(help: "A file of queries (one per line) to run on the random graph before the generated ones.")
    var randomQueries: String?

    @Option(help: "The random generator's seed.")
    var seed: UInt64 = 1

    @Option(help: "Fail unless at least this many queries ran on both sides.")
    var require: Int = 0

    @Option(help: "Run each query of --queries this many times on each side and keep the fastest time (for Benchmarks/spark.sh).")
    var repeats: Int = 1

    @Option(help: "Write each query's times (embedded and Spark, ms) to this JSON file.")
    var report: String?

    @OptionGroup var spark: SparkOptions

    func validate() throws {
        if random > 0 && (randomLake == nil || randomDatabase == nil) {
            throw ValidationError("--random needs --random-lake and --random-database")
        }
    }

    func run() throws {
        let parameters = try ParameterParser.parse([], json: jsonParameters)
        var cases = [(lake: lake, database: database, queries: try queries.map(Self.read) ?? [], repeats: repeats)]
        if random > 0, let randomLake, let randomDatabase {
            cases.append((randomLake, randomDatabase, try randomQueries.map(Self.read) ?? [], 1))
            cases[1].queries += RandomQueryGenerator.queries(count: random, seed: seed).enumerated()
                .map { ("random \($0.offset + 1)", $0.element) }
        }
        let cluster = try SparkCluster(lake: lake, configuration: spark.sparkConfiguration, log: spark.log)
        defer { cluster.close() }
        var tally = Tally()
        let started = ContinuousClock.now
        for item in cases {
            try cluster.use(lake: item.lake)
            let database = try GraphDatabase(path: item.database, configuration: DatabaseConfiguration(readOnly: true))
            defer { database.close() }
            for query in item.queries {
                tally.compare(query, database: database, cluster: cluster, parameters: parameters, repeats: item.repeats)
            }
        }
        if let report {
            let data = try JSONSerialization.data(withJSONObject: ["spark": cluster.description, "queries": tally.timings],
                                                  options: [.prettyPrinted, .sortedKeys])
            try data.write(to: URL(fileURLWithPath: report))
        }
        print("\(tally.compared) queries ran on both and \(tally.compared - tally.differing) agree; \(tally.refused) outside "
              + "the Spark subset; \(tally.failures.count) differ or fail on one side; \((ContinuousClock.now - started).displayText)")
        for failure in tally.failures.prefix(20) { print("DIFFERS: " + failure) }
        if !tally.failures.isEmpty || tally.compared < require {
            if tally.compared < require { print("only \(tally.compared) queries ran on both; \(require) are required") }
            throw ExitCode(1)
        }
    }

    /// The counts of one check.
    private struct Tally {
        var compared = 0, refused = 0, differing = 0
        var failures: [String] = []
        /// Per query: its name, rows, and the fastest embedded and Spark times in ms.
        var timings: [[String: Any]] = []

        mutating func compare(_ query: (name: String, text: String), database: GraphDatabase, cluster: SparkCluster,
                              parameters: [String: Value], repeats: Int) {
            let text = query.text
            var expected = ResultSet(columns: [], rows: []), actual = expected
            var embeddedTime = Duration.seconds(1_000_000), sparkTime = embeddedTime
            do {
                for _ in 0..<max(1, repeats) {
                    let started = ContinuousClock.now
                    expected = try database.execute(text, parameters: parameters)
                    embeddedTime = min(embeddedTime, ContinuousClock.now - started)
                }
            } catch {
                failures.append("\(text)\n  embedded error: \(error)")
                return
            }
            do {
                for _ in 0..<max(1, repeats) {
                    let started = ContinuousClock.now
                    actual = try cluster.execute(text, parameters: parameters)
                    sparkTime = min(sparkTime, ContinuousClock.now - started)
                }
            } catch let error as ChainGraphError where error.detail == .notSupportedOnSpark {
                refused += 1
                return
            } catch {
                failures.append("\(text)\n  Spark error: \(error)")
                return
            }
            compared += 1
            timings.append(["name": query.name, "query": text, "rows": actual.rows.count,
                            "embeddedMs": Self.milliseconds(embeddedTime), "sparkMs": Self.milliseconds(sparkTime)])
            let ordered = text.uppercased().contains("ORDER BY")
            let want = SparkCheckCommand.normalized(expected, ordered: ordered), got = SparkCheckCommand.normalized(actual, ordered: ordered)
            if want != got {
                differing += 1
                failures.append("\(text)\n  embedded \(want.count) row(s) \(want.prefix(6))\n  Spark    \(got.count) row(s) \(got.prefix(6))")
            }
        }

        private static func milliseconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
        }
    }

    /// The queries of a file, one per line, each named by the `// name` line before it.
    static func read(_ path: String) throws -> [(name: String, text: String)] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw ValidationErrorMessage("cannot read '\(path)'") }
        var named: [(name: String, text: String)] = []
        var name = ""
        for line in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
            if line.hasPrefix("//") { name = line.dropFirst(2).trimmingCharacters(in: .whitespaces) } else {
                named.append((name.isEmpty ? "query \(named.count + 1)" : name, line))
                name = ""
            }
        }
        return named
    }

    /// Rows as comparable text.
    static func normalized(_ result: ResultSet, ordered: Bool) -> [String] {
        let lines = result.map { row in row.values.map(text).joined(separator: " | ") }
        return ordered ? lines : lines.sorted()
    }

    private static func text(_ value: Value) -> String {
        switch value {
        case .node(let node): return "node#\(node.id.rawValue)"
        case .edge(let edge): return "rel(\(edge.type) \(edge.from.rawValue)->\(edge.to.rawValue))"
        case .double(let number): return number.isFinite ? String(format: "%.12g", number) : "\(number)"
        case .list(let items): return "[" + items.map(text).sorted().joined(separator: ", ") + "]"
        case .map(let entries): return "{" + entries.sorted { $0.key < $1.key }.map { "\($0.key): \(text($0.value))" }.joined(separator: ", ") + "}"
        default: return value.isNull ? "null" : value.description
        }
    }
}

/// `chaingraph spark random-graph`: prints the CREATE statement of the random generator's
/// graph, for the lake that `check --random` runs on.
struct SparkRandomGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "random-graph",
        abstract: "Print a CREATE statement for a random graph of the random query generator's vocabulary.",
        shouldDisplay: false)

    @Option(help: "How many nodes.")
    var nodes: Int = 40

    @Option(help: "The seed.")
    var seed: UInt64 = 1

    func run() throws {
        print(RandomQueryGenerator.graphStatement(nodeCount: max(2, nodes), seed: seed))
    }
}
