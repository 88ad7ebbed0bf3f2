/// Engine: what a statement returns — column names, rows of values in column order, and
/// for EXPLAIN and PROFILE the plan. The public ``ResultSet`` wraps it.
struct QueryResult: Sendable {
    /// The column names, in order.
    var columns: [String]
    /// The rows, as lists of values in column order.
    var rows: [[Value]]
    /// For EXPLAIN and PROFILE: the plan, one operator per line.
    var plan: String?
    /// What the statement wants the user to know although it succeeded (a deprecated
    /// argument form, a default it chose).
    var notices: [String] = []

    init(columns: [String], rows: [[Value]], plan: String? = nil, notices: [String] = []) {
        self.columns = columns
        self.rows = rows
        self.plan = plan
        self.notices = notices
    }
}
