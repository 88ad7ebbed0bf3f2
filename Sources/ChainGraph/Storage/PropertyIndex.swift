import HashTreeCollections

/// Storage: one property index — the nodes of a label by the value of one property —
/// built from the graph when the database opens (or the index is created) and kept up to
/// date by every write to a node.
///
/// Like the primary keys, it is an immutable base shared by every version plus a
/// persistent overlay of the nodes written since. Neither removes anything: a lookup
/// returns candidates, and the caller keeps those whose label and current value match
/// (``GraphReader/indexedNodes(label:property:equalTo:)`` does), so a node whose value
/// changed or that was deleted only costs a check.
///
/// Equality lookups use hashes of the value with numbers hashed as doubles, so that `1`
/// finds `1.0` as `=` does. Range and prefix lookups (``IndexRange``) use a second view of
/// the base, its values in the query language's order, and take every node of the overlay
/// as a candidate.
struct PropertyIndex: Sendable {
    /// What is indexed.
    let definition: PropertyIndexDefinition
    /// The nodes as the index was built, sorted by key.
    private let base: Base
    /// Nodes written since, by key.
    private var overlay = TreeDictionary<Int, [Int64]>()

    /// The built part: parallel arrays of keys (ascending) and node ids, and the values as
    /// built in ascending order with their nodes. Node ids fit in 32 bits
    /// (``GraphState/maximumID``).
    final class Base: Sendable {
        let keys: [Int]
        let nodes: [UInt32]
        let orderedValues: [Value]
        let orderedNodes: [UInt32]

        init(keys: [Int], nodes: [UInt32], orderedValues: [Value], orderedNodes: [UInt32]) {
            self.keys = keys
            self.nodes = nodes
            self.orderedValues = orderedValues
            self.orderedNodes = orderedNodes
        }
    }

    /// The index of `definition` over every node of `state`.
    init(_ definition: PropertyIndexDefinition, over state: GraphState) {
        self.definition = definition
        var entries: [(key: Int, node: UInt32)] = []
        var values: [(value: Value, node: UInt32)] = []
        if let label = state.labels.id(of: definition.label), let property = state.propertyKeys.id(of: definition.property) {
            state.nodes.forEachChunk(in: 0..<state.nodes.count) { base, chunk, slots in
                guard let column = chunk.properties.column(property) else { return }
                for slot in slots where chunk.hasLabel(slot, label) {
                    guard let value = column.value(at: slot) else { continue }
                    entries.append((PropertyIndex.key(of: value), UInt32(base + slot)))
                    values.append((value, UInt32(base + slot)))
                }
            }
        }
        // Each view is built and its working array released before the next (a smaller peak).
        entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.node < $1.node }
        let keys = entries.map(\.key), nodes = entries.map(\.node)
        entries = []
        values.sort { left, right in
            let order = Value.orderCompare(left.value, right.value)
            return order != 0 ? order < 0 : left.node < right.node
        }
        let orderedValues = values.map(\.value), orderedNodes = values.map(\.node)
        values = []
        base = Base(keys: keys, nodes: nodes, orderedValues: orderedValues, orderedNodes: orderedNodes)
    }

    /// The number of nodes the index holds (those written since it was built may count twice).
    var entryCount: Int { base.nodes.count + overlay.values.reduce(0) { $0 + $1.count } }

    /// Records node `id` as written with `record`, whose symbols are those of `labels` and `propertyKeys`.
    mutating func note(_ id: Int64, _ record: NodeRecord, labels: SymbolTable, propertyKeys: SymbolTable) {
        guard let label = labels.id(of: definition.label), record.labels.contains(label),
              let property = propertyKeys.id(of: definition.property),
              let value = record.properties[property] else { return }
        overlay[PropertyIndex.key(of: value), default: []].append(id)
    }

    /// Nodes that may hold `value`: every node that does, and perhaps others.
    func candidates(for value: Value) -> [Int64] {
        let key = PropertyIndex.key(of: value)
        var low = 0, high = base.keys.count
        while low < high {
            let middle = (low + high) / 2
            if base.keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        var result: [Int64] = []
        while low < base.keys.count && base.keys[low] == key {
            result.append(Int64(base.nodes[low]))
            low += 1
        }
        if let written = overlay[key] {
            // A node written twice (or built and written since) is listed once.
            result = Array(Set(result + written))
        }
        return result
    }

    /// Nodes that may hold a value in `range`: every node that does, and perhaps others.
    func candidates(in range: IndexRange) -> [Int64] {
        guard let sample = range.sample else { return [] }
        let values = base.orderedValues
        /// The first position whose value is not before `bound` (or, `after`, not at or before it),
        /// within the values of the sample's type.
        func position(of bound: Value, after: Bool) -> Int {
            var low = 0, high = values.count
            while low < high {
                let middle = (low + high) / 2
                let order = Value.orderCompare(values[middle], bound)
                if order < 0 || (after && order == 0) { low = middle + 1 } else { high = middle }
            }
            return low
        }
        func firstOfType() -> Int {
            var low = 0, high = values.count
            while low < high {
                let middle = (low + high) / 2
                if values[middle].orderRank < sample.orderRank { low = middle + 1 } else { high = middle }
            }
            return low
        }
        var start = firstOfType()
        if let lower = range.lower { start = max(start, position(of: lower.value, after: !lower.inclusive)) }
        if let prefix = range.prefix { start = max(start, position(of: .string(prefix), after: false)) }
        var result: [Int64] = []
        var index = start
        while index < values.count, values[index].orderRank == sample.orderRank {
            let value = values[index]
            if let upper = range.upper {
                let order = Value.orderCompare(value, upper.value)
                if order > 0 || (order == 0 && !upper.inclusive) { break }
            }
            // Strings with the prefix lie together, before the prefix followed by the last scalar.
            if let prefix = range.prefix, case .string(let text) = value, text > prefix + "\u{10FFFF}" { break }
            result.append(Int64(base.orderedNodes[index]))
            index += 1
        }
        // The overlay is not ordered: every node written since the build is a candidate.
        for written in overlay.values { result += written }
        return Array(Set(result))
    }

    /// The key of a value: equal for values `=` calls equal.
    static func key(of value: Value) -> Int {
        var hasher = Hasher()
        feed(value, into: &hasher)
        return hasher.finalize()
    }

    private static func feed(_ value: Value, into hasher: inout Hasher) {
        switch value {
        case .int(let number):
            hasher.combine(1)
            hasher.combine(Double(number))
        case .double(let number):
            hasher.combine(1)
            hasher.combine(number == 0 ? 0.0 : number)
        case .list(let items):
            hasher.combine(2)
            hasher.combine(items.count)
            for item in items { feed(item, into: &hasher) }
        default:
            hasher.combine(3)
            hasher.combine(value)
        }
    }
}
