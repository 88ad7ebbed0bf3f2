@testable import ChainGraph

/// Small random graphs with cycles, self-loops and parallel relationships of two types
/// (T and U) between twelve `:N {i}` nodes, for the tests that compare a planned shortcut
/// with walking every trail.
enum RandomGraphs {
    /// A deterministic generator, so that a failure can be replayed.
    struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

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
