/// Engine: what a statement returns — column names, rows of values in column order, and
/// for EXPLAIN and PROFILE the plan. The public ``ResultSet`` wraps it.
struct QueryResult: Sendable {
    /// The column names, in order.
    var columns: [String]
    /// The rows, as lists of values in column order.
    var rows: [[Value]]
    /// For EXPLAIN and PROFILE: the plan, one operator per line.
    var plan: String?

    init(columns: [String], rows: [[Value]], plan: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.plan = plan
    }
}
