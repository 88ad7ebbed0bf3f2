/// The elements of one page of a ``ChunkedTable`` (up to ``ChunkedTable/pageSize``
/// consecutive ids), stored by column: what ``NodeChunk`` and ``EdgeChunk`` have in common.
protocol ElementChunk: Sendable {
    /// The record an element is read and written as.
    associatedtype Record: Sendable

    /// An empty chunk.
    init()
    /// How many slots the chunk has, live or not.
    var count: Int { get }
    /// Whether slot `slot` holds a live element.
    func isPresent(_ slot: Int) -> Bool
    /// Slot `slot`'s element as a record, nil when the slot is empty.
    func record(at slot: Int) -> Record?
    /// Adds a slot holding `record` (empty when nil).
    mutating func append(_ record: Record?)
    /// Replaces slot `slot`'s element (empties it when nil).
    mutating func set(_ slot: Int, _ record: Record?)
    /// The properties and provenance of the chunk's elements, one column per key.
    var properties: PropertyChunk { get set }
}

extension ElementChunk {
    /// How many slots the chunk has, live or not.
    var count: Int { properties.count }

    /// Whether slot `slot` holds a live element.
    @inline(__always)
    func isPresent(_ slot: Int) -> Bool { properties.live.contains(slot) }

    /// Sets property `key` of the element at `slot`, which holds no value for it yet (decoders).
    mutating func setNewProperty(_ key: Int32, _ value: Value, at slot: Int) {
        properties.setNewValue(key, value, at: slot)
    }

    /// Sets the provenance of the element at `slot` (decoders).
    mutating func setProvenance(_ provenance: Provenance, at slot: Int) {
        properties.setProvenance(slot, provenance)
    }
}

/// The nodes of one chunk: their labels, properties and provenance.
struct NodeChunk: ElementChunk {
    /// Per slot, the label symbols (sorted; shared arrays, see ``RecordSharing``).
    private(set) var labels: [[Int32]] = []
    /// The properties and provenance, one column per key (written through the chunk's methods).
    var properties = PropertyChunk()

    init() {}

    func record(at slot: Int) -> NodeRecord? {
        guard isPresent(slot) else { return nil }
        return NodeRecord(labels: labels[slot], properties: properties.properties(at: slot),
                          provenance: properties.provenance(at: slot))
    }

    mutating func append(_ record: NodeRecord?) {
        labels.appendInChunk(record?.labels ?? [])
        properties.append(record?.properties, record?.provenance ?? Provenance())
    }

    mutating func set(_ slot: Int, _ record: NodeRecord?) {
        labels[slot] = record?.labels ?? []
        properties.set(slot, record?.properties, record?.provenance ?? Provenance())
    }

    /// Adds a live node with `labels` and, for now, no properties; returns its slot.
    mutating func appendLive(labels: [Int32]) -> Int {
        self.labels.appendInChunk(labels)
        return properties.appendLiveSlot()
    }


    /// Whether slot `slot` holds a live node with label `label`.
    @inline(__always)
    func hasLabel(_ slot: Int, _ label: Int32) -> Bool {
        isPresent(slot) && labels[slot].contains(label)
    }
}

/// The edges of one chunk: their types, endpoints, properties and provenance.
struct EdgeChunk: ElementChunk {
    /// Per slot, the edge type's symbol (-1 for an empty slot).
    private(set) var types: [Int32] = []
    /// Per slot, the source node's id (ids fit in 32 bits: ``GraphState/maximumID``).
    private(set) var sources: [UInt32] = []
    /// Per slot, the target node's id.
    private(set) var targets: [UInt32] = []
    /// The properties and provenance, one column per key (written through the chunk's methods).
    var properties = PropertyChunk()

    init() {}

    func record(at slot: Int) -> EdgeRecord? {
        guard isPresent(slot) else { return nil }
        return EdgeRecord(type: types[slot], from: Int64(sources[slot]), to: Int64(targets[slot]),
                          properties: properties.properties(at: slot), provenance: properties.provenance(at: slot))
    }

    /// Adds a live edge of `type` from `from` to `to` with, for now, no properties; returns its slot.
    mutating func appendLive(type: Int32, from: UInt32, to: UInt32) -> Int {
        types.appendInChunk(type)
        sources.appendInChunk(from)
        targets.appendInChunk(to)
        return properties.appendLiveSlot()
    }


    /// Slot `slot`'s type and endpoints (the slot must be live).
    @inline(__always)
    func shape(at slot: Int) -> (type: Int32, from: Int64, to: Int64) {
        (types[slot], Int64(sources[slot]), Int64(targets[slot]))
    }

    mutating func append(_ record: EdgeRecord?) {
        types.appendInChunk(record?.type ?? -1)
        sources.appendInChunk(record.map { UInt32($0.from) } ?? .max)
        targets.appendInChunk(record.map { UInt32($0.to) } ?? .max)
        properties.append(record?.properties, record?.provenance ?? Provenance())
    }

    mutating func set(_ slot: Int, _ record: EdgeRecord?) {
        types[slot] = record?.type ?? -1
        sources[slot] = record.map { UInt32($0.from) } ?? .max
        targets[slot] = record.map { UInt32($0.to) } ?? .max
        properties.set(slot, record?.properties, record?.provenance ?? Provenance())
    }
}

extension Array {
    /// Appends `element` to an array of a chunk, growing the capacity to the next power of
    /// two (at least 16) instead of by the standard library's doubling of whatever the
    /// allocator gave: a full chunk's arrays then hold exactly ``ChunkedTable/pageSize``
    /// elements, not up to half as many again.
    @inline(__always)
    mutating func appendInChunk(_ element: Element) {
        if count == capacity {
            let wanted = Swift.max(16, 1 << (Int.bitWidth - count.leadingZeroBitCount))
            reserveCapacity(Swift.min(wanted, Swift.max(count + 1, ChunkedTable<NodeChunk>.pageSize)))
        }
        append(element)
    }
}
