/// Planner rule: `count(DISTINCT v.k)` is `count(DISTINCT v)` when `v` is a node of a
/// strict schema's type whose primary key is `k`.
///
/// A strict node has exactly one label, and its type's primary key is required and unique
/// within the type, so distinct keys are distinct nodes and no key is null. Counting the
/// nodes then hashes their ids instead of reading each node's key — a cold read per row
/// when a closure reaches thousands of nodes (Q2 and Q3 of the benchmark:
/// `MATCH (a:Material {id: $src})-[:FEEDS*1..30]->(b:Material) RETURN count(DISTINCT b.id)`).
/// The rule applies to read-only queries only: a statement that writes could see a key
/// change between rows.
enum KeyDistinctRule {
    /// The node type of each variable `match` binds with exactly one label of the strict
    /// `schema` that has a primary key.
    static func nodeTypes(of match: Match, schema: GraphSchema) -> [String: String] {
        var types: [String: String] = [:]
        for node in match.patterns.flatMap(\.nodes) {
            guard let variable = node.variable, node.labels.count == 1,
                  schema.nodeType(named: node.labels[0])?.primaryKey != nil else { continue }
            types[variable] = node.labels[0]
        }
        return types
    }

    /// `projection` with every `count(DISTINCT v.k)` on a key of `v`'s type (`types`) counting
    /// `v` instead; the column names stay as written, and ``Projection/plannerNotes`` says
    /// what changed (EXPLAIN slices expressions from the query text, so it would not show).
    static func rewrite(_ projection: Projection, types: [String: String], schema: GraphSchema) -> Projection {
        guard !types.isEmpty else { return projection }
        var result = projection
        for index in result.items.indices {
            result.items[index].expression = rewrite(result.items[index].expression, types, schema, notes: &result.plannerNotes)
        }
        for index in result.orderBy.indices {
            result.orderBy[index].expression = rewrite(result.orderBy[index].expression, types, schema,
                                                       notes: &result.plannerNotes)
        }
        return result
    }

    /// The node types that still hold after `projection`: a WITH passes on the variables it
    /// projects unchanged (under their name or an alias), or all of them with `*`.
    static func types(after projection: Projection, _ types: [String: String]) -> [String: String] {
        var kept = projection.includesExisting ? types : [:]
        for item in projection.items {
            if case .variable(let name) = item.expression.kind, let type = types[name] {
                kept[item.name] = type
            } else {
                kept[item.name] = nil
            }
        }
        return kept
    }

    /// `expression` rewritten, with a line in `notes` for each kind of rewrite made (for EXPLAIN).
    private static func rewrite(_ expression: Expression, _ types: [String: String], _ schema: GraphSchema,
                                notes: inout [String]) -> Expression {
        switch expression.kind {
        case .function(let name, true, let arguments) where name.lowercased() == "count" && arguments.count == 1:
            guard case .property(let base, let key) = arguments[0].kind, case .variable(let variable) = base.kind,
                  let type = types[variable], schema.nodeType(named: type)?.primaryKey?.name == key else { return expression }
            var counted = expression
            counted.kind = .function(name: name, distinct: true, arguments: [base])
            let note = "KeyDistinct count(DISTINCT \(variable).\(key)) counts the nodes \(variable) (\(key) is \(type)'s primary key)"
            if !notes.contains(note) { notes.append(note) }
            return counted
        case .binary(let operation, let left, let right):
            var combined = expression
            combined.kind = .binary(operation, rewrite(left, types, schema, notes: &notes),
                                    rewrite(right, types, schema, notes: &notes))
            return combined
        default:
            return expression
        }
    }
}
