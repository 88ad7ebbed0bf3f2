/// Executor: the rows a DISTINCT projection has let through, compared as Cypher's
/// DISTINCT compares them (``EquivalenceKey``).
///
/// A row of one column is kept without an array of keys per row, and one column of nodes
/// as node ids — `WITH DISTINCT x` after a closure is the common case, where an array of
/// keys per row cost an allocation and a hash of the array for every reached node.
struct DistinctRows {
    private var nodeIDs = Set<Int64>()
    private var singles = Set<EquivalenceKey>()
    private var tuples = Set<[EquivalenceKey]>()
    /// How many distinct rows have been added.
    private(set) var count = 0

    /// Adds the row made of `row`'s values of `columns`; false when an equivalent row was
    /// added before.
    mutating func insert(_ columns: [String], of row: Bindings) -> Bool {
        let inserted: Bool
        if columns.count == 1 {
            let value = row[columns[0]] ?? .null
            if case .node(let node) = value {
                // Nodes are equivalent exactly when their ids are equal, and never to another kind of value.
                inserted = nodeIDs.insert(node.id.rawValue).inserted
            } else {
                inserted = singles.insert(EquivalenceKey(value: value)).inserted
            }
        } else {
            inserted = tuples.insert(columns.map { EquivalenceKey(value: row[$0] ?? .null) }).inserted
        }
        if inserted { count += 1 }
        return inserted
    }
}
