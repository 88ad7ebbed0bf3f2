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
            from --queries (one per line; '//' lines are comments) and from the engine's random \
            query generator (--random, on a lake of --random-graph). Exit status 1 when a query \
            differs, fails on one side only, or fewer than --require queries ran.
            """)

    @Option(help: "The lake made from the database's CSV export.")
    var lake: String

    @Option(help: "The ChainGraph database the lake was made from.")
    var database: String

    @Option(help: "A file of queries, one per line.")
    var queries: String?

    @Option(name: .customLong("param-json"), help: "A parameter as name=JSON. Repeatable.")
    var jsonParameters: [String] = []

    @Option(help: "How many queries of the random generator to run (they need a database made by --make-random-graph).")
    var random: Int = 0

    @Option(help: "The random generator's seed.")
    var seed: UInt64 = 1

    @Option(help: "Fail unless at least this many queries ran on both sides.")
    var require: Int = 0

    @OptionGroup var spark: SparkOptions

    func run() throws {
        let parameters = try ParameterParser.parse([], json: jsonParameters)
        var texts: [String] = []
        if let queries {
            guard let text = try? String(contentsOfFile: queries, encoding: .utf8) else { throw ValidationErrorMessage("cannot read '\(queries)'") }
            texts += text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("//") }
        }
        texts += RandomQueryGenerator.queries(count: random, seed: seed)
        let database = try GraphDatabase(path: database, configuration: DatabaseConfiguration(readOnly: true))
        defer { database.close() }
        let cluster = try SparkCluster(lake: lake, configuration: spark.sparkConfiguration, log: spark.log)
        defer { cluster.close() }
        var compared = 0, refused = 0, differing: [String] = []
        let started = ContinuousClock.now
        for text in texts {
            let expected: ResultSet
            do { expected = try database.execute(text, parameters: parameters) } catch {
                differing.append("\(text)\n  embedded error: \(error)")
                continue
            }
            let actual: ResultSet
            do { actual = try cluster.execute(text, parameters: parameters) } catch let error as ChainGraphError where error.detail == .notSupportedOnSpark {
                refused += 1
                continue
            } catch {
                differing.append("\(text)\n  Spark error: \(error)")
                continue
            }
            compared += 1
            let ordered = text.uppercased().contains("ORDER BY")
            let want = Self.normalized(expected, ordered: ordered), got = Self.normalized(actual, ordered: ordered)
            if want != got {
                differing.append("\(text)\n  embedded \(want.prefix(6))\n  Spark    \(got.prefix(6))")
            }
        }
        print("\(compared) queries ran on both and \(compared - differing.count(where: { !$0.contains("error:") })) agree; "
              + "\(refused) outside the Spark subset; \(differing.count) differ or fail; \((ContinuousClock.now - started).displayText)")
        for failure in differing.prefix(20) { print("DIFFERS: " + failure) }
        if !differing.isEmpty || compared < require {
            if compared < require { print("only \(compared) queries ran on both; \(require) are required") }
            throw ExitCode(1)
        }
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
