import Foundation

/// CSV: reads a file's rows on a thread of its own, a batch ahead of the importer, so that
/// scanning the text and converting and storing rows use both cores.
///
/// The reader thread fills batches (the rows' bytes, field ends and flags, back to back) and
/// hands them over through a queue of at most two; ``forEachRow(_:)`` calls its body with a
/// ``CSVRowView`` of each row in file order, then rethrows a reading error (malformed text,
/// a record too long, an I/O failure) after the rows before it, as reading in one thread
/// would. When the body throws, the reader thread is stopped and waited for before the
/// error propagates, so the reader is never used after ``forEachRow(_:)`` returns.
final class CSVRowPrefetcher: @unchecked Sendable {
    // Shared between the two threads only under `condition`: `queue`, `finished`,
    // `failure`, `stopped`. The reader is used by the reader thread alone until it ends.
    private let reader: CSVReader
    private let condition = NSCondition()
    private var queue: [Batch] = []
    private var finished = false
    private var failure: Error?
    private var stopped = false

    /// Rows per batch.
    static let batchRows = 2048

    /// Rows back to back: each row's bytes, its fields' ends relative to its first byte,
    /// and its quote flags.
    struct Batch {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        var quoted: [Bool] = []
        /// Per row: where its bytes, ends and flags start, and its line.
        var rows: [(byteStart: Int, fieldStart: Int, line: Int)] = []
        /// The reader's position after the batch, for progress.
        var bytesConsumed: Int64 = 0

        mutating func append(_ row: CSVReader.Row) {
            rows.append((bytes.count, ends.count, row.line))
            row.withView { view in
                bytes.append(contentsOf: view.allBytes)
                ends.append(contentsOf: view.allEnds)
                quoted.append(contentsOf: view.allQuoted)
            }
        }

        /// Calls `body` with a view of row `index`.
        func withRow<Result>(_ index: Int, _ body: (CSVRowView) throws -> Result) rethrows -> Result {
            let row = rows[index]
            let byteEnd = index + 1 < rows.count ? rows[index + 1].byteStart : bytes.count
            let fieldEnd = index + 1 < rows.count ? rows[index + 1].fieldStart : ends.count
            return try bytes.withUnsafeBufferPointer { bytes in
                try ends.withUnsafeBufferPointer { ends in
                    try quoted.withUnsafeBufferPointer { quoted in
                        try body(CSVRowView(bytes: UnsafeBufferPointer(rebasing: bytes[row.byteStart..<byteEnd]),
                                            ends: UnsafeBufferPointer(rebasing: ends[row.fieldStart..<fieldEnd]),
                                            quoted: UnsafeBufferPointer(rebasing: quoted[row.fieldStart..<fieldEnd]),
                                            line: row.line))
                    }
                }
            }
        }
    }

    init(_ reader: CSVReader) {
        self.reader = reader
    }

    /// Calls `body` with every row in order, and `afterBatch` with the reader's position after
    /// each batch; rethrows the first error of either thread.
    func forEachRow(_ body: (CSVRowView) throws -> Void, afterBatch: (Int64) -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in
            readAll()
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        defer {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
            done.wait()
        }
        while let batch = try nextBatch() {
            for index in batch.rows.indices { try batch.withRow(index, body) }
            afterBatch(batch.bytesConsumed)
        }
    }

    /// The next batch, nil at the end; throws the reader's error once the batches before it are taken.
    private func nextBatch() throws -> Batch? {
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

    /// The reader thread: fills batches until the file ends, an error, or a stop.
    private func readAll() {
        var row = CSVReader.Row()
        var batch = Batch()
        do {
            while try reader.next(into: &row) {
                batch.append(row)
                if batch.rows.count == Self.batchRows {
                    batch.bytesConsumed = reader.bytesConsumed
                    guard hand(batch) else { return }
                    batch = Batch()
                }
            }
            batch.bytesConsumed = reader.bytesConsumed
            if !batch.rows.isEmpty { guard hand(batch) else { return } }
            finish(nil)
        } catch {
            batch.bytesConsumed = reader.bytesConsumed
            if !batch.rows.isEmpty { guard hand(batch) else { return } }
            finish(error)
        }
    }

    /// Queues a batch, waiting while two are queued; false when the importer has stopped.
    private func hand(_ batch: Batch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= 2 && !stopped { condition.wait() }
        guard !stopped else { return false }
        queue.append(batch)
        condition.broadcast()
        return true
    }

    private func finish(_ error: Error?) {
        condition.lock()
        failure = error
        finished = true
        condition.broadcast()
        condition.unlock()
    }
}
