import Foundation

/// CSV: a streaming RFC 4180 reader.
///
/// Reads the file in 1 MiB chunks and yields one record at a time with the line it starts
/// on: fields separated by the delimiter, optionally double-quoted (`""` inside quotes is
/// a quote; quoted fields may span lines), records ended by LF or CRLF, a UTF-8 byte order
/// mark skipped. Malformed text (a quote inside an unquoted field, text after a closing
/// quote, an unterminated quote) is a `SyntaxError (MalformedCSV)` at file:line:column.
final class CSVReader {
    /// One record and where it starts.
    struct Record {
        var fields: [String]
        var line: Int
        /// Which fields were written in quotes (`""` is an empty string, an empty field is null).
        var quoted: [Bool] = []
    }

    private let handle: FileHandle?
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
    /// Where the record being read starts, and the line it starts on.
    private var recordStart: Int64 = 0
    private var recordLine = 1
    /// The longest record the reader accepts, in bytes.
    let maximumRecordBytes: Int

    /// Opens a file.
    init(path: String, delimiter: Character = ",",
         maximumRecordBytes: Int = CSVImportOptions.defaultMaximumRecordBytes) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ChainGraphError(.ioError, "CannotOpenFile", "cannot read '\(path)'")
        }
        self.handle = handle
        file = path
        self.maximumRecordBytes = maximumRecordBytes
        self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
        try skipByteOrderMark()
    }

    /// Reads text held in memory.
    init(text: String, name: String? = nil, delimiter: Character = ",") throws {
        handle = nil
        buffer = Array(text.utf8)
        atEnd = true
        file = name
        maximumRecordBytes = .max
        self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
        try skipByteOrderMark()
    }

    deinit { try? handle?.close() }

    /// Bytes read so far.
    var bytesConsumed: Int64 { consumedBefore + Int64(index) }

    private func skipByteOrderMark() throws {
        try fill(3)
        if buffer.count - index >= 3 && buffer[index] == 0xEF && buffer[index + 1] == 0xBB && buffer[index + 2] == 0xBF {
            index += 3
            lineStart = index
        }
    }

    /// Makes at least `count` unread bytes available, unless the file ends first.
    private func fill(_ count: Int) throws {
        while buffer.count - index < count && !atEnd {
            guard let handle else { atEnd = true; return }
            if bytesConsumed - recordStart > Int64(maximumRecordBytes) {
                throw ChainGraphError(.limitExceeded, "RecordTooLong",
                                      "the record starting here is longer than \(maximumRecordBytes) bytes (an unclosed quote, or not a CSV file?); "
                                      + "raise CSVImportOptions.maximumRecordBytes (chaingraph import --max-record-mib) to read it",
                                      at: SourcePosition(file: file, line: recordLine, column: 1, offset: Int(recordStart)))
            }
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch {
                throw ChainGraphError(.ioError, "ReadFailed", "reading '\(file ?? "CSV")' failed: \(error.localizedDescription)")
            }
            guard let chunk, !chunk.isEmpty else { atEnd = true; return }
            if index > 0 {
                consumedBefore += Int64(index)
                lineStart -= index
                buffer.removeFirst(index)
                index = 0
            }
            buffer.append(contentsOf: chunk)
        }
    }

    private func error(_ message: String) -> ChainGraphError {
        ChainGraphError(.syntaxError, "MalformedCSV", message,
                        at: SourcePosition(file: file, line: line, column: index - lineStart + 1, offset: Int(bytesConsumed)))
    }

    /// The next record, or nil at the end of the input.
    func next() throws -> Record? {
        try fill(1)
        guard index < buffer.count else { return nil }
        let startLine = line
        recordStart = bytesConsumed
        recordLine = line
        var fields: [String] = []
        var quoted: [Bool] = []
        var field: [UInt8] = []
        var fieldQuoted = false
        while true {
            try fill(2)
            if index >= buffer.count {
                fields.append(String(decoding: field, as: UTF8.self))
                quoted.append(fieldQuoted)
                return Record(fields: fields, line: startLine, quoted: quoted)
            }
            let byte = buffer[index]
            if byte == UInt8(ascii: "\"") && field.isEmpty && !fieldQuoted {
                index += 1
                fieldQuoted = true
                try readQuoted(into: &field)
                try fill(2)
                guard index >= buffer.count || buffer[index] == delimiter || buffer[index] == 0x0A
                        || (buffer[index] == 0x0D && index + 1 < buffer.count && buffer[index + 1] == 0x0A) else {
                    throw error("text after a closing quote; quote the whole field and double the quotes inside it")
                }
                continue
            }
            switch byte {
            case delimiter:
                fields.append(String(decoding: field, as: UTF8.self))
                quoted.append(fieldQuoted)
                field.removeAll(keepingCapacity: true)
                fieldQuoted = false
                index += 1
            case 0x0A, 0x0D:
                if byte == 0x0D {
                    guard index + 1 < buffer.count, buffer[index + 1] == 0x0A else {
                        field.append(byte)
                        index += 1
                        continue
                    }
                    index += 1
                }
                index += 1
                line += 1
                lineStart = index
                fields.append(String(decoding: field, as: UTF8.self))
                quoted.append(fieldQuoted)
                return Record(fields: fields, line: startLine, quoted: quoted)
            case UInt8(ascii: "\""):
                throw error("a quote inside an unquoted field; quote the whole field and double the quotes inside it")
            default:
                field.append(byte)
                index += 1
            }
        }
    }

    private func readQuoted(into field: inout [UInt8]) throws {
        while true {
            try fill(2)
            guard index < buffer.count else { throw error("the quoted field does not end before the end of the file") }
            let byte = buffer[index]
            index += 1
            if byte == UInt8(ascii: "\"") {
                if index < buffer.count && buffer[index] == UInt8(ascii: "\"") {
                    field.append(byte)
                    index += 1
                    continue
                }
                return
            }
            if byte == 0x0A {
                line += 1
                lineStart = index
            }
            field.append(byte)
        }
    }
}
