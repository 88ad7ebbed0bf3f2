import Foundation

/// An embedded ChainGraph database: in memory, or a single durable file.
///
/// Reads run on an immutable snapshot of the last committed state and never wait for
/// a writer; writes are serialized, atomic, and durable once ``write(_:)`` returns.
///
/// ```swift
/// let db = GraphDatabase()                           // in memory
/// let file = try GraphDatabase(path: "chains.db")    // durable
///
/// try db.write { tx in
///     let acrylonitrile = try tx.createNode(labels: ["Material"], properties: ["name": "acrylonitrile"])
///     let filament = try tx.createNode(labels: ["Material"], properties: ["name": "polyacrylonitrile filament"])
///     try tx.createEdge("FEEDS", from: acrylonitrile, to: filament)
/// }
/// let materials = try db.read { graph in graph.nodeIDs(labeled: "Material").count }   // 2
/// ```
public final class GraphDatabase: Sendable {
    private let graphStore: GraphStore
    private let configuration: DatabaseConfiguration
    /// Where every statement runs.
    let runner: StatementRunner

    /// The file, or nil for an in-memory database.
    public var path: String? { graphStore.path }

    /// What opening the file noticed and set aside: schema objects (triggers, views, tables)
    /// that ChainGraph did not create, in a file opened read-only. Empty for most files.
    public var openWarnings: [String] { graphStore.warnings }

    /// How this database was opened.
    public var settings: DatabaseConfiguration { configuration }

    /// Opens an empty in-memory database. Nothing is written to disk.
    public convenience init() {
        self.init(inMemoryWith: DatabaseConfiguration())
    }

    /// Opens an empty in-memory database with `configuration` (its file settings are unused;
    /// its file-access policy governs the files statements may name).
    public convenience init(configuration: DatabaseConfiguration) {
        self.init(inMemoryWith: configuration)
    }

    /// Opens an empty in-memory database with `configuration` (its file settings are unused).
    init(inMemoryWith configuration: DatabaseConfiguration) {
        self.configuration = configuration
        graphStore = GraphStore(adjacencyCompactionFloor: configuration.adjacencyCompactionFloor)
        runner = StatementRunner(store: graphStore, fileAccess: configuration.fileAccess)
    }

    /// Opens the database file at `path`, creating it when missing.
    ///
    /// - Throws: `StorageError (NotAChainGraphDatabase)` for a file that is not ChainGraph's
    ///   (the file is left untouched), `StorageError (NewerFormat)` for a file from a newer
    ///   version, `StorageError (DatabaseLocked)` when another process or connection has it
    ///   open for writing, `StorageError (CorruptDatabase)` when its contents are inconsistent,
    ///   `StorageError (ForeignSchemaObject)` when opened for writing and the file holds
    ///   triggers, views or tables ChainGraph did not create (read-only, they are ignored and
    ///   listed in ``openWarnings``).
    public init(path: String, configuration: DatabaseConfiguration = DatabaseConfiguration()) throws {
        let store = try SQLiteStore(path: path, readOnly: configuration.readOnly, synchronous: configuration.synchronous,
                                    usesImage: configuration.usesGraphImage, busyTimeout: configuration.busyTimeout)
        graphStore = try GraphStore(durable: store, adjacencyCompactionFloor: configuration.adjacencyCompactionFloor)
        runner = StatementRunner(store: graphStore, fileAccess: configuration.fileAccess)
        self.configuration = configuration
    }

    /// Closes the database: saves the graph image when there were commits (see
    /// ``DatabaseConfiguration/usesGraphImage``), then releases the file and its write
    /// lock. Later calls throw `StorageError (DatabaseClosed)`. Closing twice does nothing.
    public func close() { graphStore.close() }

    /// The last committed state, as an immutable snapshot that stays valid and
    /// unchanged however long it is kept.
    public var snapshot: GraphSnapshot {
        get throws { GraphSnapshot(try graphStore.reader()) }
    }

    /// Runs `body` on a snapshot of the last committed state.
    public func read<T>(_ body: (GraphSnapshot) throws -> T) throws -> T {
        try body(try snapshot)
    }

    /// Runs `body` in a write transaction and commits what it did, atomically.
    ///
    /// When `body` throws, nothing it did is kept and the error is rethrown. Transactions
    /// run one at a time; readers meanwhile see the state before the transaction. Do not
    /// start a write from inside `body`.
    ///
    /// - Throws: whatever `body` throws, or `StorageError (WriteFailed)` when the commit
    ///   cannot be written (then nothing is kept either).
    @discardableResult
    public func write<T>(_ body: (WriteTransaction) throws -> T) throws -> T {
        try runner.write { writer in try body(WriteTransaction(writer)) }
    }
}
