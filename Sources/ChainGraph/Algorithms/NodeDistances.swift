import Foundation

/// Algorithms: the distances of the nodes a traversal reached.
///
/// A dense array (one slot per node) is the fastest structure to search with, but
/// allocating and clearing it costs the graph's size on every query — more than a small
/// closure in a large graph costs to find. So the arrays are pooled and stamped: each
/// traversal takes a pair of arrays (`stamps`, `distances`) from a small pool and a new
/// generation number; a node counts as reached when its stamp equals that generation.
/// Nothing is cleared between queries, and the arrays go back to the pool when the
/// traversal's result is dropped. Concurrent readers take different arrays.
final class NodeDistances {
    private let scratch: DistanceScratch
    private let generation: UInt32

    init(capacity: Int) {
        scratch = DistanceScratch.take(capacity: capacity)
        generation = scratch.nextGeneration()
    }

    deinit { DistanceScratch.giveBack(scratch) }

    /// The distance of `node`, −1 when it was not reached.
    subscript(node: Int) -> Int32 {
        scratch.stamps[node] == generation ? scratch.distances[node] : -1
    }

    /// Records the distance of a node reached for the first time.
    func set(_ node: Int, _ distance: Int32) {
        scratch.stamps[node] = generation
        scratch.distances[node] = distance
    }

    /// Runs `body` with direct access to the arrays and this traversal's generation: the
    /// hot loop of a search, free of the per-access checks of class-held arrays.
    func withBuffers<Result>(_ body: (UnsafeMutableBufferPointer<UInt32>, UnsafeMutableBufferPointer<Int32>, UInt32) throws -> Result)
        rethrows -> Result {
        try scratch.stamps.withUnsafeMutableBufferPointer { stamps in
            try scratch.distances.withUnsafeMutableBufferPointer { distances in
                try body(stamps, distances, generation)
            }
        }
    }
}

/// A reusable pair of per-node arrays for ``NodeDistances``, and the pool that keeps them.
final class DistanceScratch: @unchecked Sendable {
    var stamps: [UInt32]
    var distances: [Int32]
    private var generation: UInt32 = 0

    private init(capacity: Int) {
        stamps = [UInt32](repeating: 0, count: capacity)
        distances = [Int32](repeating: -1, count: capacity)
    }

    /// A fresh generation; on wrap-around the stamps are cleared.
    func nextGeneration() -> UInt32 {
        if generation == UInt32.max {
            for index in stamps.indices { stamps[index] = 0 }
            generation = 0
        }
        generation += 1
        return generation
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var pool: [DistanceScratch] = []
    private static let poolLimit = 4

    /// A scratch with room for `capacity` nodes: a pooled one when one is large enough.
    static func take(capacity: Int) -> DistanceScratch {
        let pooled: DistanceScratch? = lock.withLock {
            guard let index = pool.firstIndex(where: { $0.stamps.count >= capacity }) else { return nil }
            return pool.remove(at: index)
        }
        return pooled ?? DistanceScratch(capacity: capacity)
    }

    /// Returns a scratch to the pool (the largest few are kept).
    static func giveBack(_ scratch: DistanceScratch) {
        lock.withLock {
            pool.append(scratch)
            if pool.count > poolLimit {
                pool.sort { $0.stamps.count > $1.stamps.count }
                pool.removeLast()
            }
        }
    }
}
