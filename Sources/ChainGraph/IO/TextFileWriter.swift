import Foundation

/// Buffered, checked UTF-8 output to an ``ExportTarget`` or to memory, for the text
/// formats (DOT, CSV) that do not go through libxml2. The target is committed (renamed
/// into place) by ``finish()``; a writer dropped unfinished leaves the target as it was.
final class TextFileWriter {
    private let target: ExportTarget?
    private var buffer: [UInt8] = []
    private var collected: [UInt8] = []
    private static let flushThreshold = 1 << 20

    /// Writes to `target`.
    init(target: ExportTarget) {
        self.target = target
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    /// Writes to memory; read it with ``finishToString()``.
    init() {
        target = nil
    }

    /// Appends text.
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    private func flush() throws {
        guard let target else {
            collected.append(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
            return
        }
        try buffer.withUnsafeBytes { try target.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and commits the target.
    func finish() throws {
        try flush()
        try target?.commit()
    }

    /// Finishes an in-memory writer and returns its text.
    func finishToString() throws -> String {
        try finish()
        return String(decoding: collected, as: UTF8.self)
    }
}
