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
/// Keys are hashes of the value with numbers hashed as doubles, so that `1` finds `1.0`
/// as `=` does.
struct PropertyIndex: Sendable {
    /// What is indexed.
    let definition: PropertyIndexDefinition
    /// The nodes as the index was built, sorted by key.
    private let base: Base
    /// Nodes written since, by key.
    private var overlay = TreeDictionary<Int, [Int64]>()

    /// The built part: parallel arrays of keys (ascending) and node ids.
    final class Base: Sendable {
        let keys: [Int]
        let nodes: [Int64]

        init(keys: [Int], nodes: [Int64]) {
            self.keys = keys
            self.nodes = nodes
        }
    }

    /// The index of `definition` over every node of `state`.
    init(_ definition: PropertyIndexDefinition, over state: GraphState) {
        self.definition = definition
        var entries: [(key: Int, node: Int64)] = []
        if let label = state.labels.id(of: definition.label), let property = state.propertyKeys.id(of: definition.property) {
            for index in 0..<state.nodes.count {
                state.nodes.read(index) { record in
                    guard let record, record.labels.contains(label), let value = record.properties[property] else { return }
                    entries.append((PropertyIndex.key(of: value), Int64(index)))
                }
            }
        }
        entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.node < $1.node }
        base = Base(keys: entries.map(\.key), nodes: entries.map(\.node))
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
            result.append(base.nodes[low])
            low += 1
        }
        if let written = overlay[key] {
            // A node written twice (or built and written since) is listed once.
            result = Array(Set(result + written))
        }
        return result
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
