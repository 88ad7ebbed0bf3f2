import Foundation

/// The limits of one statement's work outside the query executor — imports, exports, the
/// selection query of `EXPORT … FROM` — as ``QueryOptions`` sets them: time, memory growth,
/// cancellation and a row count. Checks are cheap: the clock and the memory are read every
/// 1,024 calls of ``check()``; ``checkNow()`` reads them at once (for waits).
final class OperationLimits: @unchecked Sendable {
    let options: QueryOptions
    let startedAt = ContinuousClock.now
    private let residentAtStart: Int?
    private var checks = 0
    /// Where the statement stands in its text, for the errors' position.
    let position: SourcePosition?
    /// Records counted against ``QueryOptions/maximumRows``.
    private(set) var rows = 0
    /// What the messages call the work ("statement", "query").
    private let subject: String
    /// Advice appended to the memory-limit message.
    private let memoryAdvice: String

    init(_ options: QueryOptions, at position: SourcePosition? = nil, subject: String = "statement", memoryAdvice: String = "") {
        self.options = options
        self.position = position
        self.subject = subject
        self.memoryAdvice = memoryAdvice
        residentAtStart = options.maximumMemory == nil ? nil : ResidentMemory.atStatementStart()
    }

    /// No limits at all (the Swift API's exports and imports without options).
    static var none: OperationLimits {
        OperationLimits(QueryOptions(maximumRows: .max, maximumMemory: nil))
    }

    /// The limits `options` asks for, or none.
    convenience init(_ options: QueryOptions?) {
        self.init(options ?? QueryOptions(maximumRows: .max, maximumMemory: nil))
    }

    /// Checks the limits every 1,024 calls.
    func check() throws {
        checks &+= 1
        guard checks & 0x3FF == 0 else { return }
        try checkNow()
    }

    /// Checks cancellation, the time limit and memory growth now; an error points at
    /// `position` (by default where the statement names its file).
    func checkNow(at position: @autoclosure () -> SourcePosition? = nil) throws {
        if options.cancellation?.isCancelled == true {
            throw failure(.cancelled, "the \(subject) was cancelled", at: position())
        }
        if let timeout = options.timeout, ContinuousClock.now - startedAt > timeout {
            throw failure(.timeout, "the \(subject) ran longer than its time limit of \(timeout)", at: position())
        }
        if let limit = options.maximumMemory, let start = residentAtStart, let now = ResidentMemory.current(), now - start > limit {
            throw failure(.memoryLimit, "the \(subject) grew the process by \(Self.megabytes(now - start)) MB, "
                          + "past its limit of \(Self.megabytes(limit)) MB" + memoryAdvice, at: position())
        }
    }

    /// Counts `count` more records (imported nodes and edges, selected rows); past
    /// ``QueryOptions/maximumRows`` the statement stops with `LimitExceeded (TooManyRows)`.
    func count(_ count: Int = 1) throws {
        rows += count
        if rows > options.maximumRows {
            throw failure(.tooManyRows, "the statement handled more than \(options.maximumRows) records; "
                          + "raise QueryOptions.maximumRows (--max-rows) to allow more")
        }
        try check()
    }

    /// The time left before the time limit, or nil for none.
    var remaining: Duration? {
        options.timeout.map { $0 - (ContinuousClock.now - startedAt) }
    }

    static func megabytes(_ bytes: Int) -> Int { (bytes + (1 << 19)) >> 20 }

    private func failure(_ code: ErrorCode, _ message: String, at override: SourcePosition? = nil) -> ChainGraphError {
        ChainGraphError(.limitExceeded, code, message, at: override ?? position, phase: .runtime)
    }
}
