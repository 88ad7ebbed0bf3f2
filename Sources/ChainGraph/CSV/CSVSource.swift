/// One CSV file of an import, and the label or type its rows get when the file does not say.
public struct CSVSource: Sendable, Hashable {
    /// The file.
    public var path: String
    /// A node file's label, or a relationship file's type, for rows that carry none.
    public var name: String?

    /// Creates a source.
    public init(_ path: String, name: String? = nil) {
        self.path = path
        self.name = name
    }
}
