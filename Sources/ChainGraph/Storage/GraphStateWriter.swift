import Foundation
import GRDB
import GRDBSQLite

/// Writes the net changes of one transaction into the tables, inside the SQLite
/// transaction the caller opened: each changed row with its ``RecordChecksum``, then the
/// summary (id counters, row counts, schema) and its checksum, and the commit token.
struct GraphStateWriter {
    let db: Database
    let state: GraphState

    /// Writes the rows, and `commitToken` as the file's `generation` (see ``GraphImage``).
    func write(nodes: [Int64], edges: [Int64], schemaChanged: Bool, commitToken: Int64) throws {
        let upsertNode = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO cg_node(id, labels, properties, source, line, checksum) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let deleteNode = try db.cachedStatement(sql: "DELETE FROM cg_node WHERE id = ?")
        for id in nodes {
            if let record = state.nodeRecord(id) {
                let labels = ValueCodec.encode(labels: state.labelNames(record))
                let properties = ValueCodec.encode(record.properties.entries(state.propertyKeys))
                let (source, line) = (record.provenance.source, record.provenance.line)
                let checksum = RecordChecksum.node(id: id, labels: labels, properties: properties, source: source, line: line)
                try step(upsertNode) { row in
                    row.bind(1, id)
                    row.bind(2, labels)
                    row.bind(3, properties)
                    row.bind(4, source)
                    row.bind(5, line)
                    row.bind(6, checksum)
                }
            } else {
                try deleteNode.execute(arguments: [id])
            }
        }

        let upsertEdge = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO cg_edge(id, type, source_node, target_node, properties, source, line, checksum)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let deleteEdge = try db.cachedStatement(sql: "DELETE FROM cg_edge WHERE id = ?")
        for id in edges {
            if let record = state.edgeRecord(id) {
                let type = state.edgeTypes.name(of: record.type)
                let properties = ValueCodec.encode(record.properties.entries(state.propertyKeys))
                let (source, line) = (record.provenance.source, record.provenance.line)
                let checksum = RecordChecksum.edge(id: id, type: type, from: record.from, to: record.to, properties: properties,
                                                   source: source, line: line)
                try step(upsertEdge) { row in
                    row.bind(1, id)
                    row.bind(2, type)
                    row.bind(3, record.from)
                    row.bind(4, record.to)
                    row.bind(5, properties)
                    row.bind(6, source)
                    row.bind(7, line)
                    row.bind(8, checksum)
                }
            } else {
                try deleteEdge.execute(arguments: [id])
            }
        }

        let setMeta = try db.cachedStatement(sql: "INSERT OR REPLACE INTO cg_meta(key, value) VALUES (?, ?)")
        if schemaChanged {
            let json = String(decoding: try JSONEncoder().encode(state.schema), as: UTF8.self)
            try setMeta.execute(arguments: ["schema", state.schema.isEmpty ? nil : json])
        }
        // Every commit replaces the token, so a graph image saved before it is stale — also one
        // saved on another timeline of this file (a backup restored under a newer image).
        try db.execute(sql: "UPDATE cg_meta SET value = ? WHERE key = 'generation'", arguments: [commitToken])
        let schema = try String.fetchOne(db, sql: "SELECT value FROM cg_meta WHERE key = 'schema'")
        try StoredSummary(nextNodeID: state.nextNodeID, nextEdgeID: state.nextEdgeID, nodeCount: Int64(state.nodeCount),
                          edgeCount: Int64(state.edgeCount), schema: schema).write(db)
    }

    /// Runs a cached insert once with the values `bind` sets, binding them straight through
    /// SQLite's C API: for a million rows GRDB's `StatementArguments` (an array of boxed
    /// values per row) cost more than SQLite's own work.
    private func step(_ statement: GRDB.Statement, _ bind: (SQLiteRowBinding) -> Void) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        let binding = SQLiteRowBinding(statement: handle)
        bind(binding)
        let code = binding.failure == SQLITE_OK ? sqlite3_step(handle) : binding.failure
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
    }
}

/// Binds one row's values to a prepared statement (text and blobs copied by SQLite), and
/// keeps the first failure (a value over SQLite's length limit, say).
final class SQLiteRowBinding {
    let statement: OpaquePointer
    private(set) var failure: Int32 = SQLITE_OK

    init(statement: OpaquePointer) { self.statement = statement }

    /// SQLite's "copy the bytes now" destructor.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func check(_ code: Int32) {
        if code != SQLITE_OK && failure == SQLITE_OK { failure = code }
    }

    func bind(_ index: Int32, _ value: Int64) { check(sqlite3_bind_int64(statement, index, value)) }

    func bind(_ index: Int32, _ value: Int64?) {
        check(value.map { sqlite3_bind_int64(statement, index, $0) } ?? sqlite3_bind_null(statement, index))
    }

    func bind(_ index: Int32, _ value: String?) {
        guard var value else { return check(sqlite3_bind_null(statement, index)) }
        check(value.withUTF8 { text in
            // An empty string is still text (not null): SQLite needs a non-null pointer for it.
            let start = UnsafeRawPointer(text.baseAddress ?? ("" as StaticString).utf8Start)
            return sqlite3_bind_text(statement, index, start.assumingMemoryBound(to: CChar.self), Int32(text.count), Self.transient)
        })
    }

    func bind(_ index: Int32, _ value: Data) {
        check(value.withUnsafeBytes { bytes in
            // A zero-length blob is still a blob (not null): SQLite needs a non-null pointer for it.
            sqlite3_bind_blob(statement, index, bytes.baseAddress ?? UnsafeRawPointer(("" as StaticString).utf8Start),
                              Int32(bytes.count), Self.transient)
        })
    }
}
