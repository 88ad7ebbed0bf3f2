/// The ids of the nodes (or edges) a transaction created or changed, which its commit
/// writes to the file.
///
/// Ids are handed out in order, so what a transaction creates is one run of ids, kept as
/// a range; only changes to older elements go into a set. A bulk import of a million
/// nodes then costs no hashing at all.
struct ChangedIDs {
    /// The run of ids created by this transaction (empty until the first creation).
    private(set) var created: Range<Int64> = 0..<0
    /// Ids changed or deleted outside `created`.
    private(set) var others = Set<Int64>()

    /// The number of distinct ids.
    var count: Int { created.count + others.count }

    /// Records a newly created id.
    mutating func insertCreated(_ id: Int64) {
        if created.isEmpty {
            created = id..<(id + 1)
        } else if id == created.upperBound {
            created = created.lowerBound..<(id + 1)
        } else if !created.contains(id) {
            others.insert(id)
        }
    }

    /// Records a changed or deleted id.
    mutating func insert(_ id: Int64) {
        if !created.contains(id) { others.insert(id) }
    }

    /// Records changed or deleted ids.
    mutating func formUnion(_ ids: some Sequence<Int64>) {
        for id in ids { insert(id) }
    }

    /// Every id, ascending.
    func sorted() -> [Int64] {
        let older = others.sorted()
        if older.last.map({ $0 < created.lowerBound }) ?? true {
            return older + Array(created)
        }
        return (older + Array(created)).sorted()
    }
}
