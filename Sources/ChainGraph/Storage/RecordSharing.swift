/// Storage: one copy of each label list and property-key list that records repeat.
///
/// A million Materials have the same labels and, mostly, the same property keys; stored
/// as their own arrays they cost three heap blocks per record. Records handed to the
/// graph get the shared array instead of theirs (the arrays are copy-on-write, so a record
/// that later changes its keys gets its own again): about 100 bytes less per node and 50
/// per edge, and the keys a property read searches stay in the cache.
///
/// Only the writer of the graph uses it (one at a time), or a decoder with its own; at most
/// ``capacity`` distinct lists are kept, so graphs whose records all differ do not grow it
/// without bound.
final class RecordSharing: @unchecked Sendable {
    private var lists: [[Int32]: [Int32]] = [:]
    static let capacity = 4_096

    /// The shared array equal to `list` (remembered on first sight).
    func shared(_ list: [Int32]) -> [Int32] {
        if list.isEmpty { return [] }
        if let known = lists[list] { return known }
        if lists.count < Self.capacity { lists[list] = list }
        return list
    }

    /// `record` with shared label and key lists.
    func sharing(_ record: NodeRecord) -> NodeRecord {
        var record = record
        record.labels = shared(record.labels)
        record.properties.shareKeys(self)
        return record
    }

    /// `record` with a shared key list.
    func sharing(_ record: EdgeRecord) -> EdgeRecord {
        var record = record
        record.properties.shareKeys(self)
        return record
    }
}
