import Foundation

/// The checksum stored beside every node, edge and summary row of a ChainGraph file, so that
/// a damaged record is refused at open instead of being read as different data.
///
/// SQLite checks its page structure but not the bytes of a row, so a flipped byte inside a
/// record would otherwise load as a different name, id or endpoint. Each row's fields are fed
/// in order, each with its length, into a 64-bit hash that processes 8-byte little-endian
/// words: every step (`xor` a word, multiply by an odd constant, rotate) is a bijection of
/// the running state, so damage confined to one word — any one flipped byte or bit — always
/// changes the checksum; other damage goes unnoticed with probability 2⁻⁶⁴.
///
/// The value is platform independent (little-endian words, fixed constants) because it is
/// part of the file format (version 2).
struct RecordChecksum {
    private var state: UInt64 = 0x6A09_E667_F3BC_C908
    private var pending: UInt64 = 0
    private var pendingBytes = 0

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The checksum of everything fed so far, as SQLite stores it (a signed 64-bit integer).
    var value: Int64 {
        var copy = self
        copy.flushWord()
        var mixed = copy.state
        mixed ^= mixed >> 33
        mixed &*= 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 33
        return Int64(bitPattern: mixed)
    }

    /// Feeds one integer field.
    mutating func add(_ integer: Int64) {
        addWord(UInt64(bitPattern: integer))
    }

    /// Feeds an optional integer field, distinguishing nil from every value.
    mutating func add(_ integer: Int64?) {
        if let integer {
            addWord(1)
            add(integer)
        } else {
            addWord(0)
        }
    }

    /// Feeds a byte field: its length, then its bytes.
    mutating func add(_ data: Data) {
        addWord(UInt64(data.count))
        data.withUnsafeBytes { raw in addBytes(raw) }
        flushWord()
    }

    /// Feeds raw bytes: their length, then the bytes.
    mutating func add(_ raw: UnsafeRawBufferPointer) {
        addWord(UInt64(raw.count))
        addBytes(raw)
        flushWord()
    }

    /// Feeds a text field as UTF-8, distinguishing nil from the empty string.
    mutating func add(_ text: String?) {
        guard var text else {
            addWord(0)
            return
        }
        addWord(1)
        text.withUTF8 { utf8 in
            addWord(UInt64(utf8.count))
            addBytes(UnsafeRawBufferPointer(utf8))
        }
        flushWord()
    }

    private mutating func addBytes(_ raw: UnsafeRawBufferPointer) {
        var index = 0
        if pendingBytes == 0 {
            while index + 8 <= raw.count {
                addWord(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                index += 8
            }
        }
        while index < raw.count {
            pending |= UInt64(raw[index]) << (8 * UInt64(pendingBytes))
            pendingBytes += 1
            index += 1
            if pendingBytes == 8 { flushWord() }
        }
    }

    private mutating func flushWord() {
        guard pendingBytes > 0 else { return }
        let word = pending
        pending = 0
        pendingBytes = 0
        addWord(word)
    }

    private mutating func addWord(_ word: UInt64) {
        state = ((state ^ word) &* RecordChecksum.multiplier)
        state = (state << 29) | (state >> 35)
    }
}

extension RecordChecksum {
    /// The checksum of a node row.
    static func node(id: Int64, labels: Data, properties: Data, source: String?, line: Int64?) -> Int64 {
        var checksum = RecordChecksum()
        checksum.add(id)
        checksum.add(labels)
        checksum.add(properties)
        checksum.add(source)
        checksum.add(line)
        return checksum.value
    }

    /// The checksum of an edge row.
    static func edge(id: Int64, type: String, from: Int64, to: Int64, properties: Data,
                     source: String?, line: Int64?) -> Int64 {
        var checksum = RecordChecksum()
        checksum.add(id)
        checksum.add(type)
        checksum.add(from)
        checksum.add(to)
        checksum.add(properties)
        checksum.add(source)
        checksum.add(line)
        return checksum.value
    }

    /// The checksum of the file's summary: id counters, row counts and the schema.
    static func summary(nextNodeID: Int64, nextEdgeID: Int64, nodeCount: Int64, edgeCount: Int64, schema: String?) -> Int64 {
        var checksum = RecordChecksum()
        checksum.add(nextNodeID)
        checksum.add(nextEdgeID)
        checksum.add(nodeCount)
        checksum.add(edgeCount)
        checksum.add(schema)
        return checksum.value
    }
}
