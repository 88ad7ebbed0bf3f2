/// A position in a text a user wrote: a query, a script, a GraphML or CSV file.
///
/// Lines and columns count from 1; `offset` is the UTF-8 byte offset from the
/// start of the text, counting from 0. `file` is set when the text came from a file.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    /// The file the text came from, if any.
    public var file: String?
    /// The line, counting from 1.
    public var line: Int
    /// The column, counting from 1, in Unicode scalars.
    public var column: Int
    /// The UTF-8 byte offset from the start of the text, counting from 0.
    public var offset: Int

    /// Creates a position.
    public init(file: String? = nil, line: Int, column: Int, offset: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `file:line:column`, or `line:column` without a file.
    public var description: String {
        if let file { return "\(file):\(line):\(column)" }
        return "\(line):\(column)"
    }
}
