/// How a ``GraphDatabase`` opens its file.
public struct DatabaseConfiguration: Sendable {
    /// How hard a commit waits for the disk (SQLite's `synchronous` setting in WAL mode).
    public enum Synchronous: String, Sendable {
        /// A commit survives power loss (the default).
        case full = "FULL"
        /// A commit survives a process crash; the last commits may be lost on power loss.
        case normal = "NORMAL"
        /// No waiting at all: for throwaway bulk loads only.
        case off = "OFF"
    }

    /// Open without the write lock and refuse writes; other processes may write meanwhile,
    /// and reads see their commits.
    public var readOnly = false
    /// Durability of commits.
    public var synchronous: Synchronous = .full
    /// How many pending changes an adjacency list gathers before it is merged into its
    /// CSR base (at least this many, and at least a quarter of the base). Tests lower it.
    var adjacencyCompactionFloor = 1024

    /// The defaults: read-write, commits durable against power loss.
    public init(readOnly: Bool = false, synchronous: Synchronous = .full) {
        self.readOnly = readOnly
        self.synchronous = synchronous
    }
}
