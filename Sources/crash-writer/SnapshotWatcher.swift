import ChainGraph
import Foundation

/// `crash-writer --watch FILE NODES TIMEOUT`: a reader process beside a writer process.
///
/// The writer (`crash-writer FILE N`) commits transactions of ten `Step` nodes chained by
/// `NEXT`. The watcher opens the same file read-only and, until it has seen `NODES` nodes or
/// `TIMEOUT` seconds pass, queries it in a loop, checking that every answer comes from one
/// committed state: whole transactions only (nodes a multiple of ten, nine edges per ten
/// nodes, the newest transaction numbered nodes/10 − 1), counts that never go back, and the
/// newest chain walkable end to end. Prints `snapshots S states D violations V`; exit 1 on
/// any violation.
struct SnapshotWatcher {
    let path: String
    let expectedNodes: Int
    let timeout: TimeInterval

    func run() -> Never {
        let deadline = Date().addingTimeInterval(timeout)
        var database: GraphDatabase?
        while database == nil, Date() < deadline {
            database = try? GraphDatabase(path: path, configuration: DatabaseConfiguration(readOnly: true))
            if database == nil { usleep(10_000) }
        }
        guard let database else { fail("could not open \(path) read-only", code: 3) }
        var snapshots = 0, violations: [String] = [], states = Set<Int>(), lastNodes = 0
        while Date() < deadline, violations.count < 10 {
            do {
                let nodes = try check(database, previousNodes: lastNodes, violations: &violations)
                snapshots += 1
                states.insert(nodes)
                lastNodes = nodes
                if nodes >= expectedNodes { break }
            } catch {
                violations.append("query failed: \(error)")
            }
        }
        print("snapshots \(snapshots) states \(states.count) violations \(violations.count) nodes \(lastNodes)")
        violations.forEach { FileHandle.standardError.write(Data("violation: \($0)\n".utf8)) }
        exit(violations.isEmpty && lastNodes >= expectedNodes ? 0 : 1)
    }

    /// Checks one snapshot's counts, then the newest chain; returns the node count.
    private func check(_ database: GraphDatabase, previousNodes: Int, violations: inout [String]) throws -> Int {
        let counts = try database.execute("""
            MATCH (s:Step) WITH count(s) AS nodes, max(s.tx) AS newest
            OPTIONAL MATCH ()-[e:NEXT]->() RETURN nodes, newest, count(e) AS edges
            """)
        guard let row = counts.rows.first, case .int(let nodes) = row[0], case .int(let edges) = row[2] else {
            violations.append("unexpected count result \(counts.rows)")
            return previousNodes
        }
        let newest: Int64 = if case .int(let number) = row[1] { number } else { -1 }
        if nodes % 10 != 0 || edges != nodes / 10 * 9 || newest != nodes / 10 - 1 {
            violations.append("a partial state: \(nodes) nodes, \(edges) edges, newest transaction \(newest)")
        }
        if Int(nodes) < previousNodes { violations.append("went back from \(previousNodes) to \(nodes) nodes") }
        if newest >= 0 {
            let walk = try database.execute("""
                MATCH p = (:Step {tx: $tx, step: 0})-[:NEXT*1..20]->(:Step {tx: $tx, step: 9}) RETURN length(p) AS hops
                """, parameters: ["tx": .int(newest)])
            if walk.rows.count != 1 || walk.rows.first?[0] != .int(9) {
                violations.append("transaction \(newest)'s chain walks as \(walk.rows)")
            }
        }
        return Int(nodes)
    }
}
