/// Storage: what keeps the graph across runs. ``SQLiteStore`` is the implementation; the
/// in-memory graph (``GraphState``) is rebuilt from it at open and handed to it at every
/// commit, with the ids of what the commit changed.
protocol DurableStore: AnyObject, Sendable {
    /// The file.
    var path: String { get }
    /// Whether the file was opened read-only (then ``persist(_:dirtyNodes:dirtyEdges:schemaChanged:)`` is never called).
    var isReadOnly: Bool { get }
    /// What opening the file noticed and set aside.
    var warnings: [String] { get }

    /// The graph as last committed.
    func load() throws -> GraphState
    /// Whether another process has committed since the last ``load()`` (read-only stores).
    func hasChangedSinceLoad() throws -> Bool
    /// Writes the changed elements of `state` (and the schema when `schemaChanged`) durably,
    /// or throws and keeps the file as it was.
    func persist(_ state: GraphState, dirtyNodes: ChangedIDs, dirtyEdges: ChangedIDs, schemaChanged: Bool) throws
    /// Releases the file; `finalState`, when given, may be kept as a cache for the next open.
    func close(finalState: GraphState?)
}

extension SQLiteStore: DurableStore {}
