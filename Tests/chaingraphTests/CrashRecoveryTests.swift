import ChainGraph
import Foundation
import XCTest

/// Kills a child process in the middle of its writes and checks the file on reopen.
final class CrashRecoveryTests: XCTestCase {
    private func databasePath() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chaingraph-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        return directory.appendingPathComponent("crash.db").path
    }

    func testAKilledWriterLeavesExactlyTheCommittedTransactions() throws {
        let path = try databasePath()
        for trial in 0..<5 {
            let child = Process()
            child.executableURL = productsDirectory.appendingPathComponent("crash-writer")
            child.arguments = [path, "100000"]
            let output = Pipe()
            child.standardOutput = output
            try child.run()
            // Let it commit a varying number of transactions, then kill it mid-stream.
            var reported = ""
            let wanted = 3 + trial * 7
            while reported.components(separatedBy: "committed").count - 1 < wanted {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                reported += String(decoding: chunk, as: UTF8.self)
            }
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            reported += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            XCTAssertEqual(child.terminationReason, .uncaughtSignal)
            let committed = reported.split(separator: "\n").compactMap { Int($0.split(separator: " ").last ?? "") }
            XCTAssertFalse(committed.isEmpty)

            let db = try GraphDatabase(path: path)
            let graph = try db.snapshot
            // Every reported transaction is there; at most one more (committed, killed before it printed).
            let transactions = graph.nodeCount / 10
            XCTAssertEqual(graph.nodeCount % 10, 0, "no half transaction")
            XCTAssertEqual(graph.edgeCount, transactions * 9)
            XCTAssertTrue(transactions == committed.last! + 1 || transactions == committed.last! + 2,
                          "trial \(trial): \(transactions) transactions in the file, last reported \(committed.last!)")
            XCTAssertEqual(graph.adjacencyIndexMismatches(), [])
            let numbers = Set(graph.nodeIDs().map { graph.node($0)!["tx"] })
            XCTAssertEqual(numbers, Set((0..<transactions).map { Value.int(Int64($0)) }))
            db.close()
        }
    }

    /// A short run of the campaign (Tests/Reliability/crash-campaign.sh runs 1,000 trials):
    /// random transactions of every kind, killed at random moments, checked against a replay.
    func testRandomWorkloadsKilledAtRandomMomentsLeaveExactlyTheCommittedPrefix() throws {
        let result = try runProduct("crash-writer", ["--campaign", "50", String(UInt64.random(in: 1...1_000_000))])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("crash campaign: 50 trials, 50 passed, 0 failed"), result.stdout)
    }

    /// Truncated files, flipped bytes, damaged headers and a foreign WAL, each opened in a
    /// child process: a clear error or a readable graph, never a crash.
    func testDamagedFilesNeverCrash() throws {
        let result = try runProduct("crash-writer", ["--corrupt", "100", String(UInt64.random(in: 1...1_000_000))])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("crashed 0"), result.stdout)
    }

    func testASecondWriterProcessIsRefusedWithAClearError() throws {
        let path = try databasePath()
        let holder = try GraphDatabase(path: path)
        try holder.write { tx in try tx.createNode() }
        let result = try runProduct("crash-writer", [path, "1"])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.stderr.contains("StorageError (DatabaseLocked)"), result.stderr)
        XCTAssertEqual(try holder.read { $0.nodeCount }, 1)
        holder.close()
        let afterRelease = try runProduct("crash-writer", [path, "2"])
        XCTAssertEqual(afterRelease.status, 0, afterRelease.stderr)
    }

    /// Two reader processes query the file while a writer process commits 150 transactions:
    /// every answer is one committed state (whole transactions, counts that never go back,
    /// the newest chain complete), and both readers see the writer's last commit.
    func testReaderProcessesSeeOnlyCommittedStatesWhileAnotherProcessWrites() throws {
        let path = try databasePath()
        try GraphDatabase(path: path).close()
        let results = ResultBox()
        let group = DispatchGroup()
        for arguments in [[path, "150"], ["--watch", path, "1500", "120"], ["--watch", path, "1500", "120"]] {
            DispatchQueue.global().async(group: group) {
                let result = Result { try runProduct("crash-writer", arguments) }
                results.append((arguments, result))
            }
        }
        group.wait()
        for (arguments, result) in results.values {
            let finished = try result.get()
            XCTAssertEqual(finished.status, 0, "\(arguments): \(finished.stdout) \(finished.stderr)")
            if arguments[0] == "--watch" {
                XCTAssertTrue(finished.stdout.contains("violations 0 nodes 1500"), finished.stdout + finished.stderr)
            }
        }
    }
}

/// Results gathered from concurrent child processes.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [([String], Result<ProcessResult, any Error>)] = []

    func append(_ value: ([String], Result<ProcessResult, any Error>)) {
        lock.withLock { stored.append(value) }
    }

    var values: [([String], Result<ProcessResult, any Error>)] { lock.withLock { stored } }
}
