import Foundation
import GRDB

/// The database file format: how a ChainGraph file is recognised, its version, and the
/// ordered migrations that bring an older file up to date.
///
/// A ChainGraph file is an SQLite database whose `application_id` is ``applicationID``
/// and whose `user_version` is the format version.
enum StorageFormat {
    /// `CGRF` in ASCII.
    static let applicationID: Int32 = 0x4347_5246
    /// The version this build writes.
    static var currentVersion: Int { migrations.count }

    /// A named step from one format version to the next.
    struct Migration: Sendable {
        let name: String
        let apply: @Sendable (Database) throws -> Void
    }

    /// Migration `i` takes a file from version `i` to version `i + 1`.
    static let migrations: [Migration] = [
        Migration(name: "v1: nodes, edges, metadata") { db in
            try db.execute(sql: """
                CREATE TABLE cg_meta (key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID;
                CREATE TABLE cg_node (
                    id INTEGER PRIMARY KEY,
                    labels BLOB NOT NULL,
                    properties BLOB NOT NULL,
                    source TEXT,
                    line INTEGER);
                CREATE TABLE cg_edge (
                    id INTEGER PRIMARY KEY,
                    type TEXT NOT NULL,
                    source_node INTEGER NOT NULL,
                    target_node INTEGER NOT NULL,
                    properties BLOB NOT NULL,
                    source TEXT,
                    line INTEGER);
                INSERT INTO cg_meta(key, value) VALUES ('next_node_id', 0), ('next_edge_id', 0), ('schema', NULL);
                """)
        },
        Migration(name: "v2: record checksums, row counts, summary checksum") { db in
            try db.execute(sql: """
                ALTER TABLE cg_node ADD COLUMN checksum INTEGER;
                ALTER TABLE cg_edge ADD COLUMN checksum INTEGER;
                """)
            db.add(function: nodeChecksumFunction)
            db.add(function: edgeChecksumFunction)
            try db.execute(sql: """
                UPDATE cg_node SET checksum = cg_node_checksum(id, labels, properties, source, line);
                UPDATE cg_edge SET checksum = cg_edge_checksum(id, type, source_node, target_node, properties, source, line);
                """)
            db.remove(function: nodeChecksumFunction)
            db.remove(function: edgeChecksumFunction)
            let counter = { (key: String) in
                try Int64.fetchOne(db, sql: "SELECT value FROM cg_meta WHERE key = ?", arguments: [key]) ?? 0
            }
            try StoredSummary(nextNodeID: try counter("next_node_id"), nextEdgeID: try counter("next_edge_id"),
                              nodeCount: try Int64.fetchOne(db, sql: "SELECT count(*) FROM cg_node") ?? 0,
                              edgeCount: try Int64.fetchOne(db, sql: "SELECT count(*) FROM cg_edge") ?? 0,
                              schema: try String.fetchOne(db, sql: "SELECT value FROM cg_meta WHERE key = 'schema'")).write(db)
        },
        Migration(name: "v3: database id and commit generation, for the graph image") { db in
            try db.execute(sql: "INSERT OR REPLACE INTO cg_meta(key, value) VALUES ('database_id', ?), ('generation', 0)",
                           arguments: [UUID().uuidString])
        },
        // The stored schema JSON may now carry `isSupplyFlow` on edge types. Nothing in an
        // older file changes; the version says that a build that would drop the flag when it
        // rewrote the schema must not open the file.
        Migration(name: "v4: edge types may be declared SUPPLY FLOW") { _ in },
        // The stored schema JSON may now carry `indexes` (property index definitions; the
        // indexes themselves are built at open). Nothing in an older file changes; a build
        // that would drop the definitions when it rewrote the schema must not open the file.
        Migration(name: "v5: property indexes declared in the schema") { _ in },
        // Property values may now be local times, times, local date-times, date-times and
        // durations (value tags 9–13 of ``ValueCodec``). Nothing in an older file changes; a
        // build that does not know the tags must not open a file that may hold them.
        Migration(name: "v6: temporal property values (times, date-times, durations)") { _ in },
        // The stored schema JSON may now carry `importedGraphs` (the graph-level <data> of
        // GraphML imports). Nothing in an older file changes; a build that would drop them
        // when it rewrote the schema must not open the file.
        Migration(name: "v7: graph-level data of GraphML imports kept in the schema") { _ in },
    ]

    // The v2 migration's SQL functions. A cell of the wrong type gets a NULL checksum, so
    // the damage it already was is reported at the next open instead of being blessed.

    private static let nodeChecksumFunction = DatabaseFunction("cg_node_checksum", argumentCount: 5, pure: true) { values in
        guard let id = Int64.fromDatabaseValue(values[0]), let labels = Data.fromDatabaseValue(values[1]),
              let properties = Data.fromDatabaseValue(values[2]) else { return nil }
        return RecordChecksum.node(id: id, labels: labels, properties: properties,
                                   source: String.fromDatabaseValue(values[3]), line: Int64.fromDatabaseValue(values[4]))
    }

    private static let edgeChecksumFunction = DatabaseFunction("cg_edge_checksum", argumentCount: 7, pure: true) { values in
        guard let id = Int64.fromDatabaseValue(values[0]), let type = String.fromDatabaseValue(values[1]),
              let from = Int64.fromDatabaseValue(values[2]), let to = Int64.fromDatabaseValue(values[3]),
              let properties = Data.fromDatabaseValue(values[4]) else { return nil }
        return RecordChecksum.edge(id: id, type: type, from: from, to: to, properties: properties,
                                   source: String.fromDatabaseValue(values[5]), line: Int64.fromDatabaseValue(values[6]))
    }
}
