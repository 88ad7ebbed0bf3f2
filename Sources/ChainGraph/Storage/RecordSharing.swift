/// Storage: one copy of each label list that nodes repeat.
///
/// A million Materials have the same labels; stored as their own arrays they would cost a
/// heap block per node. Nodes handed to the graph get the shared array instead of theirs
/// (the arrays are copy-on-write, so a node that later changes its labels gets its own
/// again). Property keys need no sharing: ``PropertyChunk`` stores one column per key.
///
/// Only the writer of the graph uses it (one at a time), or a decoder with its own; at most
/// ``capacity`` distinct lists are kept, so graphs whose nodes all differ do not grow it
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

    /// `record` with a shared label list.
    func sharing(_ record: NodeRecord) -> NodeRecord {
        var record = record
        record.labels = shared(record.labels)
        return record
    }
}
