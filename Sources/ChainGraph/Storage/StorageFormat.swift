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
    ]
}
