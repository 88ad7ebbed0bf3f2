/// Options of a CSV import.
public struct CSVImportOptions: Sendable {
    /// The field separator.
    public var delimiter: Character
    /// The separator of array elements inside a field (`a;b;c`).
    public var arrayDelimiter: Character
    /// How many bad rows to skip (and report) before the import fails; 0 fails at the first.
    /// Either way a failed import leaves the database as it was.
    public var maximumBadRows: Int
    /// Headers to use instead of a file's own first line, by file name (`materials.csv`):
    /// how a plain CSV (`id,name,tier`) is mapped, e.g. `"id:ID(Material),name,tier:int"`.
    public var headers: [String: String]
    /// The longest record (row) a file may have, in bytes; a longer one fails the import with
    /// `LimitExceeded (RecordTooLong)` once that much is read — usually an unclosed quote, or a
    /// file that is not CSV — instead of reading the rest of the file into one field.
    public var maximumRecordBytes: Int
    /// Called with (bytes read, total bytes) about every megabyte.
    public var progress: (@Sendable (Int64, Int64) -> Void)?
    /// Limits of the whole operation — time, memory growth, cancellation, and (imports) the
    /// most nodes and edges — as for a query; nil for none. Waiting on a FIFO checks them too.
    public var limits: QueryOptions?

    /// The longest record by default: 16 MiB.
    public static let defaultMaximumRecordBytes = 16 << 20

    /// The defaults: comma, `;` in arrays, no bad rows allowed, records of at most 16 MiB.
    public init(delimiter: Character = ",", arrayDelimiter: Character = ";", maximumBadRows: Int = 0,
                headers: [String: String] = [:], maximumRecordBytes: Int = CSVImportOptions.defaultMaximumRecordBytes,
                progress: (@Sendable (Int64, Int64) -> Void)? = nil) {
        self.delimiter = delimiter
        self.maximumRecordBytes = maximumRecordBytes
        self.arrayDelimiter = arrayDelimiter
        self.maximumBadRows = maximumBadRows
        self.headers = headers
        self.progress = progress
    }
}

/// What a CSV import did.
public struct CSVImportSummary: Sendable {
    /// Nodes created.
    public var nodes = 0
    /// Edges created.
    public var edges = 0
    /// The bad rows skipped (at most 100 are kept), each with file:line.
    public var badRows: [ChainGraphError] = []
    /// How many bad rows were skipped in all.
    public var badRowCount = 0

    /// An empty summary.
    public init() {}
}
