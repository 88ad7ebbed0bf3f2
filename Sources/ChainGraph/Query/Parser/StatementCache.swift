import Foundation

/// Parsed statements by their text, so that a query run again skips the lexer, the parser
/// and — while the schema stays the same — the binder.
///
/// Parsing depends on nothing but the text, so a cached statement is exactly what parsing
/// again would give. Binding depends on the text and the schema only (not on parameters or
/// data), so a statement bound once without error against a schema is not bound again
/// against an equal one; any schema change binds it afresh. Planning, too, depends on the
/// text and the schema only (its choices read the declared primary keys and indexes, not
/// the data), so the plan is kept beside the statement for an equal schema; running
/// happens every time. Bounded: texts over 4 KiB (scripts, bulk `CREATE`s) are not kept,
/// and when full the cache starts over.
final class StatementCache: @unchecked Sendable {
    /// A statement with its source text, as the executor needs them.
    struct Prepared {
        /// The parsed statement.
        let statement: ParsedStatement
        /// The text as scalars with line starts, for positions.
        let source: SourceText
    }

    private struct Entry {
        let prepared: Prepared
        /// The schema the statement last bound against without error.
        var boundAgainst: GraphSchema?
        /// The statement's plan and the schema it was made for.
        var plan: (schema: GraphSchema, plan: LogicalPlan)?
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private let capacity: Int
    private static let longestCachedText = 4096

    init(capacity: Int = 256) {
        self.capacity = capacity
    }

    /// The number of texts kept.
    var count: Int { lock.withLock { entries.count } }

    /// The statement `text` parses to, from the cache or parsed now (errors are not cached).
    func statement(for text: String) throws -> ParsedStatement {
        try prepared(text).statement
    }

    /// The statement and source of `text`, from the cache or parsed now.
    func prepared(_ text: String) throws -> Prepared {
        if let cached = lock.withLock({ entries[text] }) { return cached.prepared }
        let prepared = Prepared(statement: try Parser.parseStatement(text), source: SourceText(text))
        guard text.utf8.count <= Self.longestCachedText else { return prepared }
        lock.withLock {
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[text] = Entry(prepared: prepared)
        }
        return prepared
    }

    /// Whether the statement of `text` has bound without error against `schema`.
    func wasBound(_ text: String, against schema: GraphSchema) -> Bool {
        lock.withLock { entries[text]?.boundAgainst == schema }
    }

    /// The plan kept for the statement of `text`, when it was made for `schema`.
    func plan(_ text: String, against schema: GraphSchema) -> LogicalPlan? {
        lock.withLock {
            guard let kept = entries[text]?.plan, kept.schema == schema else { return nil }
            return kept.plan
        }
    }

    /// Keeps `plan`, made for `schema`, for the statement of `text`.
    func rememberPlan(_ text: String, _ plan: LogicalPlan, against schema: GraphSchema) {
        lock.withLock { entries[text]?.plan = (schema, plan) }
    }

    /// Records that the statement of `text` bound without error against `schema`.
    func rememberBound(_ text: String, against schema: GraphSchema) {
        lock.withLock { entries[text]?.boundAgainst = schema }
    }
}
