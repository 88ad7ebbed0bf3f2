/// The primary-key index of the graph as it was opened: an immutable open-addressing hash
/// table from (node type, key value) to node id, built in one pass or read from the
/// ``GraphImage``, and shared by every snapshot.
///
/// Changes made after open live in ``GraphState``'s overlay (a persistent map consulted
/// first), so this table is never mutated. A slot holds `node id + 1` (0 is empty) and no
/// key: a lookup probes the slots of the key's hash and confirms each candidate against
/// the candidate node's own key, so a stale or wrong slot can only cost a probe.
///
/// The hash is ``stableHash(type:value:)``, not Swift's per-process seeded `Hasher`,
/// because the table is stored in the image file.
final class PrimaryKeyIndex: Sendable {
    /// `node id + 1` per slot; the count is a power of two.
    let slots: [UInt32]
    /// The number of keys in the table.
    let count: Int

    /// An index over `keys` (each a node's type symbol, key value and id); throws
    /// ``DuplicateKey`` naming two nodes that share a key.
    init(keys: [(type: Int32, value: Value, node: Int64)]) throws(DuplicateKey) {
        var capacity = 16
        while capacity < 2 * keys.count { capacity <<= 1 }
        var slots = [UInt32](repeating: 0, count: capacity)
        // Which key each slot holds, to find duplicates while building.
        var holder = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (position, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: PrimaryKeyIndex.stableHash(type: key.type, value: key.value)) & mask
            while slots[slot] != 0 {
                let other = keys[Int(holder[slot])]
                if other.type == key.type && other.value == key.value { throw DuplicateKey(first: other.node, second: key.node) }
                slot = (slot + 1) & mask
            }
            slots[slot] = UInt32(key.node + 1)
            holder[slot] = Int32(position)
        }
        self.slots = slots
        self.count = keys.count
    }

    /// An index over keys known to be distinct, given by their ``stableHash(type:value:)``
    /// and their nodes (a batch of appended nodes whose keys were checked as they came).
    init(distinctHashes hashes: [UInt64], nodes: [Int64]) {
        precondition(hashes.count == nodes.count, "one node per hash")
        var capacity = 16
        while capacity < 2 * hashes.count { capacity <<= 1 }
        var slots = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (hash, node) in zip(hashes, nodes) {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(node + 1)
        }
        self.slots = slots
        self.count = hashes.count
    }

    /// Two nodes with the same type and key value.
    struct DuplicateKey: Error {
        let first: Int64
        let second: Int64
    }

    /// An index from stored slots, checked to be a power of two long and to name only
    /// nodes below `nodeLimit`; nil when they are not.
    init?(slots: [UInt32], count: Int, nodeLimit: Int64) {
        guard slots.count >= 16, slots.count & (slots.count - 1) == 0, count >= 0, count <= slots.count / 2,
              slots.allSatisfy({ Int64($0) <= nodeLimit }) else { return nil }
        self.slots = slots
        self.count = count
    }

    /// The node whose key is `value` among nodes of `type`; `keyOf` gives a candidate
    /// node's (type, key value), or nil when it has none.
    func node(type: Int32, value: Value, keyOf: (Int64) -> (type: Int32, value: Value)?) -> Int64? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: PrimaryKeyIndex.stableHash(type: type, value: value)) & mask
        var probes = 0
        while slots[slot] != 0 && probes < slots.count {
            let candidate = Int64(slots[slot]) - 1
            if let key = keyOf(candidate), key.type == type, key.value == value { return candidate }
            slot = (slot + 1) & mask
            probes += 1
        }
        return nil
    }

    /// A hash of a key that is the same in every process and on every platform: the
    /// type symbol and the value's case and payload fed to a ``RecordChecksum``.
    static func stableHash(type: Int32, value: Value) -> UInt64 {
        var hasher = RecordChecksum()
        hasher.add(Int64(type))
        feed(value, into: &hasher)
        return UInt64(bitPattern: hasher.value)
    }

    private static func feed(_ value: Value, into hasher: inout RecordChecksum) {
        switch value {
        case .null: hasher.add(Int64(0))
        case .bool(let flag): hasher.add(flag ? Int64(2) : Int64(1))
        case .int(let integer): hasher.add(Int64(3)); hasher.add(integer)
        case .double(let float):
            // 0.0 and -0.0 are equal values and must hash alike.
            hasher.add(Int64(4)); hasher.add(Int64(bitPattern: (float == 0 ? 0 : float).bitPattern))
        case .string(let text): hasher.add(Int64(5)); hasher.add(text)
        case .date(let date): hasher.add(Int64(6)); hasher.add(date.daysSinceEpoch)
        case .localTime(let time): hasher.add(Int64(9)); hasher.add(time.nanosecondOfDay)
        // Times and date-times are equal when their instants are: hash the instant.
        case .time(let time): hasher.add(Int64(10)); hasher.add(time.utcNanosecondOfDay)
        case .localDateTime(let dateTime):
            hasher.add(Int64(11)); hasher.add(dateTime.date.daysSinceEpoch); hasher.add(dateTime.time.nanosecondOfDay)
        case .dateTime(let dateTime): hasher.add(Int64(12)); hasher.add(dateTime.epochSeconds); hasher.add(dateTime.nanosecond)
        case .duration(let duration):
            hasher.add(Int64(13)); hasher.add(duration.months); hasher.add(duration.days)
            hasher.add(duration.seconds); hasher.add(duration.nanoseconds)
        case .list(let items):
            hasher.add(Int64(7)); hasher.add(Int64(items.count))
            for item in items { feed(item, into: &hasher) }
        case .map(let entries):
            hasher.add(Int64(8)); hasher.add(Int64(entries.count))
            for key in entries.keys.sorted() {
                hasher.add(key)
                feed(entries[key]!, into: &hasher)
            }
        case .node(let node): hasher.add(Int64(9)); hasher.add(Int64(node.id.rawValue))
        case .edge(let edge): hasher.add(Int64(10)); hasher.add(Int64(edge.id.rawValue))
        case .path: hasher.add(Int64(11))
        }
    }
}
