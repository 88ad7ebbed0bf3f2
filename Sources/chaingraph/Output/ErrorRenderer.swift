import ChainGraph

/// Renders an error for a person: the message, then the statement line with a caret.
///
/// ```
/// SyntaxError (UnknownNodeType) at 1:10: there is no node type 'Materail' (did you mean 'Material'?)
/// 1 | MATCH (m:Materail) RETURN m
///   |          ^
/// ```
struct ErrorRenderer {
    var terminal: Terminal

    func render(_ error: Error, statement: String?) -> String {
        guard let error = error as? ChainGraphError else { return terminal.styled("Error: \(error)", .red) + "\n" }
        var output = terminal.styled(error.description, .red) + "\n"
        if let statement, error.position?.file == nil, let excerpt = error.excerpt(in: statement) {
            output += excerpt + "\n"
        }
        return output
    }
}
