import GRDB

/// The summary rows of a ChainGraph file (`cg_meta`): the id counters, the number of node
/// and edge rows, and a ``RecordChecksum`` over them and the stored schema.
///
/// The row counts let the loader notice rows that vanished (a damaged table page SQLite
/// does not flag); the checksum covers the counters and the schema text, which no
/// record checksum does.
struct StoredSummary: Equatable {
    var nextNodeID: Int64
    var nextEdgeID: Int64
    var nodeCount: Int64
    var edgeCount: Int64
    var schema: String?

    var checksum: Int64 {
        RecordChecksum.summary(nextNodeID: nextNodeID, nextEdgeID: nextEdgeID, nodeCount: nodeCount,
                               edgeCount: edgeCount, schema: schema)
    }

    /// The database's graph-image identity (`database_id`, `generation`); nil in a file
    /// without them or with damaged ones, which then never uses an image.
    static func imageIdentity(_ db: Database) throws -> GraphImage.Identity? {
        let rows = try GRDB.Row.fetchAll(db, sql: "SELECT key, value FROM cg_meta WHERE key IN ('database_id', 'generation')")
        var databaseID: String?, generation: Int64?
        for row in rows {
            let value = row[1] as DatabaseValue
            if row[0] as String? == "database_id" { databaseID = String.fromDatabaseValue(value) }
            else { generation = Int64.fromDatabaseValue(value) }
        }
        guard let databaseID, let generation else { return nil }
        return GraphImage.Identity(databaseID: databaseID, generation: generation)
    }

    /// Writes the summary rows and their checksum (inside the caller's transaction).
    func write(_ db: Database) throws {
        let setMeta = try db.cachedStatement(sql: "INSERT OR REPLACE INTO cg_meta(key, value) VALUES (?, ?)")
        try setMeta.execute(arguments: ["next_node_id", nextNodeID])
        try setMeta.execute(arguments: ["next_edge_id", nextEdgeID])
        try setMeta.execute(arguments: ["node_count", nodeCount])
        try setMeta.execute(arguments: ["edge_count", edgeCount])
        try setMeta.execute(arguments: ["summary_checksum", checksum])
    }

    /// Reads the summary rows and checks them against their checksum and (unless
    /// `countingRows` is false: counting scans both tables) the tables' row counts;
    /// damage is a `StorageError (CorruptDatabase)`.
    static func read(_ db: Database, countingRows: Bool = true) throws -> StoredSummary {
        func integer(_ key: String) throws -> Int64 {
            let stored = try DatabaseValue.fetchOne(db, sql: "SELECT value FROM cg_meta WHERE key = ?", arguments: [key]) ?? .null
            guard let value = Int64.fromDatabaseValue(stored) else {
                throw GraphStateLoader.corrupt("the summary entry \(key) is missing or not an integer")
            }
            return value
        }
        let schemaValue = try DatabaseValue.fetchOne(db, sql: "SELECT value FROM cg_meta WHERE key = 'schema'") ?? .null
        guard schemaValue.isNull || String.fromDatabaseValue(schemaValue) != nil else {
            throw GraphStateLoader.corrupt("the stored schema is not text")
        }
        let summary = StoredSummary(nextNodeID: try integer("next_node_id"), nextEdgeID: try integer("next_edge_id"),
                                    nodeCount: try integer("node_count"), edgeCount: try integer("edge_count"),
                                    schema: String.fromDatabaseValue(schemaValue))
        guard try integer("summary_checksum") == summary.checksum else {
            throw GraphStateLoader.corrupt("the summary (id counters, row counts, schema) does not match its checksum")
        }
        guard countingRows else { return summary }
        let nodeRows = try Int64.fetchOne(db, sql: "SELECT count(*) FROM cg_node") ?? 0
        let edgeRows = try Int64.fetchOne(db, sql: "SELECT count(*) FROM cg_edge") ?? 0
        guard nodeRows == summary.nodeCount, edgeRows == summary.edgeCount else {
            throw GraphStateLoader.corrupt("the file holds \(nodeRows) node and \(edgeRows) edge rows; "
                + "\(summary.nodeCount) and \(summary.edgeCount) were committed")
        }
        return summary
    }
}
