/// The properties and provenance of the elements of one chunk of a ``ChunkedTable``, one
/// ``PropertyColumn`` per property key that any of them holds, and which slots hold a
/// live element.
///
/// The part node and edge chunks share (``NodeChunk``, ``EdgeChunk``): they add their
/// labels, or type and endpoints, beside it.
struct PropertyChunk: Sendable {
    /// The property-key symbols of ``columns``, ascending.
    private(set) var keys: [Int32] = []
    private(set) var columns: [PropertyColumn] = []
    /// Which slots hold a live element.
    private(set) var live = SlotBits()
    /// The provenance sources of this chunk, each once (a chunk's elements mostly come
    /// from one file).
    private var sources: [String] = []
    /// Per slot: 0 for no source, `i + 1` for `sources[i]`.
    private var sourceCodes: [UInt16] = []
    private var lines: PropertyColumn?
    /// How many slots the chunk has (live or not).
    private(set) var count = 0

    /// The column of property `key`, if any element of the chunk ever held it (a copy: for
    /// reading many slots; ``value(_:at:)`` reads one in place).
    func column(_ key: Int32) -> PropertyColumn? {
        position(of: key).map { columns[$0] }
    }

    @inline(__always)
    private func position(of key: Int32) -> Int? {
        for index in keys.indices where keys[index] == key { return index }
        return nil
    }

    /// Slot `slot`'s value of property `key`; nil when it has none. Reads the column in
    /// place: copying it would retain each of its arrays.
    @inline(__always)
    func value(_ key: Int32, at slot: Int) -> Value? {
        guard let index = position(of: key) else { return nil }
        return columns[index].value(at: slot)
    }

    /// Slot `slot`'s properties. When the slot holds every key of the chunk (the common
    /// case: an import's elements of one type), the map shares the chunk's key list.
    func properties(at slot: Int) -> PropertyMap {
        var keys: [Int32] = [], values: [Value] = []
        values.reserveCapacity(self.keys.count)
        var holdsEveryKey = true
        for (key, column) in zip(self.keys, columns) {
            if let value = column.value(at: slot) {
                if !holdsEveryKey { keys.append(key) }
                values.append(value)
            } else if holdsEveryKey {
                holdsEveryKey = false
                keys = Array(self.keys[..<values.count])
            }
        }
        return PropertyMap(sortedKeys: holdsEveryKey ? self.keys : keys, values: values)
    }

    /// Slot `slot`'s provenance.
    func provenance(at slot: Int) -> Provenance {
        let code = slot < sourceCodes.count ? Int(sourceCodes[slot]) : 0
        return Provenance(source: code == 0 ? nil : sources[code - 1], line: lines?.value(at: slot)?.intValue)
    }

    /// Adds a slot: live with `properties` and `provenance`, or empty (a deleted element).
    mutating func append(_ properties: PropertyMap?, _ provenance: Provenance) {
        count += 1
        set(count - 1, properties, provenance)
    }

    /// Replaces slot `slot`'s element; nil properties empty the slot.
    mutating func set(_ slot: Int, _ properties: PropertyMap?, _ provenance: Provenance) {
        live.set(slot, properties != nil)
        guard let properties else {
            for index in columns.indices { columns[index].set(slot, nil) }
            setProvenance(slot, Provenance())
            return
        }
        var next = 0
        for (key, value) in zip(properties.keys, properties.values) {
            while next < keys.count && keys[next] < key {
                columns[next].set(slot, nil)
                next += 1
            }
            store(value, key, at: slot, position: next)
            next += 1
        }
        while next < keys.count {
            columns[next].set(slot, nil)
            next += 1
        }
        setProvenance(slot, provenance)
    }

    /// Adds a live slot without properties or provenance (a decoder then sets them with
    /// ``setNewValue(_:_:at:)`` and ``setProvenance(_:_:)``); returns it.
    mutating func appendLiveSlot() -> Int {
        count += 1
        live.set(count - 1, true)
        return count - 1
    }

    /// Sets property `key` of slot `slot`, which holds no value for it yet.
    mutating func setNewValue(_ key: Int32, _ value: Value, at slot: Int) {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        store(value, key, at: slot, position: low)
    }

    /// Stores `value` of `key` at `slot` in the column at `position` when it is `key`'s,
    /// else in a new column inserted there (`position` is where `key` belongs in ``keys``).
    private mutating func store(_ value: Value, _ key: Int32, at slot: Int, position: Int) {
        if position < keys.count && keys[position] == key {
            columns[position].set(slot, value)
        } else {
            var column = PropertyColumn(for: value)
            column.set(slot, value)
            keys.insert(key, at: position)
            columns.insert(column, at: position)
        }
    }

    /// Sets slot `slot`'s provenance.
    mutating func setProvenance(_ slot: Int, _ provenance: Provenance) {
        var code: UInt16 = 0
        if let source = provenance.source {
            if let known = sources.firstIndex(of: source) {
                code = UInt16(known + 1)
            } else if sources.count < Int(UInt16.max) {
                sources.append(source)
                code = UInt16(sources.count)
            }
        }
        if code != 0 || slot < sourceCodes.count {
            while sourceCodes.count <= slot { sourceCodes.appendInChunk(0) }
            sourceCodes[slot] = code
        }
        if let line = provenance.line {
            if lines == nil { lines = PropertyColumn(for: .int(line)) }
            lines!.set(slot, .int(line))
        } else {
            lines?.set(slot, nil)
        }
    }
}
