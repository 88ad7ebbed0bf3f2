/// One neighbour of a node in an adjacency list: the node across the edge, and the edge.
struct AdjacencyEntry: Sendable, Hashable {
    var neighbor: UInt32
    var edge: UInt32
}

/// The edges of one type in one direction, as compressed sparse rows plus a delta.
///
/// The **base** is a CSR built at open or at the last compaction: `offsets[n]..<offsets[n+1]`
/// index the entries of node `n`. Edges created since sit in the per-node **delta**; edges
/// of the base deleted since are skipped by asking whether they are still alive. When the
/// delta or the deletions grow past a quarter of the base, ``compactIfNeeded(isAlive:nodeCapacity:nextEdgeID:floor:)``
/// merges them into a fresh base. The base arrays are never mutated after they are built,
/// so snapshots share them.
struct AdjacencyList: Sendable {
    private(set) var offsets: [UInt32] = [0]
    private(set) var entries: [AdjacencyEntry] = []
    /// Edges with an id below this were in the graph when the base was built.
    private(set) var baseEdgeLimit: Int64 = 0
    private(set) var delta = PagedArray<[AdjacencyEntry]>()
    private(set) var deltaCount = 0
    private(set) var deletedInBase = 0

    init() {}

    /// Builds a base from `(node, entry)` pairs, in any order.
    init(nodeCapacity: Int, pairs: [(node: UInt32, entry: AdjacencyEntry)], nextEdgeID: Int64) {
        self.init(nodeCapacity: nodeCapacity, rows: pairs.map(\.node), entries: pairs.map(\.entry), nextEdgeID: nextEdgeID)
    }

    /// Builds a base from entries and the node (row) each belongs to, in any order; entries
    /// of one node keep their relative order (a counting sort).
    init(nodeCapacity: Int, rows: [UInt32], entries unsorted: [AdjacencyEntry], nextEdgeID: Int64) {
        precondition(rows.count == unsorted.count, "one row per entry")
        var offsets = [UInt32](repeating: 0, count: nodeCapacity + 1)
        var entries = [AdjacencyEntry](repeating: AdjacencyEntry(neighbor: 0, edge: 0), count: unsorted.count)
        offsets.withUnsafeMutableBufferPointer { offsets in
            for row in rows { offsets[Int(row) + 1] += 1 }
            for index in 0..<nodeCapacity { offsets[index + 1] += offsets[index] }
            var cursor = Array(offsets.dropLast())
            cursor.withUnsafeMutableBufferPointer { cursor in
                entries.withUnsafeMutableBufferPointer { entries in
                    for (row, entry) in zip(rows, unsorted) {
                        entries[Int(cursor[Int(row)])] = entry
                        cursor[Int(row)] += 1
                    }
                }
            }
        }
        self.offsets = offsets
        self.entries = entries
        self.baseEdgeLimit = nextEdgeID
    }

    /// The number of live entries.
    var count: Int { entries.count - deletedInBase + deltaCount }

    mutating func add(node: Int64, neighbor: Int64, edge: Int64) {
        let entry = AdjacencyEntry(neighbor: UInt32(neighbor), edge: UInt32(edge))
        if delta.count <= Int(node) { delta.reserve(Int(node) + 1, filler: []) }
        delta[Int(node)].append(entry)
        deltaCount += 1
    }

    mutating func remove(node: Int64, edge: Int64) {
        if edge < baseEdgeLimit {
            deletedInBase += 1
            return
        }
        guard Int(node) < delta.count, let index = delta[Int(node)].firstIndex(where: { $0.edge == UInt32(edge) }) else {
            preconditionFailure("adjacency delta lost edge \(edge) of node \(node)")
        }
        delta[Int(node)].remove(at: index)
        deltaCount -= 1
    }

    /// Calls `body` with each live entry of `node`, base entries first, each group in
    /// creation order; stops when `body` returns false.
    @discardableResult
    func forEach(of node: Int64, isAlive: (UInt32) -> Bool, _ body: (AdjacencyEntry) -> Bool) -> Bool {
        let index = Int(node)
        if index + 1 < offsets.count {
            let checkDeleted = deletedInBase > 0
            for position in Int(offsets[index])..<Int(offsets[index + 1]) {
                let entry = entries[position]
                if checkDeleted && !isAlive(entry.edge) { continue }
                if !body(entry) { return false }
            }
        }
        if index < delta.count {
            for entry in delta[index] where !body(entry) { return false }
        }
        return true
    }

    /// Calls `body` with the neighbour of each live entry of `node`: the traversal hot path,
    /// a plain loop over the CSR row when nothing in the base has been deleted.
    @inline(__always)
    func forEachLiveEntry(of node: Int, isAlive: (UInt32) -> Bool, _ body: (AdjacencyEntry) -> Void) {
        if node + 1 < offsets.count {
            let lower = Int(offsets[node]), upper = Int(offsets[node + 1])
            if lower < upper {
                entries.withUnsafeBufferPointer { buffer in
                    if deletedInBase == 0 {
                        for position in lower..<upper { body(buffer[position]) }
                    } else {
                        for position in lower..<upper where isAlive(buffer[position].edge) { body(buffer[position]) }
                    }
                }
            }
        }
        if deltaCount > 0 && node < delta.count {
            for entry in delta[node] { body(entry) }
        }
    }

    /// Whether `node` has at least one live entry.
    func hasEntries(_ node: Int64, isAlive: (UInt32) -> Bool) -> Bool {
        !forEach(of: node, isAlive: isAlive) { _ in false }
    }

    /// Merges delta and deletions into a new base when they have grown past a quarter
    /// of the base (and past a small floor), so traversal stays a scan of contiguous rows.
    ///
    /// - Complexity: O(nodes + edges of this list) when it compacts, O(1) otherwise.
    mutating func compactIfNeeded(isAlive: (UInt32) -> Bool, nodeCapacity: Int, nextEdgeID: Int64, floor: Int) {
        let pending = deltaCount + deletedInBase
        guard pending > max(floor, entries.count / 4) else { return }
        self = merged(isAlive: isAlive, nodeCapacity: nodeCapacity, nextEdgeID: nextEdgeID)
    }

    /// This list with its delta and deletions merged into a fresh base (itself when there
    /// is nothing to merge).
    func merged(isAlive: (UInt32) -> Bool, nodeCapacity: Int, nextEdgeID: Int64) -> AdjacencyList {
        guard deltaCount + deletedInBase > 0 else { return self }
        return appending(rows: [], entries: [], isAlive: isAlive, nodeCapacity: nodeCapacity, nextEdgeID: nextEdgeID)
    }

    /// A fresh base holding this list's live entries and then `entries` (newer edges), each
    /// at its row: how a batch of appended edges joins the index in one pass.
    func appending(rows newRows: [UInt32], entries newEntries: [AdjacencyEntry], isAlive: (UInt32) -> Bool,
                   nodeCapacity: Int, nextEdgeID: Int64) -> AdjacencyList {
        if count == 0 {
            return AdjacencyList(nodeCapacity: nodeCapacity, rows: newRows, entries: newEntries, nextEdgeID: nextEdgeID)
        }
        var rows: [UInt32] = [], entries: [AdjacencyEntry] = []
        rows.reserveCapacity(count + newRows.count)
        entries.reserveCapacity(count + newRows.count)
        for node in 0..<min(nodeCapacity, max(offsets.count - 1, delta.count)) {
            forEach(of: Int64(node), isAlive: isAlive) { entry in
                rows.append(UInt32(node))
                entries.append(entry)
                return true
            }
        }
        rows += newRows
        entries += newEntries
        return AdjacencyList(nodeCapacity: nodeCapacity, rows: rows, entries: entries, nextEdgeID: nextEdgeID)
    }

    /// A base read back from stored arrays (a ``GraphImage``); nil unless the offsets
    /// ascend from 0 to the entry count over at most `nodeCapacity` nodes and every entry
    /// names a node below `nodeCapacity` and an edge below `baseEdgeLimit`.
    init?(offsets: [UInt32], entries: [AdjacencyEntry], baseEdgeLimit: Int64, nodeCapacity: Int) {
        guard let first = offsets.first, first == 0, offsets.count <= nodeCapacity + 1,
              Int(offsets[offsets.count - 1]) == entries.count, baseEdgeLimit >= 0, baseEdgeLimit <= GraphState.maximumID + 1
        else { return nil }
        for index in 1..<offsets.count where offsets[index] < offsets[index - 1] { return nil }
        for entry in entries where Int(entry.neighbor) >= nodeCapacity || Int64(entry.edge) >= baseEdgeLimit { return nil }
        self.offsets = offsets
        self.entries = entries
        self.baseEdgeLimit = baseEdgeLimit
    }
}
