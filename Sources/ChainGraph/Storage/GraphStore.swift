import Foundation

/// Storage: the published graph and its durable store — one committed version that
/// readers take as a ``GraphReader``, and the one writer at a time that makes the next.
///
/// A write runs on a ``GraphWriter`` over a copy of the published version; when it
/// succeeds, the store persists what it changed and the new version is published in one
/// step. When it fails, the copy is dropped: readers never see a part of a write.
final class GraphStore: Sendable {
    private let durable: (any DurableStore)?
    private let published: Locked<GraphState>
    private let writerLock = NSLock()
    private let closed = Locked(false)
    /// How many pending changes an adjacency list gathers before it is compacted.
    private let adjacencyCompactionFloor: Int

    /// An empty graph in memory.
    init(adjacencyCompactionFloor: Int) {
        durable = nil
        published = Locked(GraphState())
        self.adjacencyCompactionFloor = adjacencyCompactionFloor
    }

    /// The graph `durable` holds, loaded now; the store is closed when loading fails.
    init(durable: any DurableStore, adjacencyCompactionFloor: Int) throws {
        do {
            published = Locked(try GraphStore.load(durable))
        } catch {
            durable.close(finalState: nil)
            throw error
        }
        self.durable = durable
        self.adjacencyCompactionFloor = adjacencyCompactionFloor
    }

    deinit { if !closed.value { durable?.close(finalState: published.value) } }

    /// The graph `durable` holds, with its property indexes built.
    private static func load(_ durable: any DurableStore) throws -> GraphState {
        var state = try durable.load()
        state.rebuildPropertyIndexes()
        return state
    }

    /// The file, or nil in memory.
    var path: String? { durable?.path }
    /// What opening the file set aside.
    var warnings: [String] { durable?.warnings ?? [] }

    /// The last committed version (reloaded first when the file is read-only and another
    /// process has committed since).
    ///
    /// - Throws: `StorageError (DatabaseClosed)`.
    func reader() throws -> GraphReader {
        try checkOpen()
        if let durable, durable.isReadOnly, try durable.hasChangedSinceLoad() {
            published.value = try GraphStore.load(durable)
        }
        return GraphReader(published.value)
    }

    /// Runs `body` with a writer over the last committed version, then persists and
    /// publishes what it did; returns the result and how many elements it created or changed.
    ///
    /// - Throws: what `body` throws, `StorageError (ReadOnly | DatabaseClosed | WriteFailed)`.
    @discardableResult
    func write<T>(_ body: (GraphWriter) throws -> T) throws -> (result: T, changed: Int) {
        writerLock.lock()
        defer { writerLock.unlock() }
        try checkOpen()
        if let durable, durable.isReadOnly {
            throw ChainGraphError.storage(.readOnly, "\(durable.path) was opened read-only")
        }
        let writer = GraphWriter(state: published.value)
        defer { writer.end() }
        let result = try body(writer)
        var state = writer.finishedState
        state.compactAdjacency(floor: adjacencyCompactionFloor)
        try durable?.persist(state, dirtyNodes: writer.dirtyNodes, dirtyEdges: writer.dirtyEdges,
                             schemaChanged: writer.schemaChanged)
        published.value = state
        return (result, writer.dirtyNodes.count + writer.dirtyEdges.count)
    }

    /// Closes the store (saving its cache of the graph), after any running write. Later
    /// calls throw `StorageError (DatabaseClosed)`; closing twice does nothing.
    func close() {
        writerLock.lock()
        defer { writerLock.unlock() }
        if closed.value { return }
        closed.value = true
        durable?.close(finalState: published.value)
    }

    private func checkOpen() throws {
        if closed.value {
            throw ChainGraphError.storage(.databaseClosed, "the database \(path ?? "(in memory)") is closed")
        }
    }
}
