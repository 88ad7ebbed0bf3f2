/// AST: statements that move a graph between the database and files.
///
/// ```
/// EXPORT GRAPHML TO 'chain.graphml' [PROFILE plain|yed|gephi|tinkerpop|apoc [LEGEND]] [TYPES Material, FEEDS] [FROM MATCH … RETURN …]
/// EXPORT DOT TO 'chain.dot' [TYPES …] [FROM …]
/// EXPORT SVG TO 'chain.svg' [TYPES …] [FROM …]
/// IMPORT GRAPHML FROM 'network.graphml'
/// ```
struct InterchangeStatement: Sendable {
    enum Format: String, Sendable { case graphml = "GRAPHML", dot = "DOT", svg = "SVG" }
    /// Which way the data moves.
    enum Operation: Sendable { case export, `import` }

    var operation: Operation
    var format: Format
    /// A string literal or a parameter.
    var path: Expression
    var profile: GraphMLProfile
    /// `LEGEND` after the profile: legend nodes (yEd profile).
    var includesLegend = false
    var types: [String]
    var query: Query?
    var position: Int
}

/// AST: `COPY Type FROM 'file.csv'` (Kuzu's form): rows of a CSV file with a header row
/// into a declared node type (columns are properties) or edge type (the first two columns
/// are the primary keys of the endpoints, the rest properties).
struct CopyStatement: Sendable {
    var type: String
    /// A string literal or a parameter.
    var path: Expression
    var position: Int
}
