/// Engine: the statements that move data between the graph and files.
extension StatementRunner {
    /// Runs `EXPORT …` / `IMPORT …` and returns one summary row. The file is checked against
    /// the file-access policy; the statement's limits apply to the selection query, the
    /// import and the writing.
    func run(_ interchange: InterchangeStatement, source: SourceText, parameters: [String: Value],
             options: QueryOptions) throws -> QueryResult {
        let position = source.position(interchange.path.start)
        let limits = OperationLimits(options, at: position)
        let named = try filePath(interchange.path, source: source, parameters: parameters)
        if interchange.operation == .import {
            let path = try fileAccess.resolve(named, for: .read, at: position)
            let summary = try importGraphML(from: path, options: GraphMLImportOptions(), limits: limits)
            return QueryResult(columns: ["file", "nodes", "edges", "warnings"],
                             rows: [[.string(named), .int(Int64(summary.nodes)), .int(Int64(summary.edges)),
                                     .list(summary.warnings.map { .string($0.description) })]])
        }
        let path = try fileAccess.resolve(named, for: .write, at: position)
        let scope: SelectionScope
        if let query = interchange.query {
            scope = .parsedQuery(query, source: source, parameters: parameters)
        } else if !interchange.types.isEmpty {
            scope = .types(interchange.types)
        } else {
            scope = .wholeGraph
        }
        let model = try exportModel(scope, queryOptions: options)
        try limits.checkNow()
        let target = try exportTarget(path, limits: limits)
        let summary: GraphExportSummary
        switch interchange.format {
        case .graphml:
            summary = try GraphMLWriter(model: model, profile: interchange.profile, includesLegend: interchange.includesLegend)
                .write(to: XMLStreamWriter(target: target))
        case .dot: summary = try DOTWriter(model: model).write(to: TextFileWriter(target: target))
        case .svg: summary = try SVGWriter(model: model).write(to: TextFileWriter(target: target))
        }
        return QueryResult(columns: ["file", "format", "nodes", "edges"],
                           rows: [[.string(named), .string(interchange.format.rawValue.lowercased()),
                                 .int(Int64(summary.nodes)), .int(Int64(summary.edges))]])
    }
}

extension StatementRunner {
    /// The file a statement names: a string literal or a string parameter.
    func filePath(_ expression: Expression, source: SourceText, parameters: [String: Value]) throws -> String {
        switch expression.kind {
        case .literal(.string(let text)): return text
        case .parameter(let name):
            guard case .string(let text)? = parameters[name] else {
                throw ChainGraphError(.argumentError, .invalidArgumentType, "parameter $\(name) must be a string file name",
                                      at: source.position(expression.start))
            }
            return text
        default:
            throw ChainGraphError(.syntaxError, .unexpectedSyntax, "expected a quoted file name", at: source.position(expression.start))
        }
    }

    /// Runs `COPY Type FROM 'file'` and returns one summary row. The file is checked against
    /// the file-access policy before a byte of it is read; the statement's limits apply.
    func run(_ copy: CopyStatement, source: SourceText, parameters: [String: Value], options queryOptions: QueryOptions) throws -> QueryResult {
        let position = source.position(copy.path.start)
        let named = try filePath(copy.path, source: source, parameters: parameters)
        let path = try fileAccess.resolve(named, for: .read, at: position)
        let limits = OperationLimits(queryOptions, at: position)
        let schema = try store.reader().schema
        var options = CSVImportOptions()
        let summary: CSVImportSummary
        if schema.nodeType(named: copy.type) != nil {
            summary = try importCSV(nodes: [CSVSource(path, name: copy.type)], options: options, limits: limits)
        } else if let edgeType = schema.edgeType(named: copy.type), let endpoints = edgeType.endpoints.first {
            let fields = try CSVReader(path: path, limits: limits).next()?.fields ?? []
            guard fields.count >= 2 else {
                throw ChainGraphError(.syntaxError, .invalidCSVHeader,
                                      "COPY \(copy.type) needs a header whose first two columns name the FROM and TO nodes",
                                      at: SourcePosition(file: named, line: 1, column: 1))
            }
            let header = [":START_ID(\(endpoints.from))", ":END_ID(\(endpoints.to))"] + fields.dropFirst(2)
            options.headers[path] = header.map { CSVField.quoted($0) }.joined(separator: ",")
            summary = try importCSV(nodes: [], relationships: [CSVSource(path, name: copy.type)], options: options, limits: limits)
        } else {
            let known = schema.nodeTypes.map(\.name) + schema.edgeTypes.map(\.name)
            throw ChainGraphError(.semanticError, .unknownType,
                                  "COPY needs a declared node or edge type; there is none named '\(copy.type)'"
                                  + NameSuggestion.hint(for: copy.type, among: known), at: source.position(copy.position))
        }
        return QueryResult(columns: ["file", "nodes", "edges", "badRows"],
                         rows: [[.string(named), .int(Int64(summary.nodes)), .int(Int64(summary.edges)), .int(Int64(summary.badRowCount))]])
    }
}
