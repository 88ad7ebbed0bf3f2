/// A node as the in-memory graph keeps it: interned labels and property keys.
struct NodeRecord: Sendable, Hashable {
    /// Label symbols, sorted.
    var labels: [Int32]
    /// Properties keyed by property-key symbol.
    var properties: PropertyMap
    var provenance: Provenance
}

/// An edge as the in-memory graph keeps it.
struct EdgeRecord: Sendable, Hashable {
    var type: Int32
    var from: Int64
    var to: Int64
    var properties: PropertyMap
    var provenance: Provenance
}

/// Properties of one node or edge: entries sorted by property-key symbol.
///
/// Far smaller than a `[String: Value]` per element, which matters at millions of nodes.
struct PropertyMap: Sendable, Hashable {
    private(set) var keys: [Int32] = []
    private(set) var values: [Value] = []

    var isEmpty: Bool { keys.isEmpty }

    subscript(key: Int32) -> Value? {
        guard let index = position(of: key) else { return nil }
        return values[index]
    }

    /// Sets `key` to `value`; `nil` removes it.
    mutating func set(_ key: Int32, _ value: Value?) {
        if let value, keys.last.map({ $0 < key }) ?? true {
            // Keys mostly come in ascending order (importers intern them in column order).
            keys.append(key)
            values.append(value)
            return
        }
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        let found = low < keys.count && keys[low] == key
        switch (found, value) {
        case (true, let value?): values[low] = value
        case (true, nil): keys.remove(at: low); values.remove(at: low)
        case (false, let value?): keys.insert(key, at: low); values.insert(value, at: low)
        case (false, nil): break
        }
    }

    /// The first entry whose value no property can hold (a map, or a list of mixed types).
    var firstUnstorable: (key: Int32, value: Value)? {
        values.firstIndex { !$0.isStorable }.map { (keys[$0], values[$0]) }
    }

    /// Removes and returns the value of `key`; nil, changing nothing, when there is none.
    mutating func removeValue(forKey key: Int32) -> Value? {
        guard let index = position(of: key) else { return nil }
        keys.remove(at: index)
        return values.remove(at: index)
    }

    private func position(of key: Int32) -> Int? {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key ? low : nil
    }

    /// The properties with their names resolved.
    func dictionary(_ symbols: SymbolTable) -> [String: Value] {
        var result: [String: Value] = [:]
        result.reserveCapacity(keys.count)
        for (key, value) in zip(keys, values) { result[symbols.name(of: key)] = value }
        return result
    }
}

extension PropertyMap {
    /// A map from keys already strictly ascending and their values (as stored in an image).
    init(sortedKeys: [Int32], values: [Value]) {
        precondition(sortedKeys.count == values.count, "one value per key")
        keys = sortedKeys
        self.values = values
    }

    /// The entries with their names resolved, in key-symbol order.
    func entries(_ symbols: SymbolTable) -> [(String, Value)] {
        zip(keys, values).map { (symbols.name(of: $0.0), $0.1) }
    }
}
