import Foundation

/// The graph image: the in-memory graph saved beside a database file (`<file>-image`) so
/// that the next open reads it in one pass instead of rebuilding records, adjacency and
/// the primary-key index from the SQLite rows.
///
/// The SQLite file stays the only source of truth; the image is a cache of it that is
/// used only when it provably describes the committed state:
/// - its header names the database (`database_id` in `cg_meta`, random per file) and
///   the commit it was saved at (`generation` in `cg_meta`: a random 64-bit token that
///   every commit replaces, in the same SQLite transaction as the commit's rows); both must
///   equal the file's, so an image left behind by an older state, copied from another
///   database, or saved on another timeline of this file (a backup of the file restored
///   beside a newer image, then committed to) is ignored — a counter would match again
///   after as many commits, a token does not;
/// - its payload carries a checksum (``RecordChecksum`` over 8 MiB blocks, read and
///   checked in parallel), verified before a byte is decoded, and decoding checks every
///   length, symbol and id;
/// - it is written to a temporary file, synced and renamed over the old one, so a crash
///   while saving leaves the previous image (stale, hence ignored) or none.
///
/// Any image that fails a check is ignored and the graph is loaded from the tables.
///
/// Layout (little-endian): the 8-byte magic `CGIMAGE1`, then three 64-bit words —
/// generation, payload length, payload checksum — then the payload (see
/// ``GraphImageWriter``).
enum GraphImage {
    static let magic = Array("CGIMAGE1".utf8)
    static let headerSize = 32
    /// Records per chunk of the node and edge sections: one page, so that each page of
    /// the loaded graph decodes from its own chunk when first read.
    static let chunkSize = ChunkedTable<NodeChunk>.pageSize

    /// Raw arrays are stored in host order, which the format fixes as little-endian: a
    /// big-endian host neither writes nor reads images (it loads from the tables).
    static var isSupportedHost: Bool { UInt32(1).littleEndian == 1 }

    /// Where the image of the database at `databasePath` lives.
    static func path(for databasePath: String) -> String { databasePath + "-image" }

    /// A fresh commit token: random, and never 0 (the value a new file starts with).
    static func newCommitToken() -> Int64 {
        var generator = SystemRandomNumberGenerator()
        while true {
            let token = Int64.random(in: Int64.min...Int64.max, using: &generator)
            if token != 0 { return token }
        }
    }

    /// Who an image belongs to: the database's random id and the commit token.
    struct Identity: Equatable, Sendable {
        var databaseID: String
        var generation: Int64
    }

    /// The payload is checksummed in blocks of this many bytes, so that blocks are read and
    /// checked in parallel.
    static let checksumBlock = 8 << 20

    /// The checksum of a payload: a ``RecordChecksum`` over the payload's length and the
    /// checksums of its blocks.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let blocks = stride(from: 0, to: bytes.count, by: checksumBlock).map { start in
            blockChecksum(UnsafeRawBufferPointer(rebasing: bytes[start..<min(bytes.count, start + checksumBlock)]))
        }
        return combine(blocks, length: bytes.count)
    }

    private static func blockChecksum(_ block: UnsafeRawBufferPointer) -> Int64 {
        var checksum = RecordChecksum()
        checksum.add(block)
        return checksum.value
    }

    private static func combine(_ blocks: [Int64], length: Int) -> UInt64 {
        var checksum = RecordChecksum()
        checksum.add(Int64(length))
        for block in blocks { checksum.add(block) }
        return UInt64(bitPattern: checksum.value)
    }

    /// The payload of the image at `path` when it exists, was saved at `generation`, and
    /// its checksum matches; nil otherwise (a missing, stale or damaged image).
    static func readPayload(at path: String, generation: Int64) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: headerSize), header.count == headerSize,
              Array(header.prefix(8)) == magic else { return nil }
        let words = header.withUnsafeBytes { raw in
            (1...3).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * $0, as: UInt64.self)) }
        }
        // The length must be the file's: a damaged length cannot make us allocate more.
        guard Int64(bitPattern: words[0]) == generation, words[1] > 0, let fileSize = try? handle.seekToEnd(),
              fileSize == UInt64(headerSize) + words[1] else { return nil }
        let length = Int(words[1])
        return readAndCheck(handle.fileDescriptor, length: length, checksum: words[2])
    }

    /// The payload's `length` bytes after the header, read and checksummed block by block
    /// on all cores straight into the array's storage; nil when a read fails or the
    /// checksum differs.
    private static func readAndCheck(_ descriptor: Int32, length: Int, checksum expected: UInt64) -> [UInt8]? {
        let blockCount = (length + checksumBlock - 1) / checksumBlock
        let checksums = ParallelSlots<Int64>(count: blockCount)
        let payload = [UInt8](unsafeUninitializedCapacity: length) { buffer, initialized in
            let base = UnsafeMutableRawPointer(buffer.baseAddress!)
            nonisolated(unsafe) let target = base
            DispatchQueue.concurrentPerform(iterations: blockCount) { block in
                let start = block * checksumBlock, end = min(length, start + checksumBlock)
                var done = start
                while done < end {
                    let read = pread(descriptor, target + done, end - done, off_t(headerSize + done))
                    guard read > 0 else { break }
                    done += read
                }
                if done < end {
                    (target + start).initializeMemory(as: UInt8.self, repeating: 0, count: end - start)
                    checksums[block] = nil
                } else {
                    checksums[block] = blockChecksum(UnsafeRawBufferPointer(start: target + start, count: end - start))
                }
            }
            initialized = length
        }
        let blocks = checksums.values.compactMap { $0 }
        guard blocks.count == blockCount, combine(blocks, length: length) == expected else { return nil }
        return payload
    }

    /// Saves `payload` as the image at `path` for `generation`: a temporary file, synced,
    /// renamed over the old image.
    static func write(_ payload: [UInt8], generation: Int64, to path: String) throws {
        var header = magic
        for word in [UInt64(bitPattern: generation), UInt64(payload.count), payload.withUnsafeBytes { checksum($0) }] {
            withUnsafeBytes(of: word.littleEndian) { header.append(contentsOf: $0) }
        }
        // One name: only the writer (holding the file lock) saves, and a file left by a
        // process killed while saving is simply overwritten next time.
        let temporary = path + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure(path, "cannot create \(temporary)") }
        var written = true
        for chunk in [header, payload] {
            chunk.withUnsafeBytes { raw in
                var done = 0
                while written && done < raw.count {
                    let count = Foundation.write(descriptor, raw.baseAddress! + done, raw.count - done)
                    if count <= 0 { written = false } else { done += count }
                }
            }
        }
        written = written && fsync(descriptor) == 0
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw failure(path, "cannot write it (\(String(cString: strerror(errno))))")
        }
    }

    /// Removes the image at `path`, if any.
    static func remove(at path: String) {
        unlink(path)
    }

    private static func failure(_ path: String, _ detail: String) -> ChainGraphError {
        .storage(.imageNotSaved, "the graph image \(path) was not saved: \(detail); the database itself is intact")
    }
}
