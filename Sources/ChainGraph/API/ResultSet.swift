/// The result of a statement: column names and rows of typed values.
///
/// Iterate it row by row, or read ``rows`` at once:
///
/// ```swift
/// let result = try db.execute("MATCH (m:Material) RETURN m.name AS name ORDER BY name")
/// for row in result {
///     print(row["name"])
/// }
/// ```
public struct ResultSet: Sequence, Sendable {
    /// One row: values in column order, also readable by column name.
    public struct Row: Sendable, CustomStringConvertible {
        /// The column names, shared with the result.
        public let columns: [String]
        /// The values, in column order.
        public let values: [Value]

        /// A row of `values` under `columns` (for a caller that streams rows of its own,
        /// such as ``SparkCluster``'s).
        public init(columns: [String], values: [Value]) {
            self.columns = columns
            self.values = values
        }

        /// The value of the column named `column`. A column the result does not have is a
        /// programming error and stops the program with a message naming the columns there
        /// are (as an array index out of range does); ``value(_:)`` throws instead.
        public subscript(column: String) -> Value {
            guard let index = columns.firstIndex(of: column) else {
                preconditionFailure(Self.missingColumn(column, among: columns).message)
            }
            return values[index]
        }

        /// The value of the column named `column`.
        ///
        /// - Throws: `ArgumentError (UnknownColumn)` naming the columns there are, with a
        ///   "did you mean" for a near name.
        public func value(_ column: String) throws -> Value {
            guard let index = columns.firstIndex(of: column) else { throw Self.missingColumn(column, among: columns) }
            return values[index]
        }

        /// The row as a value of the caller's `Decodable` type: its properties are read from
        /// the columns of the same name — or, when the row has a single column holding a
        /// node, an edge or a map, from that value's properties or entries.
        ///
        /// ```swift
        /// struct Material: Decodable { var name: String; var tier: Int? }
        /// let materials = try db.execute("MATCH (m:Material) RETURN m.name AS name, m.tier AS tier")
        ///     .decode(Material.self)
        /// ```
        ///
        /// - Throws: `DecodingError` with the column (and key) path to the value at fault.
        public func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if values.count == 1 {
                switch values[0] {
                case .node, .edge, .map:
                    return try ValueDecoder.decode(type, from: values[0], codingPath: [ValueCodingKey(stringValue: columns[0])])
                default: break
                }
            }
            var entries: [String: Value] = [:]
            for (column, value) in zip(columns, values) { entries[column] = value }
            return try ValueDecoder.decode(type, from: .map(entries))
        }

        static func missingColumn(_ column: String, among columns: [String]) -> ChainGraphError {
            ChainGraphError(.argumentError, .unknownColumn,
                            "the result has no column '\(column)'; its columns are "
                            + (columns.isEmpty ? "none" : columns.map { "'\($0)'" }.joined(separator: ", "))
                            + NameSuggestion.hint(for: column, among: columns))
        }

        /// The value at column position `index`.
        public subscript(index: Int) -> Value { values[index] }

        /// `{column: value, …}`.
        public var description: String {
            "{" + zip(columns, values).map { "\($0): \($1)" }.joined(separator: ", ") + "}"
        }
    }

    /// The column names, in order.
    public let columns: [String]
    /// The rows, as lists of values in column order.
    public let rows: [[Value]]
    /// For EXPLAIN and PROFILE: the plan, one operator per line.
    public let plan: String?
    /// What the statement wants the user to know although it succeeded: a deprecated
    /// argument form, the edge types a procedure chose to follow. The REPL and
    /// `chaingraph query` print them (the latter on stderr).
    public let notices: [String]

    /// Creates a result.
    public init(columns: [String], rows: [[Value]], plan: String? = nil, notices: [String] = []) {
        self.columns = columns
        self.rows = rows
        self.plan = plan
        self.notices = notices
    }

    init(_ result: QueryResult) {
        self.init(columns: result.columns, rows: result.rows, plan: result.plan, notices: result.notices)
    }

    /// The number of rows.
    public var count: Int { rows.count }

    /// Iterates the rows.
    public func makeIterator() -> AnyIterator<Row> {
        var iterator = rows.makeIterator()
        let columns = self.columns
        return AnyIterator { iterator.next().map { Row(columns: columns, values: $0) } }
    }

    /// Every row as a value of the caller's `Decodable` type (see ``Row/decode(_:)``).
    public func decode<T: Decodable>(_ type: T.Type) throws -> [T] {
        try map { try $0.decode(type) }
    }

    /// The single value of a one-row, one-column result, or nil.
    public var scalar: Value? {
        // Not a ternary: `Value` is ExpressibleByNilLiteral, so `cond ? value : nil` would be `.null`.
        guard rows.count == 1, columns.count == 1 else { return nil }
        return rows[0][0]
    }
}
