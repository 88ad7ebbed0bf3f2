@testable import ChainGraph
import ChainGraphTCK

/// Small random graphs with cycles, self-loops and parallel relationships of two types
/// (T and U) between twelve `:N {i}` nodes, for the tests that compare a planned shortcut
/// with walking every trail.
enum RandomGraphs {
    /// A deterministic generator, so that a failure can be replayed.
    typealias SplitMix = SplitMixRandom

    /// Twenty-two random relationships (a third of them U) over twelve nodes, from `seed`.
    static func trails(seed: UInt64) throws -> GraphDatabase {
        var random = SplitMix(state: seed)
        let db = GraphDatabase()
        try db.execute("UNWIND range(0, 11) AS i CREATE (:N {i: i, even: i % 2 = 0})")
        var edges: [Value] = []
        for _ in 0..<22 {
            edges.append(.list([.int(Int64(random.next(12))), .int(Int64(random.next(12))), .string(random.next(3) == 0 ? "U" : "T")]))
        }
        try db.execute("UNWIND $edges AS e MATCH (a:N {i: e[0]}), (b:N {i: e[1]}) WHERE e[2] = 'T' CREATE (a)-[:T]->(b)",
                       parameters: ["edges": .list(edges)])
        try db.execute("UNWIND $edges AS e MATCH (a:N {i: e[0]}), (b:N {i: e[1]}) WHERE e[2] = 'U' CREATE (a)-[:U]->(b)",
                       parameters: ["edges": .list(edges)])
        return db
    }
}
