import CSQLiteSettings
import Foundation
import GRDB

/// Storage: the durable source of truth, an SQLite file in WAL mode reached through GRDB.
///
/// The store checks a file is a ChainGraph database before touching it, takes the
/// exclusive write lock, brings older formats up to date, loads the graph into a
/// ``GraphState`` at open, and writes each committed transaction's changes in one
/// SQLite transaction.
final class SQLiteStore: @unchecked Sendable {
    // The queue serializes all access to the connection; `lock` is only touched at open/close.
    private var queue: DatabaseQueue?
    private let lock: FileLock?
    let path: String
    let isReadOnly: Bool
    private var loadedDataVersion: Int = 0
    /// Whether the graph image is read at open and saved at close.
    let usesImage: Bool
    /// The database's image identity as of the last load or commit (nil: no image use).
    private var identity: GraphImage.Identity?
    /// The commit token of the image on disk known to match the tables (loaded or saved).
    private var imageGeneration: Int64?
    /// Whether the last ``load()`` read the graph image (not the tables).
    private(set) var loadedFromImage = false
    /// What the open noticed and set aside (schema objects ChainGraph did not create, in a
    /// file opened read-only).
    private(set) var warnings: [String] = []

    init(path: String, readOnly: Bool, synchronous: SynchronousMode, usesImage: Bool = true,
         busyTimeout: Duration? = nil) throws {
        self.path = path
        self.isReadOnly = readOnly
        self.usesImage = usesImage && GraphImage.isSupportedHost
        try SQLiteStore.checkHeader(path: path, mustExist: readOnly)
        lock = readOnly ? nil : try FileLock(path: path, wait: busyTimeout)
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = false
        configuration.label = "ChainGraph"
        // A file may come from anyone: no SQL function of the file's schema runs with side
        // effects, and nothing may write the schema table or shadow tables behind SQLite's back.
        configuration.prepareDatabase { db in
            _ = chaingraph_sqlite_enable_defensive(UnsafeMutableRawPointer(db.sqliteConnection))
            try db.execute(sql: "PRAGMA trusted_schema = OFF")
        }
        var warnings: [String] = []
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            self.queue = queue
            try queue.writeWithoutTransaction { db in
                try SQLiteStore.checkIdentity(db, path: path)
                let foreign = try SQLiteStore.foreignSchemaObjects(db)
                if !foreign.isEmpty {
                    let listed = foreign.map { "\($0.type) '\($0.name)'" }.joined(separator: ", ")
                    guard readOnly else {
                        throw ChainGraphError.storage(.foreignSchemaObject,
                            "\(path) holds \(listed) that ChainGraph did not create; a trigger would run inside ChainGraph's "
                            + "commits, so the file is not opened for writing (it was left untouched; open it read-only to read it)")
                    }
                    warnings.append("\(path) holds \(listed) that ChainGraph did not create; read-only, they are ignored")
                }
                if !readOnly {
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                    try db.execute(sql: "PRAGMA synchronous = \(synchronous.rawValue)")
                    try SQLiteStore.migrate(db)
                } else if try Int.fetchOne(db, sql: "PRAGMA user_version") != StorageFormat.currentVersion {
                    throw ChainGraphError.storage(.needsUpgrade,
                        "\(path) uses an older format; open it once for writing to upgrade it")
                }
            }
        } catch let error as DatabaseError {
            close()
            throw SQLiteStore.storageError(error, code: .cannotOpen, path: path)
        } catch {
            close()
            throw error
        }
        self.warnings = warnings
    }

    /// The tables ChainGraph's migrations create; their automatic indexes and SQLite's own
    /// `sqlite_` objects are expected too.
    private static let ownTables: Set<String> = ["cg_meta", "cg_node", "cg_edge"]

    /// The triggers, views, tables and indexes of the file that ChainGraph did not create.
    private static func foreignSchemaObjects(_ db: Database) throws -> [(type: String, name: String)] {
        try GRDB.Row.fetchAll(db, sql: "SELECT type, name, tbl_name FROM sqlite_master ORDER BY type, name").compactMap { row in
            let type: String = row[0], name: String = row[1], table: String = row[2]
            if name.hasPrefix("sqlite_") && (type != "index" || ownTables.contains(table) || table.hasPrefix("sqlite_")) {
                return nil
            }
            if type == "table" && ownTables.contains(name) { return nil }
            return (type, name)
        }
    }

    /// An SQLite error as ChainGraph's: a full disk says so (`StorageError (DiskFull)`).
    static func storageError(_ error: DatabaseError, code: ErrorCode, path: String, suffix: String = "") -> ChainGraphError {
        if error.resultCode == .SQLITE_FULL {
            return ChainGraphError.storage(.diskFull, "\(path): disk full\(suffix)")
        }
        return ChainGraphError.storage(code, "\(path): \(error.message ?? "\(error)")\(suffix)")
    }

    /// Refuses a path that is not a regular file (a FIFO, a device, a directory), and a file
    /// that exists, is not empty, and is not an SQLite database, without writing to it.
    private static func checkHeader(path: String, mustExist: Bool) throws {
        var status = stat()
        if stat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFREG {
            let what = status.st_mode & S_IFMT == S_IFDIR ? "a directory" : status.st_mode & S_IFMT == S_IFIFO ? "a FIFO" : "a device"
            throw ChainGraphError(.ioError, .notARegularFile, "\(path) is \(what), not a database file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if mustExist || FileManager.default.fileExists(atPath: path) {
                throw ChainGraphError(.ioError, .cannotOpen, "cannot read \(path)")
            }
            return
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        guard header.isEmpty || header == Data("SQLite format 3\0".utf8) else {
            throw ChainGraphError.storage(.notAChainGraphDatabase,
                "\(path) is not a ChainGraph database (it is not an SQLite file); it was left untouched")
        }
    }

    /// Refuses an SQLite file that belongs to another application or to a newer ChainGraph.
    private static func checkIdentity(_ db: Database, path: String) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if applicationID == 0 {
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            guard tables == 0 else {
                throw ChainGraphError.storage(.notAChainGraphDatabase,
                    "\(path) is an SQLite database of another application; it was left untouched")
            }
        } else if applicationID != StorageFormat.applicationID {
            throw ChainGraphError.storage(.notAChainGraphDatabase,
                "\(path) is an SQLite database of another application (application_id \(applicationID)); it was left untouched")
        }
        if version < 0 {
            throw ChainGraphError.storage(.corruptDatabase, "\(path) has a damaged header (format version \(version)); it was left untouched")
        }
        if version > StorageFormat.currentVersion {
            throw ChainGraphError.storage(.newerFormat,
                "\(path) has format version \(version); this build of ChainGraph reads up to \(StorageFormat.currentVersion). Upgrade ChainGraph to open it")
        }
    }

    private static func migrate(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        guard version < StorageFormat.currentVersion else { return }
        try db.inTransaction {
            for migration in StorageFormat.migrations[version...] { try migration.apply(db) }
            try db.execute(sql: "PRAGMA application_id = \(StorageFormat.applicationID)")
            try db.execute(sql: "PRAGMA user_version = \(StorageFormat.currentVersion)")
            return .commit
        }
    }

    /// Closes the connection and releases the write lock. A writable store given its
    /// `finalState` first saves it as the graph image when the image on disk is not
    /// already of the last commit; failing to save only costs the next open its speed.
    func close(finalState: GraphState? = nil) {
        if let finalState, queue != nil, !isReadOnly, usesImage, let identity, imageGeneration != identity.generation {
            saveImage(finalState, identity)
        }
        if let queue { try? queue.close() }
        queue = nil
        lock?.release()
    }

    private func saveImage(_ state: GraphState, _ identity: GraphImage.Identity) {
        let imagePath = GraphImage.path(for: path)
        do {
            let payload = try GraphImageWriter(state: state, databaseID: identity.databaseID).payload()
            try GraphImage.write(payload, generation: identity.generation, to: imagePath)
            imageGeneration = identity.generation
        } catch {
            GraphImage.remove(at: imagePath)
        }
    }

    private func connection() throws -> DatabaseQueue {
        guard let queue else { throw ChainGraphError.storage(.databaseClosed, "the database \(path) is closed") }
        return queue
    }

    /// Reads the whole graph, in one read transaction (a consistent snapshot of the file):
    /// from the graph image when it is of this database's last commit, else from the tables.
    func load() throws -> GraphState {
        do {
            return try connection().read { db in
                loadedDataVersion = try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
                identity = usesImage ? try StoredSummary.imageIdentity(db) : nil
                loadedFromImage = false
                if let identity, let state = try loadImage(db, identity) {
                    loadedFromImage = true
                    imageGeneration = identity.generation
                    return state
                }
                return try GraphStateLoader.load(from: db)
            }
        } catch let error as DatabaseError {
            throw ChainGraphError.storage(.cannotRead, "\(path): \(error.message ?? "\(error)")")
        }
    }

    /// The graph from the image when there is one for `identity` that decodes cleanly;
    /// nil (load from the tables) otherwise.
    private func loadImage(_ db: Database, _ identity: GraphImage.Identity) throws -> GraphState? {
        guard let payload = GraphImage.readPayload(at: GraphImage.path(for: path), generation: identity.generation) else {
            return nil
        }
        let summary = try StoredSummary.read(db, countingRows: false)
        let counters = GraphImageReader.Counters(nextNodeID: summary.nextNodeID, nextEdgeID: summary.nextEdgeID,
                                                 nodeCount: summary.nodeCount, edgeCount: summary.edgeCount)
        return try? GraphImageReader(payload: payload).decode(databaseID: identity.databaseID, counters: counters)
    }

    /// The value of an integer `PRAGMA` on the store's connection (diagnostics and tests).
    func pragmaValue(_ name: String) throws -> Int? {
        try connection().read { db in try Int.fetchOne(db, sql: "PRAGMA \(name)") }
    }

    /// Whether another connection has committed to the file since the last ``load()``.
    func hasChangedSinceLoad() throws -> Bool {
        try connection().read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 } != loadedDataVersion
    }

    /// Writes the net effect of one transaction: every dirty node and edge as it now is in
    /// `state` (or its deletion), the id counters, and the schema when it changed.
    func persist(_ state: GraphState, dirtyNodes: ChangedIDs, dirtyEdges: ChangedIDs, schemaChanged: Bool) throws {
        guard !isReadOnly else {
            throw ChainGraphError.storage(.readOnly, "\(path) was opened read-only")
        }
        let token = GraphImage.newCommitToken()
        do {
            try connection().write { db in
                try GraphStateWriter(db: db, state: state).write(nodes: dirtyNodes.sorted(), edges: dirtyEdges.sorted(),
                                                                 schemaChanged: schemaChanged, commitToken: token)
            }
            identity?.generation = token
        } catch let error as DatabaseError {
            throw SQLiteStore.storageError(error, code: .writeFailed, path: path, suffix: "; nothing was written")
        }
    }
}
