extension Parser {
    mutating func patternPart() throws -> PatternPart {
        let start = current.start
        var pathVariable: String?
        if current.isIdentifier && peek().isSymbol("=") {
            pathVariable = advance().text
            index += 1
        }
        var shortest = PatternPart.Shortest.none
        if current.isKeyword("SHORTESTPATH") || current.isKeyword("ALLSHORTESTPATHS") {
            shortest = advance().isKeyword("SHORTESTPATH") ? .shortest : .allShortest
            try expect("(")
            var part = try patternElement()
            try expect(")")
            part.pathVariable = pathVariable
            part.shortest = shortest
            part.position = start
            return part
        }
        var part = try patternElement()
        part.pathVariable = pathVariable
        part.position = start
        return part
    }

    /// The relationship pattern (at least one step) starting at the current `(` inside an
    /// expression, or nil with the position unchanged. Each position is tried once: nested
    /// parentheses would otherwise be tried as a pattern at every level, and again for each
    /// way the levels around them were tried — exponential in the nesting.
    mutating func expressionPattern() -> PatternPart? {
        let saved = (index, depth)
        guard !noPatternAt.contains(index) else { return nil }
        patternAttempts += 1
        if let pattern = try? patternElement(), !pattern.steps.isEmpty { return pattern }
        (index, depth) = saved
        noPatternAt.insert(index)
        return nil
    }

    /// `(a)-[r]->(b)…`, possibly wrapped in parentheses.
    mutating func patternElement() throws -> PatternPart {
        try nest()
        defer { unnest() }
        if current.isSymbol("(") && peek().isSymbol("(") {
            index += 1
            let inner = try patternElement()
            try expect(")")
            return inner
        }
        let start = current.start
        let first = try nodePattern()
        var steps: [(relationship: RelationshipPattern, node: NodePattern)] = []
        while current.isSymbol("-") || current.isSymbol("<-") || current.isSymbol("—") {
            let relationship = try relationshipPattern()
            steps.append((relationship, try nodePattern()))
        }
        return PatternPart(pathVariable: nil, start: first, steps: steps, position: start)
    }

    mutating func nodePattern() throws -> NodePattern {
        let start = current.start
        try expect("(")
        var variable: String?
        if current.isIdentifier { variable = advance().text }
        let labels = try labelList()
        var properties: Expression?
        if current.isSymbol("{") || isParameter { properties = try primary() }
        try expect(")")
        return NodePattern(variable: variable, labels: labels, properties: properties, start: start)
    }

    var isParameter: Bool {
        if case .parameter = current.kind { return true }
        return false
    }

    mutating func relationshipPattern() throws -> RelationshipPattern {
        let start = current.start
        let pointsLeft = accept("<-")
        if !pointsLeft { try expect("-") }
        var variable: String?, types: [String] = [], properties: Expression?
        var length: (min: Int?, max: Int?)?
        if accept("[") {
            if current.isIdentifier { variable = advance().text }
            if accept(":") {
                types.append(try name("a relationship type"))
                while accept("|") {
                    _ = accept(":")
                    types.append(try name("a relationship type"))
                }
            }
            if current.isSymbol("..") || { if case .integer = current.kind { return true } else { return false } }() {
                throw error(.invalidRelationshipPattern, "a variable length needs '*' before its bounds", at: current.start)
            }
            if accept("*") {
                if current.isSymbol("-") {
                    throw error(.invalidRelationshipPattern, "a path length bound cannot be negative", at: current.start)
                }
                let low = try optionalBound()
                if accept("..") {
                    length = (low, try optionalBound())
                } else {
                    length = (low, low)
                }
            }
            if current.isSymbol("{") || isParameter { properties = try primary() }
            try expect("]")
        }
        let pointsRight: Bool
        if accept("->") {
            pointsRight = true
        } else if accept("-") {
            pointsRight = false
        } else {
            throw unexpected(expecting: "'-' or '->' to close the relationship")
        }
        // `<-[]->` matches either direction, like `-[]-`; CREATE refuses both forms.
        let direction: Direction = pointsLeft == pointsRight ? .both : pointsRight ? .outgoing : .incoming
        var uniqueTypes: [String] = []
        for type in types where !uniqueTypes.contains(type) { uniqueTypes.append(type) }
        return RelationshipPattern(variable: variable, types: uniqueTypes, properties: properties, direction: direction,
                                   length: length, start: start)
    }

    private mutating func optionalBound() throws -> Int? {
        if case .oversizedInteger = current.kind {
            throw error(.integerOverflow, "a path length bound must be at most \(Int32.max)", at: current.start)
        }
        guard case .integer(let value) = current.kind else { return nil }
        index += 1
        guard value <= Int64(Int32.max) else {
            throw error(.integerOverflow, "a path length bound must be at most \(Int32.max)", at: tokens[index - 1].start)
        }
        return Int(value)
    }
}
