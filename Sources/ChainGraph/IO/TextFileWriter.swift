import Foundation

/// Buffered, checked UTF-8 output to a file or to memory, for the text formats
/// (DOT, CSV) that do not go through libxml2.
final class TextFileWriter {
    private var handle: FileHandle?
    private var buffer: [UInt8] = []
    private var collected: [UInt8] = []
    private let destination: String
    private static let flushThreshold = 1 << 20

    /// Creates (or truncates) the file at `path`.
    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw ChainGraphError(.ioError, "CannotOpenFile", "cannot open '\(path)' for writing")
        }
        self.handle = handle
        destination = path
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    /// Writes to memory; read it with ``finishToString()``.
    init() {
        handle = nil
        destination = "memory"
    }

    /// Appends text.
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    private func flush() throws {
        guard let handle else {
            collected.append(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
            return
        }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw ChainGraphError(.ioError, "WriteFailed", "writing \(destination) failed: \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file.
    func finish() throws {
        try flush()
        if let handle {
            do { try handle.close() } catch {
                throw ChainGraphError(.ioError, "WriteFailed", "closing \(destination) failed: \(error.localizedDescription)")
            }
            self.handle = nil
        }
    }

    /// Finishes an in-memory writer and returns its text.
    func finishToString() throws -> String {
        try finish()
        return String(decoding: collected, as: UTF8.self)
    }
}
