import ChainGraph
import Foundation

/// Prints a result's rows to standard output as the query produces them, in the formats
/// that need no look at later rows: `csv` (header, then a line per row), `json` (one array
/// whose elements are written as they come) and `jsonl`. Output is written in blocks of
/// about 64 KiB, and at the end.
final class StreamingRowPrinter {
    private let format: OutputFormat
    private var columns: [String] = []
    private var buffer: [UInt8] = []
    private var rows = 0

    /// A printer for `format`, which must be one of ``streams(_:)``.
    init(format: OutputFormat) {
        self.format = format
        buffer.reserveCapacity(1 << 16)
    }

    /// Whether rows in `format` can be printed before the last one is known.
    static func streams(_ format: OutputFormat) -> Bool {
        format == .csv || format == .json || format == .jsonl
    }

    /// Takes the column names, before any row.
    func start(_ columns: [String]) {
        self.columns = columns
        if format == .csv { append(columns.map(OutputFormat.csvField).joined(separator: ",") + "\r\n") }
    }

    /// Takes one row.
    func print(_ row: ResultSet.Row) throws {
        switch format {
        case .csv: append(OutputFormat.csvLine(row.values) + "\r\n")
        case .json: append((rows == 0 ? "[" : ",\n ") + OutputFormat.jsonObject(columns, row.values))
        default: append(OutputFormat.jsonObject(columns, row.values) + "\n")
        }
        rows += 1
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Ends the output (closes a JSON array) and writes what is left.
    func end() throws {
        if format == .json { append(rows == 0 ? "[]\n" : "]\n") }
        try flush()
    }

    private func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    /// Writes the buffer to standard output.
    func flush() throws {
        // What `print` buffered goes first.
        fflush(nil)
        var bytes = buffer[...]
        buffer.removeAll(keepingCapacity: true)
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw OutputClosed() }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Standard output can no longer be written (a closed pipe): the query stops.
    struct OutputClosed: Error {}
}
