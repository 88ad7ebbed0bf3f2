import Foundation

/// CSV: reads a file's rows on a thread of its own, a batch ahead of the importer, so that
/// scanning the text and converting and storing rows use both cores.
///
/// The reader thread fills batches (the rows' bytes, field ends and flags, back to back) and
/// hands them over through a ``BatchPrefetcher`` (two queued at most); ``forEachRow(_:)`` calls its body with a
/// ``CSVRowView`` of each row in file order, then rethrows a reading error (malformed text,
/// a record too long, an I/O failure) after the rows before it, as reading in one thread
/// would. When the body throws, the reader thread is stopped and waited for before the
/// error propagates, so the reader is never used after ``forEachRow(_:)`` returns.
final class CSVRowPrefetcher {
    /// Reads a row's properties on the reader thread: nil when it does not apply to the
    /// row (the importer then reads them itself, and reports what is wrong with the row).
    typealias Conversion = (CSVRowView) -> Result<PropertyMap, Error>?

    private let reader: CSVReader
    private let conversion: Conversion?

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
        /// Per row, with a conversion: what it gave.
        var converted: [Result<PropertyMap, Error>?] = []
        /// The reader's position after the batch, for progress.
        var bytesConsumed: Int64 = 0

        mutating func append(_ row: CSVReader.ByteRecord) {
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

    /// A prefetcher of `reader`'s rows; `conversion`, if any, runs on the reader thread for
    /// each row (it must touch nothing the importer's thread uses meanwhile).
    init(_ reader: CSVReader, conversion: Conversion? = nil) {
        self.reader = reader
        self.conversion = conversion
    }

    /// Calls `body` with every row in order and what the conversion gave for it (nil without
    /// one), and `afterBatch` with the reader's position after each batch; rethrows the first
    /// error of either thread.
    func forEachRow(_ body: (CSVRowView, Result<PropertyMap, Error>?) throws -> Void, afterBatch: (Int64) -> Void) throws {
        let reader = reader, conversion = conversion
        let batches = BatchPrefetcher<Batch> { hand in try Self.readAll(reader, conversion: conversion, hand: hand) }
        defer { batches.stop() }
        while let batch = try batches.next() {
            for index in batch.rows.indices {
                let converted = batch.converted.isEmpty ? nil : batch.converted[index]
                try batch.withRow(index) { try body($0, converted) }
            }
            afterBatch(batch.bytesConsumed)
        }
    }

    /// The reader thread: fills batches until the file ends, an error, or a stop. The rows
    /// read before an error are handed before it is thrown.
    private static func readAll(_ reader: CSVReader, conversion: Conversion?, hand: (Batch) -> Bool) throws {
        var row = CSVReader.ByteRecord()
        var batch = Batch()
        do {
            while try reader.next(into: &row) {
                batch.append(row)
                if let conversion { batch.converted.append(row.withView(conversion)) }
                if batch.rows.count == Self.batchRows {
                    batch.bytesConsumed = reader.bytesConsumed
                    guard hand(batch) else { return }
                    batch = Batch()
                }
            }
        } catch {
            batch.bytesConsumed = reader.bytesConsumed
            if !batch.rows.isEmpty { guard hand(batch) else { return } }
            throw error
        }
        batch.bytesConsumed = reader.bytesConsumed
        if !batch.rows.isEmpty { _ = hand(batch) }
    }
}
