// crash-writer: the child process and the harness of the crash-safety campaign.
//
//   crash-writer FILE N                 commit N numbered transactions (10 chained nodes each)
//   crash-writer --random FILE SEED     commit RandomWorkload transactions until killed, closing
//                                       and reopening the file after every seventh
//   crash-writer --corrupt TRIALS [SEED]   damage copies of a file, open each in a child
//   crash-writer --check FILE              (the child) open, read everything, print the outcome
//   crash-writer --watch FILE NODES TIMEOUT  read-only beside a writer: every answer one committed state
//   crash-writer --campaign TRIALS [SEED]
//       TRIALS times: start `--random` on a fresh file, SIGKILL it after a random 1–300 ms,
//       reopen the file and check it holds exactly the transactions the child reported as
//       committed (or one more, committed but killed before it printed), with a consistent
//       adjacency index, and the same graph when read from the tables without the graph
//       image. Prints a summary; exit 1 when any trial fails.
//
// Each commit prints `committed N`. Exit code 3: the database could not be opened.
import ChainGraph
import Foundation

func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
    exit(code)
}

func open(_ path: String) -> GraphDatabase {
    do { return try GraphDatabase(path: path) } catch { fail("\(error)", code: 3) }
}

let arguments = CommandLine.arguments
switch arguments.dropFirst().first {
case "--random":
    guard arguments.count == 4, let seed = UInt64(arguments[3]) else { fail("usage: crash-writer --random FILE SEED", code: 2) }
    var database = open(arguments[2])
    let workload = RandomWorkload(seed: seed, scratch: (arguments[2] as NSString).deletingLastPathComponent)
    do {
        for number in 0... {
            try workload.apply(number, to: database)
            FileHandle.standardOutput.write(Data("committed \(number)\n".utf8))
            if number % 7 == 6 {
                // Close (saving the graph image) and reopen (reading it): kills land there too.
                database.close()
                database = open(arguments[2])
            }
        }
    } catch {
        fail("\(error)", code: 1)
    }
case "--check":
    guard arguments.count == 3 else { fail("usage: crash-writer --check FILE", code: 2) }
    CorruptionCampaign.check(arguments[2])
case "--watch":
    guard arguments.count == 5, let nodes = Int(arguments[3]), let timeout = Double(arguments[4]) else {
        fail("usage: crash-writer --watch FILE NODES TIMEOUT", code: 2)
    }
    SnapshotWatcher(path: arguments[2], expectedNodes: nodes, timeout: timeout).run()
case "--corrupt":
    guard arguments.count >= 3, let trials = Int(arguments[2]) else { fail("usage: crash-writer --corrupt TRIALS [SEED]", code: 2) }
    do {
        let report = try CorruptionCampaign(trials: trials, seed: arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1).run()
        print(report.summary)
        exit(report.outcomes["crashed", default: 0] == 0 ? 0 : 1)
    } catch {
        fail("\(error)", code: 1)
    }
case "--campaign":
    guard arguments.count >= 3, let trials = Int(arguments[2]) else { fail("usage: crash-writer --campaign TRIALS [SEED]", code: 2) }
    let seed = arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1
    let report = CrashCampaign(trials: trials, seed: seed).run()
    print(report.summary)
    exit(report.failures.isEmpty ? 0 : 1)
default:
    guard arguments.count >= 3, let transactions = Int(arguments[2]) else {
        fail("usage: crash-writer FILE TRANSACTIONS | --random FILE SEED | --campaign TRIALS [SEED]", code: 2)
    }
    let database = open(arguments[1])
    do {
        let start = try database.read { $0.nodeCount } / 10
        for number in start..<(start + transactions) {
            try database.write { tx in
                // Ten nodes in a chain per transaction, each tagged with the transaction number.
                var previous: NodeID?
                for step in 0..<10 {
                    let node = try tx.createNode(labels: ["Step"], properties: ["tx": .int(Int64(number)), "step": .int(Int64(step))])
                    if let previous { try tx.createEdge("NEXT", from: previous, to: node) }
                    previous = node
                }
            }
            FileHandle.standardOutput.write(Data("committed \(number)\n".utf8))
        }
    } catch {
        fail("\(error)", code: 1)
    }
}
