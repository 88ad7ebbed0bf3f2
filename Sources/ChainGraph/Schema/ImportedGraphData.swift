/// The `<data>` of a GraphML file's top-level `<graph>` (its name, citation, author, …),
/// kept with the import it came from, so that nothing a file says about the whole graph is
/// dropped: `CALL graphData()` lists it and GraphML exports write it back on `<graph>`.
public struct ImportedGraphData: Hashable, Sendable, Codable {
    /// One value, as the file wrote it.
    public struct Entry: Hashable, Sendable, Codable {
        /// The key's `attr.name` (its id when it has none).
        public var name: String
        /// The key's `attr.type` (`string` when it had none).
        public var type: String
        /// The value's text.
        public var text: String

        /// An entry.
        public init(name: String, type: String, text: String) {
            self.name = name
            self.type = type
            self.text = text
        }
    }

    /// The file the import read (its path as given).
    public var source: String
    /// The `<graph>`'s `id`, when it had one.
    public var graphID: String?
    /// The values, in file order.
    public var entries: [Entry]

    /// A record of one import.
    public init(source: String, graphID: String?, entries: [Entry]) {
        self.source = source
        self.graphID = graphID
        self.entries = entries
    }
}
