import Foundation

/// Hands rows from the thread that runs a statement to the task that iterates a
/// ``RowStream``, holding at most `capacity` rows: the producer waits while the buffer is
/// full, the consumer while it is empty. Cancelling wakes both and stops the statement.
final class RowChannel: @unchecked Sendable {
    private let capacity: Int
    private let condition = NSCondition()
    private var buffer: [ResultSet.Row] = []
    private var head = 0
    private var finished = false
    private var failure: Error?
    private var cancelled = false
    private var waiter: CheckedContinuation<ResultSet.Row?, Error>?
    /// The statement's cancellation handle, cancelled with the channel.
    var cancellation: CancellationHandle?

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Thrown to the statement when nobody wants its rows any more.
    struct ConsumerGone: Error {}

    /// Called by the producer for each row; waits while the buffer is full.
    func send(_ row: ResultSet.Row) throws {
        condition.lock()
        while buffer.count - head >= capacity && !cancelled { condition.wait() }
        if cancelled {
            condition.unlock()
            throw ConsumerGone()
        }
        if let waiter {
            self.waiter = nil
            condition.unlock()
            waiter.resume(returning: row)
            return
        }
        buffer.append(row)
        condition.unlock()
    }

    /// Called by the producer once, when the statement has ended (with its error, if any).
    func finish(throwing error: Error?) {
        condition.lock()
        finished = true
        failure = error
        let waiter = self.waiter
        self.waiter = nil
        condition.unlock()
        guard let waiter else { return }
        if cancelled { return waiter.resume(throwing: CancellationError()) }
        if let error { waiter.resume(throwing: error) } else { waiter.resume(returning: nil) }
    }

    /// The next row for the consumer; nil after the last.
    func receive() async throws -> ResultSet.Row? {
        try await withCheckedThrowingContinuation { continuation in
            condition.lock()
            if cancelled {
                condition.unlock()
                return continuation.resume(throwing: CancellationError())
            }
            if head < buffer.count {
                let row = buffer[head]
                head += 1
                if head >= 1024 && head * 2 >= buffer.count {
                    buffer.removeFirst(head)
                    head = 0
                }
                condition.signal()
                condition.unlock()
                return continuation.resume(returning: row)
            }
            if finished {
                let failure = self.failure
                condition.unlock()
                if let failure { return continuation.resume(throwing: failure) }
                return continuation.resume(returning: nil)
            }
            waiter = continuation
            condition.unlock()
        }
    }

    /// Stops the statement and wakes whoever waits.
    func cancel() {
        condition.lock()
        guard !cancelled else { return condition.unlock() }
        cancelled = true
        let waiter = self.waiter
        self.waiter = nil
        condition.broadcast()
        condition.unlock()
        cancellation?.cancel()
        waiter?.resume(throwing: CancellationError())
    }
}
