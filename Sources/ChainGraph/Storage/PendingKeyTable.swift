/// Storage: the primary keys of a batch of appended nodes (``PendingAppends``), in an
/// open-addressing table keyed by ``PrimaryKeyIndex/stableHash(type:value:)``.
///
/// Each key's hash is computed once and kept, so growing the table never hashes a key
/// again, and a graph without a key index gets its ``PrimaryKeyIndex`` straight from these
/// hashes (``PrimaryKeyIndex/init(distinctHashes:nodes:)``). The keys themselves are not
/// kept: they are in the appended nodes, and a lookup confirms a candidate against its
/// node's key in the graph (a million keys are then 20 bytes each here, not 52).
struct PendingKeyTable {
    /// Per key, in the order added: its hash and its node.
    private(set) var hashes: [UInt64] = []
    private(set) var nodes: [Int64] = []
    /// `position in the arrays + 1` per slot (0 is empty); the count is a power of two.
    private var slots = [UInt32](repeating: 0, count: 16)

    var count: Int { nodes.count }
    var isEmpty: Bool { nodes.isEmpty }

    /// The node added with `key`, whose stable hash is `hash`; `state` holds the nodes.
    func node(for key: PrimaryKey, hash: UInt64, in state: GraphState) -> Int64? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if hashes[position] == hash && state.primaryKey(ofNode: nodes[position]) == key { return nodes[position] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds the key of `node`, whose stable hash is `hash`, which the table does not hold.
    mutating func insert(hash: UInt64, node: Int64) {
        if 2 * (nodes.count + 1) > slots.count { grow() }
        hashes.append(hash)
        nodes.append(node)
        place(position: nodes.count - 1)
    }

    private mutating func place(position: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[position]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt32(position + 1)
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        for position in nodes.indices { place(position: position) }
    }
}
