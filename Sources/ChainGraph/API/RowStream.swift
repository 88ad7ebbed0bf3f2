/// The rows of a statement as an asynchronous sequence (see
/// ``GraphDatabase/stream(_:parameters:options:)``). Each iteration runs the statement
/// once, on a thread of its own.
public struct RowStream: AsyncSequence, Sendable {
    public typealias Element = ResultSet.Row

    /// Starts the statement, which sends its rows into the channel.
    private let start: @Sendable (RowChannel) -> Void

    init(start: @escaping @Sendable (RowChannel) -> Void) {
        self.start = start
    }

    /// Starts the statement and returns an iterator over its rows.
    public func makeAsyncIterator() -> Iterator {
        let channel = RowChannel(capacity: 256)
        start(channel)
        return Iterator(owner: Iterator.Owner(channel: channel))
    }

    /// Iterates a statement's rows; the statement stops when the iterator goes away.
    public struct Iterator: AsyncIteratorProtocol {
        /// Cancels the statement when the last copy of the iterator is gone.
        final class Owner: Sendable {
            let channel: RowChannel

            init(channel: RowChannel) {
                self.channel = channel
            }

            deinit { channel.cancel() }
        }

        let owner: Owner

        /// The next row, nil after the last.
        ///
        /// - Throws: the statement's error, or `CancellationError` when the task was cancelled.
        public mutating func next() async throws -> ResultSet.Row? {
            let channel = owner.channel
            return try await withTaskCancellationHandler {
                try await channel.receive()
            } onCancel: {
                channel.cancel()
            }
        }
    }
}
