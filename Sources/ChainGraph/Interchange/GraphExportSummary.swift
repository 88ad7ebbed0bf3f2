/// What an export wrote.
public struct GraphExportSummary: Sendable, Hashable {
    /// Nodes written (legend nodes not counted).
    public var nodes: Int
    /// Edges written.
    public var edges: Int
}
