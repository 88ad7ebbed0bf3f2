import Foundation

/// Spark: the runner (`spark/chaingraph_spark.py`) started with `spark-submit`: jobs go to
/// it through a named pipe (spark-submit does not pass standard input on), answers come
/// back on its standard output after a marker (spark-submit merges the driver's standard
/// error into it, so log lines are told apart). The last log lines are kept for errors.
final class SparkRunnerProcess {
    static let marker = "@@chaingraph "

    private let process = Process()
    private let output = Pipe()
    private var requests: FileHandle?
    private var buffer: [UInt8] = []
    private(set) var recentLog: [String] = []
    /// Where log lines go as they come (nil: kept only for errors).
    var log: ((String) -> Void)?

    /// Starts `spark-submit` with the runner and `arguments` (after the runner's path).
    init(configuration: SparkConfiguration, arguments: [String], log: ((String) -> Void)? = nil) throws {
        self.log = log
        let submit = try configuration.resolvedSparkSubmit()
        let runner = try configuration.resolvedRunner()
        process.executableURL = URL(fileURLWithPath: submit)
        var submitArguments = ["--master", configuration.master]
        if let memory = configuration.driverMemory { submitArguments += ["--driver-memory", memory] }
        process.arguments = submitArguments + configuration.submitArguments + [runner] + arguments
        var environment = ProcessInfo.processInfo.environment
        let python = URL(fileURLWithPath: submit).deletingLastPathComponent().appendingPathComponent("python").path
        if environment["PYSPARK_PYTHON"] == nil, FileManager.default.isExecutableFile(atPath: python) {
            environment["PYSPARK_PYTHON"] = python
        }
        process.environment = environment
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
    }

    /// Starts the runner in serve mode over `lake` and waits for it to be ready.
    static func serving(lake: String, configuration: SparkConfiguration, log: ((String) -> Void)?) throws -> (SparkRunnerProcess, String) {
        let pipePath = NSTemporaryDirectory() + "chaingraph-requests-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard mkfifo(pipePath, 0o600) == 0 else {
            throw ChainGraphError(.ioError, .sparkFailed, "cannot make the named pipe '\(pipePath)': \(String(cString: strerror(errno)))")
        }
        let runner = try SparkRunnerProcess(configuration: configuration,
                                            arguments: ["serve", "--lake", lake, "--requests", pipePath], log: log)
        try runner.start()
        // Read and write: opening never waits for the other end, and the pipe stays open between jobs.
        let descriptor = open(pipePath, O_RDWR)
        guard descriptor >= 0 else {
            unlink(pipePath)
            throw ChainGraphError(.ioError, .sparkFailed, "cannot open the named pipe '\(pipePath)'")
        }
        runner.requests = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        // The runner opens the pipe once its Spark session is up, just before it is ready.
        defer { unlink(pipePath) }
        guard let message = try runner.nextMessage(), let ready = message.ready else {
            throw runner.failure("the Spark runner stopped before it was ready")
        }
        return (runner, "Spark \(ready.spark) on \(ready.master)")
    }

    func start() throws {
        do { try process.run() } catch {
            throw ChainGraphError(.ioError, .sparkFailed, "cannot start '\(process.executableURL?.path ?? "")': \(error.localizedDescription)")
        }
    }

    /// Sends one job line.
    func send(_ line: String) throws {
        guard let requests, process.isRunning else { throw failure("the Spark runner is not running") }
        try requests.write(contentsOf: Data((line + "\n").utf8))
    }

    /// The next protocol message; log lines before it are kept (and passed to ``log``).
    /// nil at the end of the runner's output.
    func nextMessage() throws -> SparkRunnerMessage? {
        while let line = nextLine() {
            guard line.hasPrefix(Self.marker) else {
                recentLog.append(line)
                if recentLog.count > 40 { recentLog.removeFirst() }
                log?(line)
                continue
            }
            do {
                return try JSONDecoder().decode(SparkRunnerMessage.self, from: Data(line.dropFirst(Self.marker.count).utf8))
            } catch {
                throw ChainGraphError(.ioError, .sparkFailed, "the Spark runner wrote a line ChainGraph cannot read: \(line.prefix(200))")
            }
        }
        return nil
    }

    private func nextLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer, as: UTF8.self)
            }
            buffer.append(contentsOf: chunk)
        }
    }

    /// Waits for the runner to end; its exit status.
    func waitForExit() -> Int32 {
        // Reading to the end keeps the last log lines for an error.
        while case .some(.some) = try? nextMessage() {}
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// An error naming `what` and the runner's last log lines that look like errors.
    func failure(_ what: String) -> ChainGraphError {
        let telling = recentLog.filter { $0.contains("Error") || $0.contains("error") || $0.contains("Exception") }.suffix(5)
        return ChainGraphError(.ioError, .sparkFailed, what + (telling.isEmpty ? "" : ":\n" + telling.joined(separator: "\n")))
    }

    /// Ends the runner: closes the request pipe (the runner then stops), or stops it.
    func close() {
        try? requests?.close()
        requests = nil
        if process.isRunning {
            let deadline = Date().addingTimeInterval(20)
            while process.isRunning && Date() < deadline { usleep(50_000) }
            if process.isRunning { process.terminate() }
        }
    }

    deinit { close() }
}
