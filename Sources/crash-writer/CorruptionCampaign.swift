import ChainGraph
import Foundation

/// The corrupt-file campaign: damages copies of a database file (truncation, flipped bytes,
/// a WAL from another database, a newer format version) and opens each in a child process,
/// so that a crash is seen as a crash. Each outcome is counted: refused with an error,
/// opened with the same graph, opened with a different graph (silent damage), or crashed.
struct CorruptionCampaign {
    let trials: Int
    let seed: UInt64

    struct Report {
        var outcomes: [String: Int] = [:]
        var crashes: [String] = []
        var errorCodes: [String: Int] = [:]

        var summary: String {
            let counts = ["refused", "intact", "different", "crashed"].map { "\($0) \(outcomes[$0, default: 0])" }
            // "different": the file opened and read, but the graph differs — damage SQLite cannot see.
            return "corruption campaign: " + counts.joined(separator: ", ")
                + "; errors: " + errorCodes.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                + (crashes.isEmpty ? "" : "\n" + crashes.prefix(10).joined(separator: "\n"))
        }
    }

    /// `crash-writer --check FILE`: opens the file, reads everything, prints `ok <digest>` or
    /// `error <code>`.
    static func check(_ path: String) -> Never {
        do {
            let db = try GraphDatabase(path: path)
            let text = try RandomWorkload.dump(db)
            let mismatches = try db.snapshot.adjacencyIndexMismatches()
            // FNV-1a: a digest that is the same in every process (Swift's hashValue is not).
            var digest: UInt64 = 0xcbf29ce484222325
            for byte in text.utf8 { digest = (digest ^ UInt64(byte)) &* 0x100000001b3 }
            print(mismatches.isEmpty ? "ok \(String(digest, radix: 16)) \(text.utf8.count)" : "error AdjacencyMismatch")
            exit(0)
        } catch let error as ChainGraphError {
            print("error \(error.code)")
            exit(0)
        } catch {
            print("error \(type(of: error))")
            exit(0)
        }
    }

    func run() throws -> Report {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = folder.appendingPathComponent("original.db").path
        do {
            let db = try GraphDatabase(path: original)
            let workload = RandomWorkload(seed: seed, scratch: folder.path)
            for number in 0..<150 { try workload.apply(number, to: db) }
            db.close()
        }
        let other = folder.appendingPathComponent("other.db").path
        do {
            let db = try GraphDatabase(path: other)
            try RandomWorkload(seed: seed &+ 99, scratch: folder.path).apply(0, to: db)
            db.close()
        }
        let expected = try childCheck(original)
        var report = Report()
        var random = Generator(state: seed)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: original))
        for trial in 0..<trials {
            let damaged = folder.appendingPathComponent("trial-\(trial).db").path
            var data = bytes
            let kind: String
            switch trial % 4 {
            case 0:
                kind = "truncate"
                data = data.prefix(random.below(data.count))
            case 1, 2:
                kind = "flip"
                for _ in 0..<(1 + random.below(4)) {
                    let offset = random.below(data.count)
                    data[offset] ^= UInt8(1 + random.below(255))
                }
            default:
                kind = "header"
                let offset = random.below(100)
                data[offset] ^= UInt8(1 + random.below(255))
            }
            try data.write(to: URL(fileURLWithPath: damaged))
            let outcome = try childCheck(damaged)
            if outcome == "crashed" {
                report.outcomes["crashed", default: 0] += 1
                let kept = NSTemporaryDirectory() + "crashing-\(seed)-\(trial).db"
                try? FileManager.default.removeItem(atPath: kept)
                try? FileManager.default.copyItem(atPath: damaged, toPath: kept)
                report.crashes.append("trial \(trial) (\(kind)): crashed; the file is kept at \(kept)")
            } else if outcome.hasPrefix("error ") {
                report.outcomes["refused", default: 0] += 1
                report.errorCodes[String(outcome.dropFirst(6)), default: 0] += 1
            } else {
                report.outcomes[outcome == expected ? "intact" : "different", default: 0] += 1
            }
            try? FileManager.default.removeItem(atPath: damaged)
            try? FileManager.default.removeItem(atPath: damaged + "-wal")
            try? FileManager.default.removeItem(atPath: damaged + "-shm")
        }
        // A WAL from another database next to this one.
        let mixed = folder.appendingPathComponent("mixed.db").path
        try bytes.write(to: URL(fileURLWithPath: mixed))
        if FileManager.default.fileExists(atPath: other + "-wal") {
            try FileManager.default.copyItem(atPath: other + "-wal", toPath: mixed + "-wal")
        }
        let foreign = try childCheck(mixed)
        report.outcomes[foreign == "crashed" ? "crashed" : (foreign == expected ? "intact" : (foreign.hasPrefix("error") ? "refused" : "different")), default: 0] += 1
        return report
    }

    private func childCheck(_ path: String) throws -> String {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        child.arguments = ["--check", path]
        let output = Pipe()
        child.standardOutput = output
        child.standardError = FileHandle.nullDevice
        try child.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        if child.terminationReason == .uncaughtSignal { return "crashed" }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private struct Generator {
        var state: UInt64
        mutating func below(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }
}
