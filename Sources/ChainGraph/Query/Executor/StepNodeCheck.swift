/// Executor: what a fixed-length step's node pattern, `-[:FEEDS]->(m:Material)`, still has
/// to check of each node the step reaches — decided once per matcher and step.
///
/// In strict mode a node label is often implied by the step itself: an edge type whose
/// every declared endpoint on that side is `Material` only reaches `Material` nodes
/// (edges are checked against their type's endpoints when written, and a schema change
/// re-checks them all), so `(:Material)` there needs no look at the node's record.
enum StepNodeCheck {
    /// Nothing: no labels and no properties, or a label the edge types imply.
    case none
    /// One label, by symbol, and no properties.
    case label(Int32)
    /// A label no node has: never matches.
    case never
    /// Labels and properties, checked on the record (``PatternMatcher/nodeMatches(_:_:_:)``).
    case general

    /// The check for `node` reached over `relationship`.
    init(_ node: NodePattern, over relationship: RelationshipPattern, labels: SymbolTable, schema: GraphSchema) {
        guard node.properties == nil, node.labels.count <= 1 else {
            self = .general
            return
        }
        guard let label = node.labels.first else {
            self = .none
            return
        }
        guard let symbol = labels.id(of: label) else {
            self = .never
            return
        }
        self = Self.isImplied(label, by: relationship, schema: schema) ? .none : .label(symbol)
    }

    /// Whether every edge the step may walk ends, on the node's side, at a node labelled `label`.
    private static func isImplied(_ label: String, by relationship: RelationshipPattern, schema: GraphSchema) -> Bool {
        guard schema.isStrict, !relationship.types.isEmpty else { return false }
        return relationship.types.allSatisfy { name in
            guard let type = schema.edgeType(named: name), !type.endpoints.isEmpty else { return false }
            return type.endpoints.allSatisfy { endpoint in
                switch relationship.direction {
                case .outgoing: return endpoint.to == label
                case .incoming: return endpoint.from == label
                case .both: return endpoint.to == label && endpoint.from == label
                }
            }
        }
    }
}
