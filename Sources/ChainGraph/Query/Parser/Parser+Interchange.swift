extension Parser {
    /// `EXPORT (GRAPHML|DOT|SVG) TO path [PROFILE p] [TYPES T, …] [FROM query]` or
    /// `IMPORT GRAPHML FROM path`.
    mutating func interchangeStatement() throws -> InterchangeStatement {
        let start = current.start
        let operation: InterchangeStatement.Operation = acceptKeyword("EXPORT") ? .export : .import
        if operation == .import { try expectKeyword("IMPORT") }
        let formatName = try name("GRAPHML, DOT or SVG")
        guard let format = InterchangeStatement.Format(rawValue: formatName.uppercased()),
              operation == .export || format == .graphml else {
            throw error(.unexpectedSyntax, "expected \(operation == .export ? "GRAPHML, DOT or SVG" : "GRAPHML") but found \(formatName)",
                        at: tokens[index - 1].start)
        }
        try expectKeyword(operation == .export ? "TO" : "FROM")
        let pathStart = current.start
        let path: Expression
        switch current.kind {
        case .string, .parameter: path = try primary()
        default: throw error(.unexpectedSyntax, "expected a quoted file name or a parameter", at: pathStart)
        }
        var statement = InterchangeStatement(operation: operation, format: format, path: path, profile: .plain,
                                          types: [], query: nil, position: start)
        guard operation == .export else { return statement }
        if acceptKeyword("PROFILE") {
            let profileStart = current.start
            let profileName = try name("a profile (plain, yed, gephi, tinkerpop, apoc)")
            guard format == .graphml, let profile = GraphMLProfile(rawValue: profileName.lowercased()) else {
                throw error(.unknownProfile, "unknown profile '\(profileName)': use plain, yed, gephi, tinkerpop or apoc (GraphML only)",
                            at: profileStart)
            }
            statement.profile = profile
            let legendStart = current.start
            if acceptKeyword("LEGEND") {
                guard profile == .yed else {
                    throw error(.unexpectedSyntax, "LEGEND goes with PROFILE yed", at: legendStart)
                }
                statement.includesLegend = true
            }
        }
        if acceptKeyword("TYPES") {
            statement.types = [try name("a node or edge type")]
            while accept(",") { statement.types.append(try name("a node or edge type")) }
        }
        if acceptKeyword("FROM") { statement.query = try query() }
        return statement
    }
}

extension Parser {
    /// `COPY Type FROM path`.
    mutating func copyStatement() throws -> CopyStatement {
        let start = current.start
        try expectKeyword("COPY")
        let type = try name("a node or edge type")
        try expectKeyword("FROM")
        guard case .string = current.kind else {
            if case .parameter = current.kind { return CopyStatement(type: type, path: try primary(), position: start) }
            throw error(.unexpectedSyntax, "expected a quoted file name or a parameter", at: current.start)
        }
        return CopyStatement(type: type, path: try primary(), position: start)
    }
}
