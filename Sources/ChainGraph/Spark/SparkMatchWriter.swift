/// Spark: a MATCH or OPTIONAL MATCH as one Spark SQL SELECT over the lake's tables — each
/// new node a `cg_nodes` alias (its label sets as a partition filter), each relationship a
/// `cg_edges` alias joined on its ends, relationship uniqueness as inequalities between the
/// relationship ids of the clause, the WHERE as a condition. A variable-length relationship
/// with an upper bound is unrolled: one SELECT per length, joined by UNION ALL, which keeps
/// Cypher's one row per path. An OPTIONAL MATCH is a LEFT JOIN of the rows so far with the
/// pattern's SELECT, on the variables they share.
struct SparkMatchWriter {
    /// The longest variable-length relationship unrolled, and the most SELECTs one clause becomes.
    static let longestUnrolled = 8, mostUnrolledSelects = 64

    let translator: SparkTranslator
    private var manifest: LakeManifest { translator.manifest }

    /// The view the MATCH makes from `input` (nil for the first clause).
    func write(_ match: Match, input: SparkTranslator.View?) throws -> SparkTranslator.View {
        let known = Dictionary(uniqueKeysWithValues: (input?.bindings ?? []).map { ($0.0, $0.1) })
        var added: [(String, SparkBinding)] = []
        for pattern in match.patterns {
            if let path = pattern.pathVariable {
                throw translator.refusal("path variable \(path): on Spark a path is kept only for shortestPath's length", at: pattern.position)
            }
            for node in pattern.nodes {
                if let name = node.variable, known[name] == nil, !added.contains(where: { $0.0 == name }) {
                    added.append((name, SparkBinding(kind: .node, column: translator.fresh("c"))))
                }
            }
            for relationship in pattern.relationships {
                guard let name = relationship.variable else { continue }
                if relationship.length != nil {
                    throw translator.refusal("a variable-length relationship's variable (\(name)) is a list, which Spark does not keep",
                                             at: relationship.start)
                }
                if known[name] != nil {
                    throw translator.refusal("relationship \(name) is bound by an earlier clause", at: relationship.start)
                }
                added.append((name, SparkBinding(kind: .relationship, column: translator.fresh("c"))))
            }
        }
        // `*3..2` has no path: one layout of zero lengths under FALSE gives the view its columns and no rows.
        var layouts = try lengthLayouts(match)
        let impossible = layouts.isEmpty
        if impossible { layouts = [Array(repeating: 0, count: match.patterns.flatMap(\.relationships).filter { $0.length != nil }.count)] }
        let carried = input?.bindings ?? []
        let view = translator.fresh("v")
        let sql: String
        if match.optional {
            let inner = try layouts.map { try select(match, lengths: $0, inputScope: [:],
                                                     keys: known.keys.sorted().map { ($0, known[$0]!.column) },
                                                     added: added, carried: [], includePredicate: false, impossible: impossible) }
            let innerName = translator.fresh("s")
            var conditions = known.keys.sorted().filter { name in match.patterns.contains { $0.variables.contains(name) } }
                .map { name -> String in
                    let binding = known[name]!
                    return "\(innerName).k_\(binding.column) = p.\(binding.column)_id"
                }
            if let predicate = match.predicate {
                let scope = SparkScope(SparkScope.references(carried, qualifier: "p", manifest: manifest)
                    .merging(SparkScope.references(added, qualifier: innerName, manifest: manifest)) { $1 })
                conditions.append(try translator.expressions.translate(predicate, scope).sql)
            }
            let outputs = carried.flatMap { $0.1.columnNames(manifest) }.map { "p.\($0)" }
                + added.flatMap { $0.1.columnNames(manifest) }.map { "\(innerName).\($0)" }
            let left = input.map { "\($0.name) p" } ?? "(SELECT 1 AS one) p"
            sql = "SELECT " + (outputs.isEmpty ? "1 AS one" : outputs.joined(separator: ", ")) + " FROM " + left
                + " LEFT JOIN (" + inner.joined(separator: " UNION ALL ") + ") " + innerName
                + " ON " + (conditions.isEmpty ? "TRUE" : conditions.joined(separator: " AND "))
        } else {
            let scope = SparkScope.references(carried, qualifier: "p", manifest: manifest)
            sql = try layouts.map { try select(match, lengths: $0, inputScope: scope, keys: [], added: added, carried: carried,
                                               includePredicate: true, impossible: impossible, input: input?.name) }
                .joined(separator: " UNION ALL ")
        }
        translator.defineView(view, sql)
        return SparkTranslator.View(name: view, bindings: carried + added)
    }

    /// Every choice of lengths for the clause's variable-length relationships (one empty
    /// choice when there are none), in pattern order.
    private func lengthLayouts(_ match: Match) throws -> [[Int]] {
        var layouts: [[Int]] = [[]]
        for pattern in match.patterns {
            for relationship in pattern.relationships {
                guard let length = relationship.length else { continue }
                let minimum = length.min ?? 1
                guard let maximum = length.max, maximum <= Self.longestUnrolled else {
                    throw translator.refusal("a variable-length relationship is translated with an upper bound of at most "
                        + "\(Self.longestUnrolled), or as a closure (DISTINCT or count(DISTINCT …) after it), or as count(*)",
                        at: relationship.start)
                }
                layouts = minimum > maximum ? [] : layouts.flatMap { layout in (minimum...maximum).map { layout + [$0] } }
                if layouts.count > Self.mostUnrolledSelects {
                    throw translator.refusal("the clause's variable-length relationships would unroll into more than "
                        + "\(Self.mostUnrolledSelects) joins", at: relationship.start)
                }
            }
        }
        return layouts
    }

    /// The SELECT of one layout. `keys`: variables bound outside that an OPTIONAL MATCH's
    /// inner SELECT finds again in the lake and exposes as `k_<column>`.
    private func select(_ match: Match, lengths: [Int], inputScope: [String: SparkReference], keys: [(String, String)],
                        added: [(String, SparkBinding)], carried: [(String, SparkBinding)],
                        includePredicate: Bool, impossible: Bool, input: String? = nil) throws -> String {
        var builder = SparkJoinBuilder(translator: translator, scope: inputScope)
        if impossible { builder.conditions.append("FALSE") }
        if let input { builder.from.append("\(input) p") }
        var keyColumns: [String] = []
        var remaining = lengths[...]
        for pattern in match.patterns {
            var left = try builder.node(pattern.start)
            for (relationship, node) in pattern.steps {
                if relationship.length == nil {
                    left = try builder.step(from: left, relationship, to: node)
                } else {
                    left = try builder.unrolledStep(from: left, relationship, length: remaining.removeFirst(), to: node)
                }
            }
        }
        for (name, column) in keys {
            guard case .element(let element)? = builder.scope[name] else { continue }
            keyColumns.append("\(element.id) AS k_\(column)")
        }
        builder.addRelationshipUniqueness()
        if includePredicate, let predicate = match.predicate {
            builder.conditions.append(try translator.expressions.translate(predicate, SparkScope(builder.scope)).sql)
        }
        var outputs = carried.flatMap { $0.1.columnNames(manifest) }.map { "p.\($0)" } + keyColumns
        for (name, binding) in added {
            guard case .element(let element)? = builder.scope[name] else { continue }
            outputs += element.columns(as: binding).map { "\($0.sql) AS \($0.name)" }
        }
        return "SELECT " + (outputs.isEmpty ? "1 AS one" : outputs.joined(separator: ", "))
            + (builder.from.isEmpty ? "" : " FROM " + builder.from.joined(separator: ", "))
            + (builder.conditions.isEmpty ? "" : " WHERE " + builder.conditions.joined(separator: " AND "))
    }
}
