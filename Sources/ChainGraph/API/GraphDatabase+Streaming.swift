import Foundation

extension GraphDatabase {
    /// Runs one statement and hands each row to `body` as the query produces it, without
    /// gathering the result: memory stays flat however many rows there are, and the first
    /// row arrives before the last is found. Rows of a statement that writes arrive after
    /// it has committed.
    ///
    /// ```swift
    /// var names: [String] = []
    /// try db.execute("UNWIND ['PAN', 'carbon fiber'] AS name RETURN name") { row in
    ///     names.append(try row.decode(String.self))
    /// }
    /// names // ["PAN", "carbon fiber"]
    /// ```
    ///
    /// Throwing from `body` stops the statement (a statement that only reads stops where
    /// it is) and the error comes out of this call. Rows are not counted against
    /// ``QueryOptions/maximumRows``; rows held by sorting and aggregation are.
    ///
    /// - Throws: what ``execute(_:parameters:options:)`` throws, and what `body` throws.
    @discardableResult
    public func execute(_ query: String, parameters: [String: Value] = [:], options: QueryOptions = QueryOptions(),
                        forEachRow body: (ResultSet.Row) throws -> Void) throws -> QuerySummary {
        try withoutActuallyEscaping(body) { body in
            var columns: [String] = []
            let receiver = RowReceiver(start: { columns = $0 }, receive: { try body(ResultSet.Row(columns: columns, values: $0)) })
            let result = try runner.execute(query, parameters: parameters, options: options, receiver: receiver)
            return QuerySummary(columns: result.columns, plan: result.plan, notices: result.notices)
        }
    }

    /// Runs one statement on a thread of its own and returns its rows as an asynchronous
    /// sequence, produced as the consumer asks for them (a few hundred rows ahead at most).
    ///
    /// ```swift
    /// for try await row in db.stream("MATCH (m:Material) RETURN m.name AS name") {
    ///     print(row["name"])
    /// }
    /// ```
    ///
    /// Cancelling the task that iterates, or leaving the loop early, stops the statement at
    /// its next check (a statement that writes rolls back if it has not committed yet: its
    /// rows come only after the commit); iteration then throws `CancellationError`. An error
    /// of the statement is thrown where the loop reaches it.
    public func stream(_ query: String, parameters: [String: Value] = [:],
                       options: QueryOptions = QueryOptions()) -> RowStream {
        let runner = self.runner
        return RowStream { channel in
            let options = {
                var linked = options
                linked.cancellation = CancellationHandle(linkedTo: options.cancellation)
                return linked
            }()
            channel.cancellation = options.cancellation
            let producer = Thread {
                var columns: [String] = []
                do {
                    let receiver = RowReceiver(start: { columns = $0 },
                                               receive: { try channel.send(ResultSet.Row(columns: columns, values: $0)) })
                    _ = try runner.execute(query, parameters: parameters, options: options, receiver: receiver)
                    channel.finish(throwing: nil)
                } catch {
                    channel.finish(throwing: error)
                }
            }
            producer.stackSize = 16 << 20
            producer.start()
        }
    }
}
