/// Executor: finds every way a pattern can be laid over the graph, given the variables a
/// row already binds. Relationships are walked on the adjacency index; every relationship
/// is used at most once per match (openCypher's relationship uniqueness), and
/// variable-length steps walk trails (no relationship twice).
final class PatternMatcher {
    let context: ExecutionContext
    /// The graph as it is when the matcher is made (matching never writes): read from here,
    /// not through the context, so that no access copies the whole graph.
    let graph: GraphReader
    /// Nodes known by id from the WHERE clause (`id(n) = $x`), looked up instead of scanned.
    var idSeeks: [String: Int64] = [:]
    /// Property equalities a scan for a variable's node checks on the stored columns in place,
    /// before the node is matched further (``ScanFilter``).
    var scanFilters: [String: [ScanFilter]] = [:]
    /// Ranges and prefixes of a variable's properties that a property index can answer
    /// (``RangeFilter``).
    var rangeFilters: [String: [RangeFilter]] = [:]
    /// Label and edge-type symbols of the pattern's parts, by where each part starts in the
    /// text: looked up by name once per matcher, not at every step.
    private var labelSymbols: [Int: Int32?] = [:]
    private var typeSymbolLists: [Int: [Int32?]?] = [:]
    /// What fixed-length steps check of the nodes they reach, by where the relationship and
    /// its node start (a reversed pattern's steps are other steps).
    private var nodeChecks: [Int: StepNodeCheck] = [:]
    /// One buffer of (edge, neighbour) pairs per depth of fixed-length steps being walked.
    private var stepBuffers: [[(edge: Int64, neighbor: Int64)]] = []
    private var stepDepth = 0

    init(_ context: ExecutionContext) {
        self.context = context
        graph = context.graph
    }

    /// Whether the pattern matches at least once.
    func exists(_ pattern: PatternPart, in row: Bindings) throws -> Bool {
        var found = false
        do {
            try match([pattern], from: row) { _ in
                found = true
                throw StopMatching()
            }
        } catch is StopMatching {}
        return found
    }

    private struct StopMatching: Error {}

    /// Calls `emit` with `row` extended by each match of all `patterns` together. With
    /// `oriented`, the patterns are in walking order already (a MATCH's plan decided, see
    /// ``PatternPlan/walked``); without it each pattern is walked from the end that is
    /// cheaper to find in `row`.
    func match(_ patterns: [PatternPart], oriented: Bool = false, from row: Bindings,
               emit: (Bindings) throws -> Void) throws {
        try matchParts(patterns[...], oriented, row, UsedEdges(), emit)
    }

    private func matchParts(_ patterns: ArraySlice<PatternPart>, _ oriented: Bool, _ row: Bindings, _ used: UsedEdges,
                            _ emit: (Bindings) throws -> Void) throws {
        guard let pattern = patterns.first else { return try emit(row) }
        let rest = patterns.dropFirst()
        if pattern.shortest != .none {
            return try ShortestPathSearch(matcher: self).match(pattern, row) { extended in
                try matchParts(rest, oriented, extended, used, emit)
            }
        }
        // Start from whichever end is anchored, so a pattern anchored at its far end is walked from there.
        let walksBackwards = !oriented && prefersLastNode(pattern, row)
        let walked = walksBackwards ? PatternMatcher.reversed(pattern) : pattern
        // Read once: the closures below run per match and would copy the pattern to read it.
        let pathVariable = pattern.pathVariable, isReversed = walked.position == -1
        let startVariable = walked.start.variable
        try forEachCandidate(walked.start, row) { startID in
            var bound = row
            if let startVariable { bound[startVariable] = context.nodeReference(startID) }
            var trail = PathTrail(nodes: [startID], edges: [])
            try matchSteps(walked, 0, startID, bound, used, &trail) { finished, trail in
                guard let pathVariable else { return try matchParts(rest, oriented, finished, used, emit) }
                var result = finished
                result[pathVariable] = (isReversed ? trail.reversed() : trail).value(context)
                try matchParts(rest, oriented, result, used, emit)
            }
        }
    }

    /// Whether `pattern` is better walked from its last node: that node is found with less
    /// work than the first (``AnchorAccess/rank``).
    func prefersLastNode(_ pattern: PatternPart, _ row: Bindings) -> Bool {
        guard !pattern.steps.isEmpty else { return false }
        return anchor(of: pattern.nodes.last!, row).rank > anchor(of: pattern.start, row).rank
    }

    /// How the node of `node` is found given `row` (``AnchorAccess``).
    func anchor(of node: NodePattern, _ row: Bindings) -> AnchorAccess {
        AnchorAccess.choose(for: node, graph: graph, isBound: { row[$0].map { !$0.isNull } ?? false },
                            isSoughtByID: { idSeeks[$0] != nil }, scanFilters: scanFilters, rangeFilters: rangeFilters)
    }

    static func isBound(_ node: NodePattern, _ row: Bindings) -> Bool {
        guard let name = node.variable, let value = row[name] else { return false }
        return !value.isNull
    }

    /// The same pattern walked from its last node; `position` -1 marks it reversed.
    static func reversed(_ pattern: PatternPart) -> PatternPart {
        let nodes = pattern.nodes.reversed() as [NodePattern]
        var relationships = pattern.relationships.reversed() as [RelationshipPattern]
        for index in relationships.indices {
            switch relationships[index].direction {
            case .outgoing: relationships[index].direction = .incoming
            case .incoming: relationships[index].direction = .outgoing
            case .both: break
            }
        }
        var result = pattern
        result.start = nodes[0]
        result.steps = Array(zip(relationships, nodes.dropFirst())).map { ($0.0, $0.1) }
        result.position = -1
        return result
    }

    /// Calls `body` with each node id that can stand at `node` given `row`.
    func forEachCandidate(_ node: NodePattern, _ row: Bindings, _ body: (Int64) throws -> Void) throws {
        if let name = node.variable, let value = row[name] {
            guard case .node(let bound) = value else {
                if value.isNull { return }
                throw context.error(.typeError, .variableTypeConflict, "'\(name)' is not a node", at: node.start)
            }
            if try nodeMatches(bound.id.rawValue, node, row) { try body(bound.id.rawValue) }
            return
        }
        // The access path EXPLAIN shows for this node (``AnchorAccess``), decided with the row.
        let access = anchor(of: node, row)
        if case .idSeek(let name) = access, let id = idSeeks[name] {
            if try nodeMatches(id, node, row) { try body(id) }
            return
        }
        if case .primaryKey = access, let candidate = try primaryKeyCandidate(node, row) {
            if let id = candidate, try nodeMatches(id, node, row) { try body(id) }
            return
        }
        var labelSymbol: Int32?
        if let label = node.labels.first {
            guard let symbol = graph.labels.id(of: label) else { return }
            labelSymbol = symbol
        }
        let filters = node.variable.flatMap { scanFilters[$0] } ?? []
        var checks: [(key: Int32, value: Value)] = []
        for filter in filters {
            let value = try Evaluator(context).evaluate(filter.value, row)
            // Nothing equals null, and no node has a property no node has.
            guard !value.isNull, let symbol = graph.propertyKeys.id(of: filter.key) else { return }
            checks.append((symbol, value))
        }
        let graph = self.graph
        // A property index gives the candidates instead of a scan: for an equality, or a range or prefix.
        var indexed: [Int64]?
        switch access {
        case .propertyIndex(let label, let property):
            if let position = filters.firstIndex(where: { $0.key == property }) {
                context.indexLookups += 1
                indexed = graph.indexedNodes(label: label, property: property, equalTo: checks[position].value)
            }
        case .propertyIndexRange(let label, let property):
            let evaluator = Evaluator(context)
            let bounds = try (node.variable.flatMap { rangeFilters[$0] } ?? []).filter { $0.key == property }
                .map { ($0, try evaluator.evaluate($0.value, row)) }
            switch RangeFilter.range(bounds) {
            case .some(.none): return
            case .some(.some(let range)):
                context.indexLookups += 1
                indexed = graph.indexedNodes(label: label, property: property, in: range)
            case .none: break
            }
        default: break
        }
        let context = self.context
        func visit(_ candidates: [Int64], examined: Int) throws {
            context.nodesScanned += examined
            try context.checkLimits()
            for index in candidates where try nodeMatches(index, node, row) { try body(index) }
        }
        if let indexed {
            for index in indexed { try graph.scanNodes(index..<index + 1, label: labelSymbol, equalities: checks, visit) }
        } else {
            try graph.scanNodes(0..<graph.nodeIDLimit, label: labelSymbol, equalities: checks, visit)
        }
    }

    /// In strict mode, `(:Material {name: 'x'})` with the primary key given is a point lookup.
    private func primaryKeyCandidate(_ node: NodePattern, _ row: Bindings) throws -> Int64?? {
        guard let (label, _, entry) = AnchorAccess.primaryKeyEntry(of: node, graph, scanFilters: scanFilters),
              let symbol = graph.labels.id(of: label) else { return nil }
        let value = try Evaluator(context).evaluate(entry, row)
        return .some(graph.primaryKeyOwner(PrimaryKey(type: symbol, value: value)))
    }

    func nodeMatches(_ id: Int64, _ node: NodePattern, _ row: Bindings) throws -> Bool {
        // `(b)`: any node, decided from the liveness bits (the common end of `*1..n`).
        if node.labels.isEmpty && node.properties == nil { return graph.isNodeAlive(id) }
        if node.properties == nil, node.labels.count == 1 {
            // One label (`(:Material)`): checked on the stored labels in place.
            guard let symbol = labelSymbol(node) else { return false }
            return graph.nodeHasLabel(id, symbol)
        }
        guard let record = graph.nodeRecord(id) else { return false }
        for label in node.labels {
            guard let symbol = graph.labels.id(of: label), record.labels.contains(symbol) else { return false }
        }
        guard let properties = node.properties else { return true }
        return try propertiesMatch(record.properties, properties, row)
    }

    func propertiesMatch(_ stored: PropertyMap, _ expression: Expression, _ row: Bindings) throws -> Bool {
        let expected = try Evaluator(context).evaluate(expression, row)
        guard case .map(let entries) = expected else {
            if expected.isNull { return false }
            throw context.error(.typeError, .invalidArgumentType, "a pattern's properties must be a map", at: expression.start)
        }
        for (key, value) in entries {
            guard let symbol = graph.propertyKeys.id(of: key), let actual = stored[symbol],
                  Value.cypherEquals(actual, value) == true else { return false }
        }
        return true
    }

    /// The symbol of a one-label node pattern's label, or nil when no node has it.
    private func labelSymbol(_ node: NodePattern) -> Int32? {
        if let known = labelSymbols[node.start] { return known }
        let symbol = graph.labels.id(of: node.labels[0])
        labelSymbols[node.start] = symbol
        return symbol
    }

    /// The edge-type symbols `relationship` may walk (`[nil]` for any type), or nil when no
    /// edge has any of its types.
    func typeSymbols(_ relationship: RelationshipPattern) -> [Int32?]? {
        if let known = typeSymbolLists[relationship.start] { return known }
        let symbols = lookUpTypeSymbols(relationship)
        typeSymbolLists[relationship.start] = symbols
        return symbols
    }

    private func lookUpTypeSymbols(_ relationship: RelationshipPattern) -> [Int32?]? {
        if relationship.types.isEmpty { return [nil] }
        let symbols = relationship.types.compactMap { graph.edgeTypes.id(of: $0) }
        return symbols.isEmpty ? nil : symbols.map { $0 }
    }

    /// The (edge, neighbour) pairs at `node` that `relationship` may walk.
    func steps(from node: Int64, _ relationship: RelationshipPattern) -> [(edge: Int64, neighbor: Int64)] {
        guard let types = typeSymbols(relationship) else { return [] }
        return steps(from: node, types: types, direction: relationship.direction)
    }

    /// The (edge, neighbour) pairs at `node` over edges of `types` in `direction`, written
    /// into `result` (emptied first, its storage kept).
    func steps(from node: Int64, types: [Int32?], direction: Direction, into result: inout [(edge: Int64, neighbor: Int64)]) {
        result.removeAll(keepingCapacity: true)
        for type in types {
            graph.forEachEdge(of: node, type: type, direction: direction) { edge, neighbor in
                result.append((edge, neighbor))
                return true
            }
        }
    }

    /// The (edge, neighbour) pairs at `node` over edges of `types` in `direction`.
    private func steps(from node: Int64, types: [Int32?], direction: Direction) -> [(edge: Int64, neighbor: Int64)] {
        var result: [(edge: Int64, neighbor: Int64)] = []
        steps(from: node, types: types, direction: direction, into: &result)
        return result
    }

    private func matchSteps(_ pattern: PatternPart, _ index: Int, _ current: Int64, _ row: Bindings,
                            _ used: UsedEdges, _ trail: inout PathTrail,
                            _ finish: (Bindings, PathTrail) throws -> Void) throws {
        guard index < pattern.steps.count else { return try finish(row, trail) }
        let (relationship, next) = pattern.steps[index]
        guard let length = relationship.length else {
            return try matchStep(relationship, next, pattern, index, current, row, used, &trail, finish)
        }
        // The trail only feeds a path variable; without one it is not extended.
        let tracksTrail = pattern.pathVariable != nil, nextVariable = next.variable
        try VariableLengthExpansion(matcher: self, relationship: relationship, minimum: length.min ?? 1, maximum: length.max)
            .expand(from: current, row, used) { edges, end, extended in
                let matches = edges.isEmpty ? try endpointMatches(end, next, extended)
                    : try endpointMatches(end, next, reachedOver: relationship, extended)
                guard matches else { return }
                var bound = extended
                if let nextVariable { bound[nextVariable] = context.nodeReference(end) }
                guard tracksTrail else {
                    return try matchSteps(pattern, index + 1, end, bound, used, &trail, finish)
                }
                let mark = trail
                trail.append(edges: edges, context: context)
                try matchSteps(pattern, index + 1, end, bound, used, &trail, finish)
                trail = mark
            }
    }

    /// One fixed-length step, then the rest of the pattern from each node it reaches.
    private func matchStep(_ relationship: RelationshipPattern, _ next: NodePattern, _ pattern: PatternPart, _ index: Int,
                           _ current: Int64, _ row: Bindings, _ used: UsedEdges, _ trail: inout PathTrail,
                           _ finish: (Bindings, PathTrail) throws -> Void) throws {
        guard let types = typeSymbols(relationship) else { return }
        let nodeCheck = self.nodeCheck(next, over: relationship)
        if case .never = nodeCheck { return }
        let relationshipVariable = relationship.variable, nodeVariable = next.variable
        let boundEdge: Int64?
        if let relationshipVariable, let value = row[relationshipVariable] {
            guard case .edge(let edge) = value else { return }
            boundEdge = edge.id.rawValue
        } else {
            boundEdge = nil
        }
        let boundNode = nodeVariable.flatMap { row[$0] }
        // The trail only feeds a path variable; without one it is not extended.
        let tracksTrail = pattern.pathVariable != nil
        // The pairs go into a buffer kept for this depth of the walk (steps nest, one
        // buffer each), so a step does not allocate an array.
        let depth = stepDepth
        stepDepth += 1
        defer { stepDepth -= 1 }
        if depth == stepBuffers.count { stepBuffers.append([]) }
        var pairs = stepBuffers[depth]
        stepBuffers[depth] = []
        defer { stepBuffers[depth] = pairs }
        steps(from: current, types: types, direction: relationship.direction, into: &pairs)
        for (edge, neighbor) in pairs {
            try context.checkLimits()
            if used.edges.contains(edge) { continue }
            if let boundEdge, boundEdge != edge { continue }
            if let properties = relationship.properties,
               !(try propertiesMatch(graph.edgeRecord(edge)!.properties, properties, row)) { continue }
            if let boundNode {
                guard case .node(let bound) = boundNode, bound.id.rawValue == neighbor else { continue }
            }
            guard try passes(nodeCheck, neighbor, next, row) else { continue }
            var bound = row
            if let relationshipVariable { bound[relationshipVariable] = context.edgeReference(edge) }
            if let nodeVariable, boundNode == nil { bound[nodeVariable] = context.nodeReference(neighbor) }
            used.edges.append(edge)
            if tracksTrail {
                trail.nodes.append(neighbor)
                trail.edges.append(edge)
            }
            try matchSteps(pattern, index + 1, neighbor, bound, used, &trail, finish)
            if tracksTrail {
                trail.nodes.removeLast()
                trail.edges.removeLast()
            }
            used.edges.removeLast()
        }
    }

    /// Whether `neighbor`, reached by a fixed-length step, passes the step's `check` for `node`.
    func passes(_ check: StepNodeCheck, _ neighbor: Int64, _ node: NodePattern, _ row: Bindings) throws -> Bool {
        switch check {
        case .none: return true
        case .never: return false
        case .label(let symbol): return graph.nodeHasLabel(neighbor, symbol)
        case .general: return try nodeMatches(neighbor, node, row)
        }
    }

    /// Whether every node reached over `relationship` from a walk's first node `start`
    /// matches `far`, given `row`: the far variable is bound neither before nor by the start
    /// (`(a)-[*]->(a)`), and the edge types leave nothing to check (``StepNodeCheck/none``)
    /// — so a closure or a count need not look at each end.
    func everyEndMatches(_ far: NodePattern, over relationship: RelationshipPattern, from start: NodePattern,
                         _ row: Bindings) -> Bool {
        if let name = far.variable, row[name] != nil || name == start.variable { return false }
        if case .none = nodeCheck(far, over: relationship) { return true }
        return false
    }

    /// What a node reached over `relationship` still has to be checked for to match `node`
    /// (decided once per step and kept).
    func nodeCheck(_ node: NodePattern, over relationship: RelationshipPattern) -> StepNodeCheck {
        let key = relationship.start << 32 | node.start
        if let known = nodeChecks[key] { return known }
        let check = StepNodeCheck(node, over: relationship, labels: graph.labels, schema: graph.schema)
        nodeChecks[key] = check
        return check
    }

    func endpointMatches(_ id: Int64, _ node: NodePattern, _ row: Bindings) throws -> Bool {
        if let name = node.variable, let value = row[name] {
            guard case .node(let bound) = value, bound.id.rawValue == id else { return false }
        }
        return try nodeMatches(id, node, row)
    }

    /// ``endpointMatches(_:_:_:)`` for a node reached over at least one edge of
    /// `relationship` (in walking order): labels the edge types imply are not looked up
    /// (``StepNodeCheck``).
    func endpointMatches(_ id: Int64, _ node: NodePattern, reachedOver relationship: RelationshipPattern,
                         _ row: Bindings) throws -> Bool {
        if let name = node.variable, let value = row[name] {
            guard case .node(let bound) = value, bound.id.rawValue == id else { return false }
        }
        switch nodeCheck(node, over: relationship) {
        case .none: return true
        case .never: return false
        case .label(let symbol): return graph.nodeHasLabel(id, symbol)
        case .general: return try nodeMatches(id, node, row)
        }
    }
}

/// The nodes and edges walked so far, for building path values.
struct PathTrail {
    var nodes: [Int64]
    var edges: [Int64]

    mutating func append(edges walked: [Int64], context: ExecutionContext) {
        for edge in walked {
            let shape = context.graph.edgeShape(edge)!
            let last = nodes.last!
            nodes.append(shape.from == last ? shape.to : shape.from)
            edges.append(edge)
        }
    }

    func reversed() -> PathTrail { PathTrail(nodes: nodes.reversed(), edges: edges.reversed()) }

    func value(_ context: ExecutionContext) -> Value {
        let nodeValues = nodes.map { Node(id: NodeID($0), labels: [], properties: [:]) }
        let edgeValues = edges.map { id -> Edge in
            guard case .edge(let edge) = context.edgeReference(id) else { preconditionFailure("edge \(id) vanished") }
            return edge
        }
        return .path(Path(nodes: nodeValues, edges: edgeValues))
    }
}

/// The relationships a match has used so far (shared down the search, restored on the way back).
final class UsedEdges {
    var edges: [Int64] = []
}
