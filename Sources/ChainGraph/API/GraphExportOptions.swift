/// Options of a GraphML or DOT export.
public struct GraphExportOptions: Sendable {
    /// The viewer the file is for (GraphML only).
    public var profile: GraphMLProfile
    /// What to export.
    public var scope: ExportScope
    /// Whether to indent the XML (on by default; off makes files about 20% smaller).
    public var indent: Bool
    /// Called with (elements written, elements to write) every 10,000 elements and at the end,
    /// in order, from the thread writing the file (not always the caller's: a GraphML export
    /// writes beside formatting, on the worker threads).
    public var progress: (@Sendable (Int64, Int64) -> Void)?
    /// Whether the yEd profile adds a legend: one coloured node per type, marked
    /// `chaingraph.legend = true`, left of the graph. Off by default: the legend's boxes are
    /// `<node>`s, which other tools would count as data.
    public var includesLegend = false
    /// Limits of the export — time, memory growth and cancellation, also for a `.query`
    /// scope's query and while waiting on a FIFO — as for a query; nil for none.
    public var limits: QueryOptions?

    /// Creates export options: the whole graph, plain, indented by default.
    public init(profile: GraphMLProfile = .plain, scope: ExportScope = .wholeGraph, indent: Bool = true,
                progress: (@Sendable (Int64, Int64) -> Void)? = nil) {
        self.profile = profile
        self.scope = scope
        self.indent = indent
        self.progress = progress
    }
}

