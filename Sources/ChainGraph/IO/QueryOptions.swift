import Foundation

/// Limits and controls for one query.
public struct QueryOptions: Sendable {
    /// The most rows any stage of the query may hold; past it the query stops with
    /// `LimitExceeded (TooManyRows)` and changes nothing.
    public var maximumRows: Int
    /// How long the query may run before it stops with `LimitExceeded (Timeout)`.
    public var timeout: Duration?
    /// A handle another thread can use to stop the query.
    public var cancellation: CancellationHandle?
    /// How many relationships a variable-length pattern without an upper bound (`*`, `*2..`)
    /// may walk; a longer trail stops the query with `LimitExceeded (PathTooLong)`.
    public var maximumPathLength: Int
    /// How many bytes the process's resident memory may grow while the query runs, or nil for
    /// no limit; past it the query stops with `LimitExceeded (MemoryLimit)` and changes nothing.
    /// A single value that alone would be larger (a string or list being built) is refused
    /// before it is allocated. Growth is measured every 1,024 steps of the query, for the
    /// whole process: other threads' allocations during the query count too.
    public var maximumMemory: Int?
    /// How many backtracking states one regular-expression match (`=~`) may save before it
    /// stops with `LimitExceeded (RegexTooComplex)` (checked every 10,000; the default of
    /// 100,000,000 is a few seconds of catastrophic backtracking).
    public var maximumRegexBacktracking: Int

    /// A quarter of the machine's physical memory, and at least 1 GiB.
    public static let defaultMaximumMemory = max(1 << 30, Int(clamping: ProcessInfo.processInfo.physicalMemory / 4))

    /// Options with a 10,000,000-row limit, unbounded patterns capped at 100 hops, memory
    /// growth capped at ``defaultMaximumMemory``, and no time limit.
    public init(maximumRows: Int = 10_000_000, timeout: Duration? = nil, cancellation: CancellationHandle? = nil,
                maximumPathLength: Int = 100, maximumMemory: Int? = QueryOptions.defaultMaximumMemory,
                maximumRegexBacktracking: Int = 100_000_000) {
        self.maximumRows = maximumRows
        self.timeout = timeout
        self.cancellation = cancellation
        self.maximumPathLength = maximumPathLength
        self.maximumMemory = maximumMemory
        self.maximumRegexBacktracking = maximumRegexBacktracking
    }
}

/// Cancels a running query from another thread: the query stops at its next check with
/// `LimitExceeded (Cancelled)` and its transaction is rolled back.
public final class CancellationHandle: Sendable {
    private let flag = Locked(false)
    /// A handle whose cancellation cancels this one too.
    private let parent: CancellationHandle?

    /// A handle that has not been cancelled.
    public init() {
        parent = nil
    }

    /// A handle that is cancelled when it is, or when `parent` is.
    init(linkedTo parent: CancellationHandle?) {
        self.parent = parent
    }

    /// Asks the query to stop.
    public func cancel() { flag.value = true }

    /// Whether ``cancel()`` was called (on this handle or the one it is linked to).
    public var isCancelled: Bool { flag.value || parent?.isCancelled == true }
}
