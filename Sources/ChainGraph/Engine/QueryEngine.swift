/// The query pipeline in one place: parse → bind → plan → execute, for one statement.
struct QueryEngine {
    let source: SourceText
    let parameters: [String: Value]
    let options: QueryOptions
    /// Where the statement came from, when it is cached by its text: binding is skipped
    /// when it already bound against the same schema.
    var cached: (text: String, cache: StatementCache)?

    /// Runs a query. With a `receiver`, the rows go to it as they are produced and the
    /// result holds none; without one, they are gathered (and counted against the row limit).
    func run(_ query: Query, graph: GraphReader, writer: GraphWriter?, profiling: Bool,
             receiver: RowReceiver? = nil) throws -> QueryResult {
        try bind(query, schema: graph.schema)
        let context = ExecutionContext(graph: graph, writer: writer, parameters: parameters,
                                       source: source, options: options)
        let executor = QueryExecutor(context: context, profiling: profiling)
        let plan = self.plan(query, graph: graph)
        var columns: [String] = []
        var rows: [[Value]] = []
        let started = ContinuousClock.now
        if let receiver {
            try executor.run(plan, start: { columns = $0; try receiver.start($0) }, receive: receiver.receive)
        } else {
            try executor.run(plan, start: { columns = $0 }, receive: { row in
                rows.append(row)
                try context.checkRowCount(rows.count)
            })
        }
        let profile = profiling ? Self.profileText(executor.profile, total: ContinuousClock.now - started, context) : nil
        return QueryResult(columns: columns, rows: rows, plan: profile, notices: context.notices)
    }

    /// PROFILE's text: each operator with the rows it produced and its own time.
    private static func profileText(_ profile: [QueryExecutor.OperatorProfile], total: Duration,
                                    _ context: ExecutionContext) -> String {
        let totals = "Total: \(total.displayText), \(context.nodesScanned) node(s) scanned, \(context.indexLookups) index lookup(s)"
        return (profile.map { "\($0.name): \($0.rows) row(s), \($0.time.displayText)" } + [totals]).joined(separator: "\n")
    }

    /// The query's plan: kept from an earlier run of the same text against an equal schema,
    /// or made now (and kept).
    private func plan(_ query: Query, graph: GraphReader) -> LogicalPlan {
        if let cached, let known = cached.cache.plan(cached.text, against: graph.schema) { return known }
        let plan = Planner(graph: graph).plan(query)
        if let cached { cached.cache.rememberPlan(cached.text, plan, against: graph.schema) }
        return plan
    }

    /// Checks the query's meaning against `schema`, unless the cache knows it passed.
    private func bind(_ query: Query, schema: GraphSchema) throws {
        if let cached, cached.cache.wasBound(cached.text, against: schema) { return }
        _ = try Binder(source: source, schema: schema).bind(query)
        if let cached { cached.cache.rememberBound(cached.text, against: schema) }
    }

    /// EXPLAIN: the plan the query would run with, as text, without running it.
    func explain(_ query: Query, graph: GraphReader) throws -> QueryResult {
        try bind(query, schema: graph.schema)
        let text = Planner(graph: graph).plan(query).explained(source)
        return QueryResult(columns: ["plan"], rows: text.map { [.string($0)] }, plan: text.joined(separator: "\n"))
    }

    func run(_ command: SchemaCommand, _ writer: GraphWriter) throws -> QueryResult {
        let schema = writer.reader.schema
        switch command {
        case .createNodeType(let type, let ifNotExists):
            if ifNotExists && schema.nodeType(named: type.name) != nil { break }
            try writer.createNodeType(type)
        case .createEdgeType(let type, let ifNotExists):
            if ifNotExists && schema.edgeType(named: type.name) != nil { break }
            try writer.createEdgeType(type)
        case .dropType(let name, let ifExists):
            if ifExists && schema.nodeType(named: name) == nil && schema.edgeType(named: name) == nil { break }
            try writer.dropType(named: name)
        case .addProperty(let type, let property):
            try writer.addProperty(property, toType: type)
        case .showTypes:
            return showTypes(writer.reader)
        case .createIndex(let definition, let ifNotExists):
            if ifNotExists && schema.index(conflictingWith: definition) != nil { break }
            try writer.createIndex(definition)
        case .dropIndex(let name, let ifExists):
            if ifExists && !schema.indexes.contains(where: { $0.name == name }) { break }
            try writer.dropIndex(named: name)
        case .showIndexes:
            return showIndexes(writer.reader)
        case .showProcedures:
            return Self.showProcedures()
        case .showFunctions:
            return Self.showFunctions()
        }
        return QueryResult(columns: [], rows: [])
    }

    /// One row per procedure: its name, signature, parameters and output fields.
    static func showProcedures() -> QueryResult {
        let rows: [[Value]] = ProcedureRegistry.all.sorted { $0.name < $1.name }.map { procedure in
            [.string(procedure.name), .string(procedure.signature), .list(procedure.parameters.map(Value.string)),
             .int(Int64(procedure.requiredCount)), .list(procedure.outputs.map(Value.string))]
        }
        return QueryResult(columns: ["name", "signature", "parameters", "required", "yields"], rows: rows)
    }

    /// One row per function: its name, smallest and largest number of arguments, and whether it aggregates.
    static func showFunctions() -> QueryResult {
        let rows: [[Value]] = FunctionRegistry.allNames.compactMap(FunctionRegistry.lookup).map { function in
            [.string(function.name), .int(Int64(function.arity.lowerBound)), .int(Int64(function.arity.upperBound)),
             .bool(function.isAggregate)]
        }
        return QueryResult(columns: ["name", "minimumArguments", "maximumArguments", "aggregate"], rows: rows)
    }

    /// One row per property index: its name, label, property, kind and entries.
    func showIndexes(_ graph: GraphReader) -> QueryResult {
        let rows: [[Value]] = graph.propertyIndexes.map { index in
            [.string(index.definition.name), .string(index.definition.label), .string(index.definition.property),
             "HASH+ORDERED", .int(Int64(index.entries))]
        }
        return QueryResult(columns: ["name", "label", "property", "kind", "entries"], rows: rows)
    }

    func showTypes(_ graph: GraphReader) -> QueryResult {
        var rows: [[Value]] = []
        for type in graph.schema.nodeTypes {
            rows.append(["NODE", .string(type.name), .string(type.ddl), .int(Int64(graph.nodeIDs(labeled: type.name).count))])
        }
        for type in graph.schema.edgeTypes {
            let count = graph.edgeTypes.id(of: type.name).map { graph.edgeCount(ofType: $0) } ?? 0
            rows.append(["EDGE", .string(type.name), .string(type.ddl), .int(Int64(count))])
        }
        return QueryResult(columns: ["kind", "name", "definition", "count"], rows: rows)
    }
}
