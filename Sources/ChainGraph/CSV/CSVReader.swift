import Foundation

/// CSV: a streaming RFC 4180 reader.
///
/// Reads the file in chunks of 1 MiB or more and yields one record at a time with the line
/// it starts on: fields separated by the delimiter, optionally double-quoted (`""` inside
/// quotes is a quote; quoted fields may span lines), records ended by LF or CRLF, a UTF-8
/// byte order mark skipped. Malformed text (a quote inside an unquoted field, text after a
/// closing quote, an unterminated quote) is a `SyntaxError (MalformedCSV)` at
/// file:line:column.
///
/// ``next(into:)`` fills a caller's ``CSVReader/ByteRecord`` (the fields' bytes in one reused buffer, no
/// allocation per field), which is what the importer reads; ``next()`` returns the fields
/// as strings.
final class CSVReader {
    /// One record as strings, and where it starts.
    struct Record {
        var fields: [String]
        var line: Int
        /// Which fields were written in quotes (`""` is an empty string, an empty field is null).
        var quoted: [Bool] = []
    }

    /// One record as bytes: every field's text (quotes removed, doubled quotes undoubled)
    /// back to back in one buffer that the next record reuses.
    struct ByteRecord {
        fileprivate var bytes: [UInt8] = []
        fileprivate var ends: [Int] = []
        fileprivate var quotedFlags: [Bool] = []
        /// The line the record starts on.
        fileprivate(set) var line = 1

        init() {}

        /// The number of fields.
        var count: Int { ends.count }

        /// The fields as strings.
        var fields: [String] { withView { view in (0..<view.count).map(view.string) } }

        /// Calls `body` with a view of the fields through pointers (valid only inside `body`).
        func withView<Result>(_ body: (CSVRowView) throws -> Result) rethrows -> Result {
            try bytes.withUnsafeBufferPointer { bytes in
                try ends.withUnsafeBufferPointer { ends in
                    try quotedFlags.withUnsafeBufferPointer { quoted in
                        try body(CSVRowView(bytes: bytes, ends: ends, quoted: quoted, line: line))
                    }
                }
            }
        }

        fileprivate mutating func reset(line: Int) {
            bytes.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            quotedFlags.removeAll(keepingCapacity: true)
            self.line = line
        }

        fileprivate mutating func endField(quoted: Bool) {
            ends.append(bytes.count)
            quotedFlags.append(quoted)
        }
    }

    private let input: InputFile?
    private var buffer: [UInt8] = []
    private var index = 0
    private var atEnd = false
    private let delimiter: UInt8
    let file: String?
    /// The line the reader stands on.
    private(set) var line = 1
    private var lineStart = 0
    /// Bytes consumed before the current buffer.
    private var consumedBefore: Int64 = 0
    /// The longest record the reader accepts, in bytes.
    let maximumRecordBytes: Int
    private var scratch = ByteRecord()

    /// Opens a file; waits on a FIFO check `limits`.
    init(path: String, delimiter: Character = ",",
         maximumRecordBytes: Int = CSVImportOptions.defaultMaximumRecordBytes, limits: OperationLimits = .none) throws {
        input = try InputFile(path: path, limits: limits)
        file = path
        self.maximumRecordBytes = maximumRecordBytes
        self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
        try skipByteOrderMark()
    }

    /// Reads text held in memory.
    init(text: String, name: String? = nil, delimiter: Character = ",") throws {
        input = nil
        buffer = Array(text.utf8)
        atEnd = true
        file = name
        maximumRecordBytes = .max
        self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
        try skipByteOrderMark()
    }

    /// Bytes read so far.
    var bytesConsumed: Int64 { consumedBefore + Int64(index) }

    private func skipByteOrderMark() throws {
        while buffer.count - index < 3 && !atEnd { try readMore() }
        if buffer.count - index >= 3 && buffer[index] == 0xEF && buffer[index + 1] == 0xBB && buffer[index + 2] == 0xBF {
            index += 3
            lineStart = index
        }
    }

    /// Drops the consumed bytes and appends the next chunk: 1 MiB, or as much as is
    /// unread already, so that re-reading a long record costs O(its length) in all.
    private func readMore() throws {
        guard let input else { atEnd = true; return }
        let pending = buffer.count - index
        if pending > maximumRecordBytes {
            throw ChainGraphError(.limitExceeded, .recordTooLong,
                                  "the record starting here is longer than \(maximumRecordBytes) bytes (an unclosed quote, or not a CSV file?); "
                                  + "raise CSVImportOptions.maximumRecordBytes (chaingraph import --max-record-mib) to read it",
                                  at: SourcePosition(file: file, line: line, column: 1, offset: Int(bytesConsumed)))
        }
        let chunk = try input.readFully(upTo: max(1 << 20, min(pending, maximumRecordBytes)))
        guard !chunk.isEmpty else { atEnd = true; return }
        if index > 0 {
            consumedBefore += Int64(index)
            lineStart -= index
            buffer.removeFirst(index)
            index = 0
        }
        buffer.append(contentsOf: chunk)
    }

    /// The next record, as strings, or nil at the end of the input.
    func next() throws -> Record? {
        guard try next(into: &scratch) else { return nil }
        return Record(fields: scratch.fields, line: scratch.line, quoted: scratch.quotedFlags)
    }

    /// Reads the next record into `row`; false at the end of the input.
    func next(into row: inout ByteRecord) throws -> Bool {
        if index >= buffer.count && !atEnd { try readMore() }
        guard index < buffer.count else { return false }
        while true {
            row.reset(line: line)
            if try scan(into: &row) { return true }
            // The record runs past the buffer: read more and scan it again from its start.
            try readMore()
        }
    }

    /// Scans one record from `index`; false (nothing consumed) when the buffer ends before
    /// the record does and more input may follow.
    private func scan(into row: inout ByteRecord) throws -> Bool {
        let delimiter = self.delimiter, final = atEnd
        let quote = UInt8(ascii: "\""), newline: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D
        var position = index, currentLine = line, currentLineStart = lineStart
        let complete: Bool = try buffer.withUnsafeBufferPointer { text in
            let end = text.count
            func malformed(_ message: String, at offset: Int) -> ChainGraphError {
                ChainGraphError(.syntaxError, .malformedCSV, message,
                                at: SourcePosition(file: file, line: currentLine, column: offset - currentLineStart + 1,
                                                   offset: Int(consumedBefore) + offset))
            }
            while true {
                // One field starts at `position`.
                if position < end && text[position] == quote {
                    position += 1
                    while true {
                        guard position < end else {
                            if final { throw malformed("the quoted field does not end before the end of the file", at: position) }
                            return false
                        }
                        let byte = text[position]
                        if byte == quote {
                            guard position + 1 < end || final else { return false }
                            if position + 1 < end && text[position + 1] == quote {
                                row.bytes.append(quote)
                                position += 2
                                continue
                            }
                            position += 1
                            break
                        }
                        if byte == newline {
                            currentLine += 1
                            currentLineStart = position + 1
                        }
                        row.bytes.append(byte)
                        position += 1
                    }
                    if position == end && !final { return false }
                    if position < end, text[position] != delimiter, text[position] != newline {
                        let isCRLF = text[position] == carriageReturn && position + 1 < end && text[position + 1] == newline
                        if !isCRLF {
                            if text[position] == carriageReturn && position + 1 == end && !final { return false }
                            throw malformed("text after a closing quote; quote the whole field and double the quotes inside it", at: position)
                        }
                    }
                    row.endField(quoted: true)
                } else {
                    let fieldStart = position
                    while position < end {
                        let byte = text[position]
                        if byte == delimiter || byte == newline { break }
                        if byte == carriageReturn {
                            if position + 1 < end {
                                if text[position + 1] == newline { break }
                            } else if !final {
                                return false
                            }
                        }
                        if byte == quote {
                            throw malformed("a quote inside an unquoted field; quote the whole field and double the quotes inside it", at: position)
                        }
                        position += 1
                    }
                    if position == end && !final { return false }
                    row.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[fieldStart..<position]))
                    row.endField(quoted: false)
                }
                // After the field: a delimiter, a line end, or the end of the input.
                guard position < end else { return true }
                if text[position] == delimiter {
                    position += 1
                    continue
                }
                position += text[position] == carriageReturn ? 2 : 1
                currentLine += 1
                currentLineStart = position
                return true
            }
        }
        guard complete else { return false }
        index = position
        line = currentLine
        lineStart = currentLineStart
        return true
    }
}

/// A record's fields seen through pointers, valid inside ``ByteRecord/withView(_:)``:
/// what the importer's row loop reads, without reference counting.
struct CSVRowView {
    fileprivate let bytes: UnsafeBufferPointer<UInt8>
    fileprivate let ends: UnsafeBufferPointer<Int>
    fileprivate let quoted: UnsafeBufferPointer<Bool>
    /// The line the record starts on.
    let line: Int

    /// A view of fields laid out as a ``CSVReader/ByteRecord`` lays them out: `ends` relative to
    /// the first byte, one quote flag per field.
    init(bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, quoted: UnsafeBufferPointer<Bool>, line: Int) {
        precondition(ends.count == quoted.count, "one quote flag per field")
        self.bytes = bytes
        self.ends = ends
        self.quoted = quoted
        self.line = line
    }

    /// The fields' bytes, ends and quote flags as laid out (to copy the row elsewhere).
    var allBytes: UnsafeBufferPointer<UInt8> { bytes }
    var allEnds: UnsafeBufferPointer<Int> { ends }
    var allQuoted: UnsafeBufferPointer<Bool> { quoted }

    /// The number of fields.
    var count: Int { ends.count }

    /// Whether field `index` was written in quotes.
    func isQuoted(_ index: Int) -> Bool { quoted[index] }

    /// Whether field `index` has no text.
    func isEmpty(_ index: Int) -> Bool { ends[index] == start(of: index) }

    /// The bytes of field `index`.
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[start(of: index)..<ends[index]])
    }

    /// Field `index` as a string (invalid UTF-8 becomes U+FFFD).
    func string(_ index: Int) -> String { String(decoding: field(index), as: UTF8.self) }

    private func start(of index: Int) -> Int { index == 0 ? 0 : ends[index - 1] }
}
