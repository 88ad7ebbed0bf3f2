/// Planner: how the first node of a pattern is found, in the order the matcher prefers the
/// ways (``rank``): a node the row already binds, a node sought by id (`WHERE id(n) = $x`),
/// a primary-key lookup (`(:Type {key: …})` or `WHERE n.key = …` in strict mode), a property index on one of the
/// node's equalities, a scan that checks the equalities on the stored columns in place, a label
/// scan, all nodes. A pattern is walked from whichever end ranks higher.
enum AnchorAccess: Equatable {
    case bound(String)
    case idSeek(String)
    case primaryKey(label: String, key: String)
    case propertyIndex(label: String, property: String)
    /// A property index asked for a range or a prefix (``RangeFilter``).
    case propertyIndexRange(label: String, property: String)
    case filteredScan(label: String?, properties: [String])
    case labelScan(String)
    case allNodes

    /// Higher is less work: 4 bound, 3 id seek, 2 primary key, 1 an equality (indexed or
    /// checked in the scan), 0 a plain scan.
    var rank: Int {
        switch self {
        case .bound: return 4
        case .idSeek: return 3
        case .primaryKey: return 2
        case .propertyIndex, .propertyIndexRange, .filteredScan: return 1
        case .labelScan, .allNodes: return 0
        }
    }

    /// The way `node` is found, given which variables hold a node already (`isBound`), which
    /// are sought by id (`isSoughtByID`), and the equalities a scan checks in place.
    static func choose(for node: NodePattern, graph: GraphReader, isBound: (String) -> Bool,
                       isSoughtByID: (String) -> Bool, scanFilters: [String: [ScanFilter]],
                       rangeFilters: [String: [RangeFilter]]) -> AnchorAccess {
        if let name = node.variable, isBound(name) { return .bound(name) }
        if let name = node.variable, isSoughtByID(name) { return .idSeek(name) }
        if let (label, key, value) = primaryKeyEntry(of: node, graph, scanFilters: scanFilters) {
            // Only when the key can be computed before the walk.
            var known = true
            value.walk { if case .variable(let name) = $0.kind, !isBound(name) { known = false } }
            if known { return .primaryKey(label: label, key: key) }
        }
        let filters = node.variable.flatMap { scanFilters[$0] } ?? []
        for label in node.labels {
            for filter in filters where graph.hasPropertyIndex(label: label, property: filter.key) {
                return .propertyIndex(label: label, property: filter.key)
            }
        }
        let ranges = node.variable.flatMap { rangeFilters[$0] } ?? []
        for label in node.labels {
            for key in Set(ranges.map(\.key)).sorted() where graph.hasPropertyIndex(label: label, property: key) {
                return .propertyIndexRange(label: label, property: key)
            }
        }
        if !filters.isEmpty { return .filteredScan(label: node.labels.first, properties: filters.map(\.key)) }
        if let label = node.labels.first { return .labelScan(label) }
        return .allNodes
    }

    /// The label, key name and key expression of `(:Type {key: …})`, or of `(n:Type)` with
    /// an equality on the key among its scan filters (`WHERE n.key = …`), in strict mode.
    static func primaryKeyEntry(of node: NodePattern, _ graph: GraphReader,
                                scanFilters: [String: [ScanFilter]]) -> (String, String, Expression)? {
        guard graph.schema.isStrict, node.labels.count == 1,
              let keyName = graph.schema.nodeType(named: node.labels[0])?.primaryKey?.name else { return nil }
        if let properties = node.properties, case .map(let entries) = properties.kind,
           let value = entries.first(where: { $0.key == keyName })?.value {
            return (node.labels[0], keyName, value)
        }
        if let variable = node.variable, let filter = scanFilters[variable]?.first(where: { $0.key == keyName }) {
            return (node.labels[0], keyName, filter.value)
        }
        return nil
    }

    /// EXPLAIN's line for the access: `NodeIndexSeek (m:Material {name})`.
    func explained(_ node: NodePattern) -> String {
        let written = "(" + (node.variable ?? "") + node.labels.map { ":" + $0 }.joined()
        switch self {
        case .bound(let name): return "Argument (\(name))"
        case .idSeek(let name): return "NodeByIdSeek (\(name))"
        case .primaryKey(_, let key): return "NodeByPrimaryKey \(written) {\(key)})"
        case .propertyIndex(_, let property): return "NodeIndexSeek \(written) {\(property)})"
        case .propertyIndexRange(_, let property): return "NodeIndexRangeSeek \(written) {\(property)})"
        case .filteredScan(let label, let properties):
            return (label == nil ? "AllNodesScan " : "NodeByLabelScan ") + written + ") checking " + properties.joined(separator: ", ")
        case .labelScan: return "NodeByLabelScan \(written))"
        case .allNodes: return "AllNodesScan \(written))"
        }
    }
}

/// Planner: one pattern of a MATCH as it will be walked — from which end, found how. Made
/// once per plan (and kept with it in the statement cache), so a run does not orient
/// patterns or collect filters again.
struct PatternPlan {
    /// The pattern as written.
    let pattern: PatternPart
    /// Whether it is walked from its last node.
    let isReversed: Bool
    /// How the node it is walked from is found.
    let anchor: AnchorAccess
    /// The pattern in walking order.
    let walked: PatternPart
    /// The property equalities the MATCH's scans check in place, by variable (of the whole
    /// MATCH, shared by its patterns).
    let scanFilters: [String: [ScanFilter]]
    /// The property ranges an index may serve, by variable (of the whole MATCH).
    let rangeFilters: [String: [RangeFilter]]

    init(pattern: PatternPart, isReversed: Bool, anchor: AnchorAccess,
         scanFilters: [String: [ScanFilter]], rangeFilters: [String: [RangeFilter]]) {
        self.pattern = pattern
        self.isReversed = isReversed
        self.anchor = anchor
        walked = isReversed ? PatternMatcher.reversed(pattern) : pattern
        self.scanFilters = scanFilters
        self.rangeFilters = rangeFilters
    }
}
