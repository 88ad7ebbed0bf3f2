/// Storage: the primary keys of a batch of appended nodes (``PendingAppends``), in an
/// open-addressing table keyed by ``PrimaryKeyIndex/stableHash(type:value:)``.
///
/// Each key's hash is computed once and kept, so growing the table never hashes a key
/// again, and a graph without a key index gets its ``PrimaryKeyIndex`` straight from these
/// hashes (``PrimaryKeyIndex/init(distinctHashes:nodes:)``).
struct PendingKeyTable {
    /// Per key, in the order added: its hash, the key and its node.
    private(set) var hashes: [UInt64] = []
    private(set) var keys: [PrimaryKey] = []
    private(set) var nodes: [Int64] = []
    /// `position in the arrays + 1` per slot (0 is empty); the count is a power of two.
    private var slots = [UInt32](repeating: 0, count: 16)

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    /// The node added with `key`, whose stable hash is `hash`.
    func node(for key: PrimaryKey, hash: UInt64) -> Int64? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if hashes[position] == hash && keys[position] == key { return nodes[position] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds a key the table does not hold.
    mutating func insert(_ key: PrimaryKey, hash: UInt64, node: Int64) {
        if 2 * (keys.count + 1) > slots.count { grow() }
        hashes.append(hash)
        keys.append(key)
        nodes.append(node)
        place(position: keys.count - 1)
    }

    private mutating func place(position: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[position]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt32(position + 1)
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        for position in keys.indices { place(position: position) }
    }
}
