/// AST: a node in a pattern, `(a:Material {name: 'x'})`.
struct NodePattern: Sendable {
    var variable: String?
    var labels: [String]
    var properties: Expression?
    var start: Int
}

/// AST: a relationship in a pattern, `-[r:FEEDS|SUPPLIES*1..3 {share: 1}]->`.
struct RelationshipPattern: Sendable {

    var variable: String?
    var types: [String]
    var properties: Expression?
    var direction: Direction
    /// For variable-length relationships, the bounds (nil bound = open).
    var length: (min: Int?, max: Int?)?
    var start: Int
}

/// AST: a path pattern `p = (a)-[r]->(b)<-(c)`, optionally inside `shortestPath(...)`.
struct PatternPart: Sendable {
    enum Shortest: Sendable { case none, shortest, allShortest }

    var pathVariable: String?
    var shortest: Shortest = .none
    var start: NodePattern
    var steps: [(relationship: RelationshipPattern, node: NodePattern)]
    var position: Int

    var nodes: [NodePattern] { [start] + steps.map(\.node) }
    var relationships: [RelationshipPattern] { steps.map(\.relationship) }

    /// The property-map expressions in the pattern.
    var expressions: [Expression] {
        nodes.compactMap(\.properties) + relationships.compactMap(\.properties)
    }

    /// Every variable the pattern names, in order of appearance.
    var variables: [String] {
        var names: [String] = []
        if let pathVariable { names.append(pathVariable) }
        // Read in place: `nodes` and `relationships` would copy every part into new arrays.
        if let name = start.variable { names.append(name) }
        for step in steps { if let name = step.node.variable { names.append(name) } }
        for step in steps { if let name = step.relationship.variable { names.append(name) } }
        return names
    }
}
