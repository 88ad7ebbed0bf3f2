/// Engine: where a statement's rows go as they are produced, instead of into a
/// ``QueryResult``: the column names first, then each row's values in column order.
/// Either closure may throw to stop the statement.
struct RowReceiver {
    /// Takes the column names, before any row.
    var start: ([String]) throws -> Void
    /// Takes one row.
    var receive: ([Value]) throws -> Void
}
