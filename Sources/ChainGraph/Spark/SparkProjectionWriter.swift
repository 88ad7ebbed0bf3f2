/// Spark: WITH and RETURN as a SELECT — items, GROUP BY the items that do not aggregate,
/// DISTINCT, ORDER BY with Cypher's place for nulls (last going up, first going down), LIMIT
/// and OFFSET, and WITH's WHERE on the projected rows. A RETURN's nodes and relationships
/// leave as structs (id, labels or type and ends, properties).
struct SparkProjectionWriter {
    let translator: SparkTranslator
    private var manifest: LakeManifest { translator.manifest }

    /// The result SELECT (RETURN), or the view the rows continue in (WITH).
    func write(_ projection: Projection, input: SparkTranslator.View?, isReturn: Bool) throws -> (sql: String, view: SparkTranslator.View?) {
        let carried = input?.bindings ?? []
        let old = SparkScope.references(carried, qualifier: "p", manifest: manifest)
        let oldScope = SparkScope(old)
        let aggregating = projection.items.contains { $0.expression.containsAggregate }
        var outputs: [String] = [], groupKeys: [String] = []
        var bindings: [(String, SparkBinding)] = []
        var newReferences: [String: SparkReference] = [:]
        if projection.includesExisting {
            let shadowed = Set(projection.items.map(\.name))
            for (name, binding) in carried where !shadowed.contains(name) && !name.hasPrefix("#") {
                bindings.append((name, binding))
                let columns = binding.columnNames(manifest)
                outputs += columns.map { "p.\($0) AS \($0)" }
                groupKeys += columns.map { "p.\($0)" }
            }
        }
        for item in projection.items {
            let expression = item.expression
            if case .variable(let name) = expression.kind, let reference = old[name] {
                switch reference {
                case .element(let element):
                    if isReturn {
                        outputs.append("\(element.value) AS \(SparkSQLText.identifier(item.name))")
                    } else {
                        let binding = SparkBinding(kind: element.isNode ? .node : .relationship, column: translator.fresh("c"))
                        outputs += element.columns(as: binding).map { "\($0.sql) AS \($0.name)" }
                        bindings.append((item.name, binding))
                    }
                    groupKeys += element.columns(as: SparkBinding(kind: element.isNode ? .node : .relationship, column: "")).map(\.sql)
                    continue
                case .pathLength(let sql):
                    guard !isReturn else { throw translator.refusal("a path is kept on Spark only as its length: return length(\(name))", at: expression.start) }
                    let binding = SparkBinding(kind: .pathLength, column: translator.fresh("c"))
                    outputs.append("\(sql) AS \(binding.column)")
                    groupKeys.append(sql)
                    bindings.append((item.name, binding))
                    continue
                case .value: break
                }
            }
            let value = try translator.expressions.translate(expression, oldScope)
            if !expression.containsAggregate { groupKeys.append(value.sql) }
            if isReturn {
                outputs.append("\(value.sql) AS \(SparkSQLText.identifier(item.name))")
                newReferences[item.name] = .value(sql: SparkSQLText.identifier(item.name), type: value.type)
            } else {
                let binding = SparkBinding(kind: .value(value.type), column: translator.fresh("c"))
                outputs.append("\(value.sql) AS \(binding.column)")
                bindings.append((item.name, binding))
            }
        }
        if !isReturn {
            newReferences.merge(SparkScope.references(bindings, qualifier: "", manifest: manifest)) { $1 }
        }
        var sql = "SELECT " + (projection.distinct ? "DISTINCT " : "") + (outputs.isEmpty ? "1 AS one" : outputs.joined(separator: ", "))
            + (input.map { " FROM \($0.name) p" } ?? "")
        if aggregating && !groupKeys.isEmpty { sql += " GROUP BY " + groupKeys.joined(separator: ", ") }
        if !projection.orderBy.isEmpty {
            var scope = SparkScope(newReferences)
            scope.layers.append(old)
            let keys = try projection.orderBy.map { key -> String in
                let value = try translator.expressions.operand(key.expression, scope)
                return value.sql + (key.ascending ? " ASC NULLS LAST" : " DESC NULLS FIRST")
            }
            sql += " ORDER BY " + keys.joined(separator: ", ")
        }
        if let limit = projection.limit { sql += " LIMIT \(try translator.constantInteger(limit))" }
        if let skip = projection.skip { sql += " OFFSET \(try translator.constantInteger(skip))" }
        if isReturn { return (sql, nil) }
        if let predicate = projection.predicate {
            let scope = SparkScope(SparkScope.references(bindings, qualifier: "w", manifest: manifest))
            sql = "SELECT * FROM (\(sql)) w WHERE " + (try translator.expressions.translate(predicate, scope).sql)
        }
        let name = translator.fresh("v")
        translator.defineView(name, sql)
        return ("", SparkTranslator.View(name: name, bindings: bindings))
    }
}
