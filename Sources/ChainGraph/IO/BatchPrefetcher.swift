import Foundation

/// Runs a producer of batches on a thread of its own, at most ``depth`` batches ahead of the
/// consumer, so that reading and scanning a file and importing what it holds use two cores.
///
/// The producer is called once, on the background thread, with a `hand` function that
/// queues one batch (waiting while ``depth`` are queued) and returns false once the
/// consumer has stopped; the producer then returns at once. The consumer takes batches in
/// the order they were handed with ``next()``, which rethrows the producer's error after the
/// batches handed before it — as reading in one thread would. ``stop()`` tells the
/// producer to stop and waits for its thread to end, so whatever the producer uses is never
/// touched after ``stop()`` returns. The owner must call it (the running thread holds the
/// prefetcher, so it is not released before): a `defer`, or the owner's deinit.
final class BatchPrefetcher<Batch>: @unchecked Sendable {
    /// Produces every batch through `hand`; throws to end with an error.
    typealias Producer = (_ hand: (Batch) -> Bool) throws -> Void

    // Shared between the two threads only under `condition`: `queue`, `finished`,
    // `failure`, `stopped`. `producer` is called on the background thread alone.
    private let condition = NSCondition()
    private var queue: [Batch] = []
    private var finished = false
    private var failure: Error?
    private var stopped = false
    private let producer: Producer
    /// Whether the background thread was started: read and written by the consumer alone.
    private var threadStarted = false
    /// Signalled by the background thread as it ends.
    private let threadDone = DispatchSemaphore(value: 0)

    /// Batches queued at most.
    let depth: Int

    /// A prefetcher; nothing runs until the first ``next()``.
    init(depth: Int = 2, producer: @escaping Producer) {
        self.depth = max(depth, 1)
        self.producer = producer
    }

    /// The next batch, nil after the last; throws the producer's error once the batches
    /// before it are taken.
    func next() throws -> Batch? {
        startIfNeeded()
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !finished { condition.wait() }
        if !queue.isEmpty {
            let batch = queue.removeFirst()
            condition.broadcast()
            return batch
        }
        if let failure { throw failure }
        return nil
    }

    /// Stops the producer and waits for its thread to end. Safe to call more than once.
    func stop() {
        condition.lock()
        stopped = true
        // Never started: there is nothing more to take.
        if !threadStarted { finished = true }
        condition.broadcast()
        condition.unlock()
        if threadStarted {
            threadDone.wait()
            threadStarted = false
        }
    }

    private func startIfNeeded() {
        guard !threadStarted else { return }
        condition.lock()
        let alreadyStopped = stopped || finished
        condition.unlock()
        guard !alreadyStopped else { return }
        threadStarted = true
        let background = Thread { [self] in
            let error: Error?
            do {
                try producer(hand)
                error = nil
            } catch let thrown {
                error = thrown
            }
            condition.lock()
            failure = error
            finished = true
            condition.broadcast()
            condition.unlock()
            threadDone.signal()
        }
        background.stackSize = 1 << 20
        background.start()
    }

    /// Queues a batch, waiting while `depth` are queued; false when the consumer has stopped.
    private func hand(_ batch: Batch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= depth && !stopped { condition.wait() }
        guard !stopped else { return false }
        queue.append(batch)
        condition.broadcast()
        return true
    }
}
