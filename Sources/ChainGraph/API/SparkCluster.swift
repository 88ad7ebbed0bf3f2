import Foundation

/// Runs Cypher on Apache Spark, over a lake made by ``SparkCluster/ingest(csvDirectory:into:flowTypes:configuration:log:)``
/// from ChainGraph's CSV export: for graphs that outgrow one machine.
///
/// Each statement is parsed, bound and planned by ChainGraph itself, translated into Spark
/// SQL and iterative steps (closures, path counts, the supply-chain procedures), and run in
/// one Spark session that the cluster keeps for its lifetime; rows stream back as Spark
/// produces them. A construct outside the supported subset is refused before Spark runs
/// anything: `SemanticError (NotSupportedOnSpark)` with its position (docs/scale-out.md).
///
/// ```swift
/// let cluster = try SparkCluster(lake: "/data/lake", configuration: SparkConfiguration(master: "local[2]"))
/// defer { cluster.close() }
/// let rows = try cluster.execute("MATCH (a:Material {id: $id})-[:FEEDS*1..30]->(b:Material) RETURN count(DISTINCT b)",
///                                parameters: ["id": 871])
/// ```
public final class SparkCluster {
    /// The lake's description.
    public private(set) var manifest: LakeManifest
    /// The lake the statements read.
    public private(set) var lake: String
    /// `Spark 4.3.0 on local[2]`: what the runner reported when it was ready.
    public let description: String
    private let runner: SparkRunnerProcess

    /// Starts a Spark session over the lake in `lake` (about ten seconds in local mode).
    ///
    /// - Parameter log: takes Spark's log lines as they come (nil: they are kept only for errors).
    /// - Throws: `IOError (SparkFailed)` when spark-submit or the runner cannot be found or
    ///   Spark does not start; `StorageError (InvalidLake)` for a folder that is not a lake.
    public init(lake: String, configuration: SparkConfiguration = SparkConfiguration(), log: ((String) -> Void)? = nil) throws {
        manifest = try LakeManifest.read(lake: lake)
        self.lake = lake
        (runner, description) = try SparkRunnerProcess.serving(lake: lake, configuration: configuration, log: log)
    }

    /// Makes the statements that follow read another lake, in the same Spark session.
    ///
    /// - Throws: `StorageError (InvalidLake)` when `lake` is not a lake.
    public func use(lake: String) throws {
        manifest = try LakeManifest.read(lake: lake)
        self.lake = lake
    }

    /// The job `query` becomes on this lake: each step's Spark SQL, then the result's.
    ///
    /// - Throws: the errors of the parser and binder, and `SemanticError (NotSupportedOnSpark)`.
    public func explain(_ query: String, parameters: [String: Value] = [:]) throws -> [String] {
        try Self.explain(query, parameters: parameters, manifest: manifest)
    }

    /// The job `query` becomes on the lake `manifest` describes, without starting Spark.
    public static func explain(_ query: String, parameters: [String: Value] = [:], manifest: LakeManifest) throws -> [String] {
        try SparkTranslator.translate(query, parameters: parameters, manifest: manifest).explained
    }

    /// Runs `query`: gives the column names to `start` once the statement is translated,
    /// then each row to `receive` as it arrives; returns the column names.
    ///
    /// - Throws: as ``explain(_:parameters:)`` before Spark runs; `IOError (SparkFailed)`
    ///   with Spark's message when the job fails there (the session goes on).
    @discardableResult
    public func execute(_ query: String, parameters: [String: Value] = [:], start: ([String]) throws -> Void = { _ in },
                        receive: ([Value]) throws -> Void) throws -> [String] {
        var job = try SparkTranslator.translate(query, parameters: parameters, manifest: manifest)
        job.lake = lake
        try start(job.columns)
        try runner.send(try job.jsonLine())
        while let message = try runner.nextMessage() {
            if let error = message.error { throw ChainGraphError(.ioError, .sparkFailed, "Spark: " + error) }
            if let row = message.row { try receive(row.map(\.value)) }
            if message.done != nil { return job.columns }
        }
        throw runner.failure("the Spark runner stopped during the job")
    }

    /// Runs `query` and gathers its rows.
    public func execute(_ query: String, parameters: [String: Value] = [:]) throws -> ResultSet {
        var rows: [[Value]] = []
        let columns = try execute(query, parameters: parameters) { rows.append($0) }
        return ResultSet(columns: columns, rows: rows)
    }

    /// Ends the Spark session.
    public func close() { runner.close() }

    /// Turns a folder of neo4j-admin CSV files (what `chaingraph export --format csv`
    /// writes) into a lake in `lake`, with a Spark job; `flowTypes` are the edge types the
    /// supply-chain procedures follow when a call names none.
    ///
    /// - Throws: `IOError (SparkFailed)` with the job's error.
    public static func ingest(csvDirectory: String, into lake: String, flowTypes: [String] = [],
                              configuration: SparkConfiguration = SparkConfiguration(), log: ((String) -> Void)? = nil) throws {
        var arguments = ["ingest", csvDirectory, lake]
        if !flowTypes.isEmpty { arguments += ["--flow-types", flowTypes.joined(separator: ",")] }
        let process = try SparkRunnerProcess(configuration: configuration, arguments: arguments, log: log)
        try process.start()
        let status = process.waitForExit()
        guard status == 0 else {
            let told = process.recentLog.last { $0.hasPrefix("error:") }
            throw told.map { ChainGraphError(.ioError, .sparkFailed, "ingest: " + $0.dropFirst("error: ".count)) }
                ?? process.failure("ingest stopped with status \(status)")
        }
    }
}
