import ChainGraph
import Foundation

/// The crash-consistency campaign: kills writers at random moments and checks every file.
struct CrashCampaign {
    let trials: Int
    let seed: UInt64

    struct Report {
        var trials = 0
        var committedChecked = 0
        var unreportedCommits = 0
        var failures: [String] = []
        var seconds = 0.0

        var summary: String {
            "crash campaign: \(trials) trials, \(trials - failures.count) passed, \(failures.count) failed; "
                + "\(committedChecked) committed transactions checked (\(unreportedCommits) committed but killed before reporting); "
                + String(format: "%.1f s", seconds)
                + (failures.isEmpty ? "" : "\n" + failures.prefix(20).joined(separator: "\n"))
        }
    }

    func run() -> Report {
        var report = Report()
        let started = Date()
        var random = SystemRandomNumberGenerator()
        for trial in 0..<trials {
            report.trials += 1
            let trialSeed = seed &* 10_007 &+ UInt64(trial)
            do {
                let (checked, unreported) = try runTrial(seed: trialSeed, killAfterMilliseconds: Int.random(in: 1...300, using: &random))
                report.committedChecked += checked
                report.unreportedCommits += unreported
            } catch {
                report.failures.append("trial \(trial) (seed \(trialSeed)): \(error)")
            }
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    struct TrialFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// One trial; returns (transactions checked, 1 when one more was committed than reported).
    private func runTrial(seed: UInt64, killAfterMilliseconds delay: Int) throws -> (Int, Int) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.db").path

        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        child.arguments = ["--random", path, String(seed)]
        let output = Pipe()
        child.standardOutput = output
        child.standardError = FileHandle.nullDevice
        try child.run()
        usleep(UInt32(delay * 1000))
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard child.terminationReason == .uncaughtSignal else {
            throw TrialFailure(description: "the writer stopped by itself (status \(child.terminationStatus)) before it was killed")
        }
        let reported = text.split(separator: "\n").compactMap { Int($0.split(separator: " ").last ?? "") }.last ?? -1

        let reopened: GraphDatabase
        do { reopened = try GraphDatabase(path: path) } catch {
            throw TrialFailure(description: "the file does not reopen after \(reported + 1) reported commits: \(error)")
        }
        defer { reopened.close() }
        let mismatches = try reopened.snapshot.adjacencyIndexMismatches()
        guard mismatches.isEmpty else { throw TrialFailure(description: "adjacency index disagrees: \(mismatches.prefix(3))") }
        let actual = try RandomWorkload.dump(reopened)
        // Whether that open read a graph image or the tables, the tables must say the same.
        let tablesOnly = try GraphDatabase(path: path, configuration: DatabaseConfiguration(readOnly: true, usesGraphImage: false))
        defer { tablesOnly.close() }
        guard try RandomWorkload.dump(tablesOnly) == actual else {
            throw TrialFailure(description: "the graph image and the tables hold different graphs")
        }

        // Replay in memory: the file must equal the reported prefix, or one more transaction.
        let replay = GraphDatabase()
        let workload = RandomWorkload(seed: seed, scratch: folder.path)
        var applied = 0
        while applied <= reported {
            try workload.apply(applied, to: replay)
            applied += 1
        }
        if try RandomWorkload.dump(replay) == actual { return (reported + 1, 0) }
        try workload.apply(applied, to: replay)
        if try RandomWorkload.dump(replay) == actual { return (reported + 2, 1) }
        throw TrialFailure(description: "the file holds neither the \(reported + 1) reported transactions nor one more")
    }
}
