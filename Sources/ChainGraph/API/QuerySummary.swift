/// What a statement whose rows were handed on one by one returns: everything of a
/// ``ResultSet`` but the rows.
public struct QuerySummary: Sendable {
    /// The column names, in order.
    public let columns: [String]
    /// For PROFILE: the plan with rows and time per operator.
    public let plan: String?
    /// What the statement wants the user to know although it succeeded.
    public let notices: [String]
}
