extension GraphDatabase {
    /// Runs `EXPORT …` / `IMPORT …` and returns one summary row.
    func run(_ transfer: TransferStatement, source: SourceText, parameters: [String: Value]) throws -> ResultSet {
        let path: String
        switch transfer.path.kind {
        case .literal(.string(let text)): path = text
        case .parameter(let name):
            guard case .string(let text)? = parameters[name] else {
                throw ChainGraphError(.argumentError, "InvalidArgumentType", "parameter $\(name) must be a string file name",
                                      at: source.position(transfer.path.start))
            }
            path = text
        default:
            throw ChainGraphError(.syntaxError, "UnexpectedSyntax", "expected a quoted file name",
                                  at: source.position(transfer.path.start))
        }
        if transfer.direction == .import {
            let summary = try importGraphML(from: path)
            return ResultSet(columns: ["file", "nodes", "edges", "warnings"],
                             rows: [[.string(path), .int(Int64(summary.nodes)), .int(Int64(summary.edges)),
                                     .list(summary.warnings.map { .string($0.description) })]])
        }
        let model: ExportModel = try read { snapshot in
            let state = snapshot.state
            let selection: GraphSelection
            if let query = transfer.query {
                guard !query.parts.contains(where: { $0.clauses.contains(where: \.isUpdating) }) else {
                    throw ChainGraphError(.semanticError, "ReadOnlyQueryExpected",
                                          "EXPORT … FROM takes a read-only query (MATCH … RETURN …)", at: source.position(query.position))
                }
                let engine = QueryEngine(source: source, parameters: parameters, options: QueryOptions())
                let result = try engine.run(query, state: state, transaction: nil, profiling: false)
                selection = .elements(of: result, in: state)
            } else if !transfer.types.isEmpty {
                selection = try .types(transfer.types, in: state)
            } else {
                selection = .wholeGraph(state)
            }
            return ExportModel(state: state, selection: selection)
        }
        let summary: GraphExportSummary
        switch transfer.format {
        case .graphml: summary = try GraphMLWriter(model: model, profile: transfer.profile).write(to: XMLStreamWriter(path: path))
        case .dot: summary = try DOTWriter(model: model).write(to: TextFileWriter(path: path))
        }
        return ResultSet(columns: ["file", "format", "nodes", "edges"],
                         rows: [[.string(path), .string(transfer.format.rawValue.lowercased()),
                                 .int(Int64(summary.nodes)), .int(Int64(summary.edges))]])
    }
}
