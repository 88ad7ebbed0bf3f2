import Foundation

/// Parsed statements by their text, so that a query run again skips the lexer and parser.
///
/// Parsing depends on nothing but the text, so a cached statement is exactly what parsing
/// again would give; binding and planning, which depend on the schema and the data, still
/// run every time. Bounded: texts over 4 KiB (scripts, bulk `CREATE`s) are not kept, and
/// when full the cache starts over.
final class StatementCache: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String: Statement] = [:]
    private let capacity: Int
    private static let longestCachedText = 4096

    init(capacity: Int = 256) {
        self.capacity = capacity
    }

    /// The number of texts kept.
    var count: Int { lock.withLock { statements.count } }

    /// The statement `text` parses to, from the cache or parsed now (errors are not cached).
    func statement(for text: String) throws -> Statement {
        if let cached = lock.withLock({ statements[text] }) { return cached }
        let statement = try Parser.parseStatement(text)
        guard text.utf8.count <= Self.longestCachedText else { return statement }
        lock.withLock {
            if statements.count >= capacity { statements.removeAll(keepingCapacity: true) }
            statements[text] = statement
        }
        return statement
    }
}
