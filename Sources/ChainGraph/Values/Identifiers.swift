/// The identity of a node: a dense integer, stable for the node's life and never reused
/// while the database is open.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The integer behind the identity (what `id(n)` returns).
    public var rawValue: Int64

    /// Wraps an integer.
    public init(_ rawValue: Int64) { self.rawValue = rawValue }

    /// Orders by the integer.
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The integer, in decimal.
    public var description: String { String(rawValue) }
}

/// The identity of an edge: a dense integer, stable for the edge's life.
public struct EdgeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The integer behind the identity (what `id(r)` returns).
    public var rawValue: Int64

    /// Wraps an integer.
    public init(_ rawValue: Int64) { self.rawValue = rawValue }

    /// Orders by the integer.
    public static func < (lhs: EdgeID, rhs: EdgeID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The integer, in decimal.
    public var description: String { String(rawValue) }
}

/// Where a fact came from: the seed script or import file, and the line in it.
public struct Provenance: Hashable, Sendable {
    /// The file name (a seed article, a GraphML or CSV file), or any label the user chose.
    public var source: String?
    /// The line in `source`, counting from 1.
    public var line: Int64?

    /// Creates a provenance record.
    public init(source: String? = nil, line: Int64? = nil) {
        self.source = source
        self.line = line
    }

    /// No provenance.
    public static let none = Provenance()
}

/// The direction of a traversal relative to the node it starts from.
public enum Direction: String, Hashable, Sendable, CaseIterable {
    /// Along edges leaving the node (`(n)-->()`).
    case outgoing
    /// Along edges entering the node (`(n)<--()`).
    case incoming
    /// Along edges either way (`(n)--()`).
    case both
}
