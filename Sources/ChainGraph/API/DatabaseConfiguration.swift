/// How a ``GraphDatabase`` opens its file.
public struct DatabaseConfiguration: Sendable {
    /// How hard a commit waits for the disk (see ``SynchronousMode``).
    public typealias Synchronous = SynchronousMode

    /// Open without the write lock and refuse writes; other processes may write meanwhile,
    /// and reads see their commits.
    public var readOnly = false
    /// Durability of commits.
    public var synchronous: Synchronous = .full
    /// Whether the database keeps a graph image beside its file (`<file>-image`): saved
    /// when a writable database closes after commits, read at the next open instead of
    /// rebuilding the graph from the tables (for a million-node graph, well under a second
    /// instead of many). The image is only a cache of the file: it is used only when it
    /// carries this file's id and last commit and its checksum holds, and deleting it
    /// loses nothing. Set false to spare the disk space and the time saving it at close.
    public var usesGraphImage = true
    /// Which files statements may name (`EXPORT`, `IMPORT`, `COPY`): none by default, so an
    /// application that passes its users' queries to ``GraphDatabase/execute(_:parameters:options:)``
    /// does not hand them its file system. See ``FileAccess``.
    public var fileAccess: FileAccess = .none
    /// How long opening for writing waits for another writer to let go of the file before
    /// `StorageError (DatabaseLocked)`; nil (the default) fails at once.
    public var busyTimeout: Duration?
    /// How many pending changes an adjacency list gathers before it is merged into its
    /// CSR base (at least this many, and at least a quarter of the base). Tests lower it.
    var adjacencyCompactionFloor = 1024

    /// The defaults: read-write, commits durable against power loss, with a graph image, no
    /// file access for statements, no waiting for another writer.
    public init(readOnly: Bool = false, synchronous: Synchronous = .full, usesGraphImage: Bool = true,
                fileAccess: FileAccess = .none, busyTimeout: Duration? = nil) {
        self.readOnly = readOnly
        self.synchronous = synchronous
        self.usesGraphImage = usesGraphImage
        self.fileAccess = fileAccess
        self.busyTimeout = busyTimeout
    }
}
