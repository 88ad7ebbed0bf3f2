/// Engine: the one place a statement runs — queries, EXPLAIN and PROFILE, DDL, CHAIN,
/// IMPORT/EXPORT and COPY — whether it comes from ``GraphDatabase/execute(_:parameters:options:)``,
/// a script or the command line.
///
/// Statements that only read run on one version of the graph (a ``GraphReader``); those
/// that write (and DDL) run in one write through the ``GraphWriter``: when any part
/// fails, nothing of the statement is kept. Files the statement names are checked against
/// the file-access policy before they are opened.
struct StatementRunner: Sendable {
    /// The graph and its durable store.
    let store: GraphStore
    /// Which files statements may name.
    let fileAccess: FileAccess
    /// Statements already parsed, by text.
    let statementCache = StatementCache()

    /// Runs one statement's text. With a `receiver`, its rows go there — as they are
    /// produced for a query that only reads, after the commit for one that writes (a
    /// failed write shows no rows) — and the result holds none.
    func execute(_ text: String, parameters: [String: Value], options: QueryOptions,
                 receiver: RowReceiver? = nil) throws -> QueryResult {
        let prepared = try statementCache.prepared(text)
        var engine = QueryEngine(source: prepared.source, parameters: parameters, options: options)
        engine.cached = (text, statementCache)
        guard let receiver else { return try run(prepared.statement, engine: engine) }
        if case .query(let query) = prepared.statement, !query.isUpdating {
            return try engine.run(query, graph: try store.reader(), writer: nil, profiling: false, receiver: receiver)
        }
        var result = try run(prepared.statement, engine: engine)
        try receiver.start(result.columns)
        for row in result.rows { try receiver.receive(row) }
        result.rows = []
        return result
    }

    /// Runs every statement of a script (split at `;` by ``StatementSplitter``, the one
    /// splitter the REPL and `chaingraph query` use too), each in its own transaction, in
    /// order; stops at the first error, whose position is in the script's lines and columns.
    func executeScript(_ script: String, file: String?, parameters: [String: Value],
                       options: QueryOptions) throws -> [QueryResult] {
        try StatementSplitter.statements(ofScript: script).map { statement in
            do {
                return try execute(statement.text, parameters: parameters, options: options)
            } catch var error as ChainGraphError {
                if let position = error.position, position.file == nil {
                    error.position = statement.positionInScript(position)
                    error.position?.file = file
                }
                throw error
            }
        }
    }

    /// Runs a parsed statement.
    func run(_ statement: ParsedStatement, engine: QueryEngine) throws -> QueryResult {
        let source = engine.source, parameters = engine.parameters
        switch statement {
        case .schema(let command):
            switch command {
            case .showTypes: return engine.showTypes(try store.reader())
            case .showIndexes: return engine.showIndexes(try store.reader())
            case .showProcedures: return QueryEngine.showProcedures()
            case .showFunctions: return QueryEngine.showFunctions()
            default: return try write { try engine.run(command, $0) }
            }
        case .chain(let chain):
            return try write { writer in
                let context = ExecutionContext(graph: writer.reader, writer: writer, parameters: parameters,
                                               source: source, options: engine.options)
                return try ChainExecutor(context: context).run(chain)
            }
        case .interchange(let interchange):
            return try run(interchange, source: source, parameters: parameters, options: engine.options)
        case .copy(let copy):
            return try run(copy, source: source, parameters: parameters, options: engine.options)
        case .explain(let query):
            return try engine.explain(query, graph: try store.reader())
        case .query(let query), .profile(let query):
            let profiling: Bool
            if case .profile = statement { profiling = true } else { profiling = false }
            if query.isUpdating {
                return try write { try engine.run(query, graph: $0.reader, writer: $0, profiling: profiling) }
            }
            return try engine.run(query, graph: try store.reader(), writer: nil, profiling: profiling)
        }
    }

    /// Runs a read-only query on a given version (for exports, which must see one version).
    ///
    /// - Throws: `SemanticError (ReadOnlyQueryExpected)` for a statement that writes or is not a query.
    func runReadQuery(_ text: String, parameters: [String: Value], on graph: GraphReader,
                      options: QueryOptions = QueryOptions()) throws -> QueryResult {
        guard case .query(let query) = try Parser.parseStatement(text), !query.isUpdating else {
            throw ChainGraphError(.semanticError, .readOnlyQueryExpected,
                                  "an export selects with a read-only query (MATCH … RETURN …)")
        }
        let engine = QueryEngine(source: SourceText(text), parameters: parameters, options: options)
        return try engine.run(query, graph: graph, writer: nil, profiling: false)
    }

    /// Runs `body` with the write path and commits what it did, atomically.
    func write<T>(_ body: (GraphWriter) throws -> T) throws -> T {
        let (result, changed) = try store.write(body)
        // After the transaction (and the adjacency deltas it still held) is gone.
        AllocatorSettling.settle(afterChanging: changed)
        return result
    }
}
