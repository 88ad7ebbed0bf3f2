import Foundation

/// How ChainGraph starts Apache Spark: the master URL, where `spark-submit` and the runner
/// script are, and what else to pass to `spark-submit`.
///
/// ```swift
/// var configuration = SparkConfiguration(master: "local[2]")
/// configuration.driverMemory = "4g"
/// let cluster = try SparkCluster(lake: "/data/lake", configuration: configuration)
/// ```
public struct SparkConfiguration: Sendable {
    /// The master URL: `local[N]`, `spark://host:7077`, `yarn`, `k8s://…`.
    public var master: String
    /// `spark-submit`; nil: `$SPARK_SUBMIT`, then `$SPARK_HOME/bin/spark-submit`, then the `PATH`.
    public var sparkSubmit: String?
    /// The runner script; nil: `$CHAINGRAPH_SPARK_RUNNER`, then `share/chaingraph/` beside the
    /// executable's folder, then `spark/` of the source tree this library was built from.
    public var runner: String?
    /// `--driver-memory` (the driver holds the rows the runner streams back), nil for Spark's default.
    public var driverMemory: String?
    /// More `spark-submit` arguments (`--conf k=v`, `--executor-memory 8g`…), before the runner.
    public var submitArguments: [String]

    /// A configuration for `master` (local mode on two cores by default).
    public init(master: String = "local[2]", sparkSubmit: String? = nil, runner: String? = nil,
                driverMemory: String? = nil, submitArguments: [String] = []) {
        self.master = master
        self.sparkSubmit = sparkSubmit
        self.runner = runner
        self.driverMemory = driverMemory
        self.submitArguments = submitArguments
    }

    /// The message that says how to install Spark.
    static let installHint = "install Java 17 and PySpark (README, 'Spark'): python3 -m venv ~/.chaingraph-spark && "
        + "~/.chaingraph-spark/bin/pip install pyspark==4.3.0, then put ~/.chaingraph-spark/bin on the PATH or set SPARK_SUBMIT"

    /// The `spark-submit` to run.
    ///
    /// - Throws: `IOError (SparkFailed)` saying how to install it, when there is none.
    public func resolvedSparkSubmit() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        var candidates = [sparkSubmit, environment["SPARK_SUBMIT"], environment["SPARK_HOME"].map { $0 + "/bin/spark-submit" }]
            .compactMap { $0 }
        candidates += (environment["PATH"] ?? "").split(separator: ":").map { "\($0)/spark-submit" }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw ChainGraphError(.ioError, .sparkFailed, "spark-submit was not found: " + Self.installHint)
        }
        return found
    }

    /// The runner script to pass to `spark-submit`.
    ///
    /// - Throws: `IOError (SparkFailed)` when it is in none of the places looked at.
    public func resolvedRunner() throws -> String {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/chaingraph/chaingraph_spark.py").path
        let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("spark/chaingraph_spark.py").path
        let candidates = [runner, ProcessInfo.processInfo.environment["CHAINGRAPH_SPARK_RUNNER"], installed, sourceTree].compactMap { $0 }
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw ChainGraphError(.ioError, .sparkFailed, "the Spark runner chaingraph_spark.py was not found (looked at "
                                  + candidates.joined(separator: ", ") + "); set CHAINGRAPH_SPARK_RUNNER")
        }
        return found
    }
}
