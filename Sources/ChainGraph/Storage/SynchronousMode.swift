/// How hard a commit waits for the disk (SQLite's `synchronous` setting in WAL mode).
public enum SynchronousMode: String, Sendable {
    /// A commit survives power loss (the default).
    case full = "FULL"
    /// A commit survives a process crash; the last commits may be lost on power loss.
    case normal = "NORMAL"
    /// No waiting at all: for throwaway bulk loads only.
    case off = "OFF"
}
