import ChainGraph
import Foundation

/// Prints a result's rows to standard output as the query produces them, in the formats
/// that need no look at later rows: `csv` (header, then a line per row), `json` (one array
/// whose elements are written as they come) and `jsonl`. Output is written in blocks of
/// about 64 KiB, and at the end.
final class StreamingRowPrinter {
    private let format: OutputFormat
    /// Whether a result was printed before this one (then a blank line separates them).
    private let followsOutput: Bool
    /// The column names, once the first row (or the end) has given them.
    private var columns: [String]?
    private var buffer: [UInt8] = []
    private var rows = 0

    /// A printer for `format`, which must be one of ``streams(_:)``; `followsOutput` when
    /// an earlier result of the script is on standard output already.
    init(format: OutputFormat, followsOutput: Bool) {
        self.format = format
        self.followsOutput = followsOutput
        buffer.reserveCapacity(1 << 16)
    }

    /// Whether rows in `format` can be printed before the last one is known.
    static func streams(_ format: OutputFormat) -> Bool {
        format == .csv || format == .json || format == .jsonl
    }

    /// Starts the output with `columns`, unless it has started.
    private func start(_ columns: [String]) {
        guard self.columns == nil else { return }
        self.columns = columns
        if followsOutput && format != .jsonl { append("\n") }
        if format == .csv { append(columns.map(OutputFormat.csvField).joined(separator: ",") + "\r\n") }
    }

    /// Takes one row.
    func print(_ row: ResultSet.Row) throws {
        start(row.columns)
        let columns = row.columns
        switch format {
        case .csv: append(OutputFormat.csvLine(row.values) + "\r\n")
        case .json: append((rows == 0 ? "[" : ",\n ") + OutputFormat.jsonObject(columns, row.values))
        default: append(OutputFormat.jsonObject(columns, row.values) + "\n")
        }
        rows += 1
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Ends the output of a result with `columns` (closes a JSON array; a header alone for
    /// CSV without rows) and writes what is left.
    func end(columns: [String]) throws {
        start(columns)
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
        let written = writeAll(buffer, to: STDOUT_FILENO)
        buffer.removeAll(keepingCapacity: true)
        guard written else { throw OutputClosed() }
    }

    /// Standard output can no longer be written (a closed pipe): the query stops.
    struct OutputClosed: Error {}
}
