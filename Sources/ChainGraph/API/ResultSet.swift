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

        /// The value of the column named `column`, or ``Value/null`` when there is no such column.
        public subscript(column: String) -> Value {
            columns.firstIndex(of: column).map { values[$0] } ?? .null
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

    /// Creates a result.
    public init(columns: [String], rows: [[Value]], plan: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.plan = plan
    }

    init(_ result: QueryResult) {
        self.init(columns: result.columns, rows: result.rows, plan: result.plan)
    }

    /// The number of rows.
    public var count: Int { rows.count }

    /// Iterates the rows.
    public func makeIterator() -> AnyIterator<Row> {
        var iterator = rows.makeIterator()
        let columns = self.columns
        return AnyIterator { iterator.next().map { Row(columns: columns, values: $0) } }
    }

    /// The single value of a one-row, one-column result, or nil.
    public var scalar: Value? {
        // Not a ternary: `Value` is ExpressibleByNilLiteral, so `cond ? value : nil` would be `.null`.
        guard rows.count == 1, columns.count == 1 else { return nil }
        return rows[0][0]
    }
}
