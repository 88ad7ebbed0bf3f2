import Foundation

/// What an export selects, as the engine resolves it against one version of the graph.
enum SelectionScope: Sendable {
    /// Every node and edge.
    case wholeGraph
    /// Nodes with any of these labels and edges of any of these types (see ``ExportScope/types(_:)``).
    case types([String])
    /// What a read query returns.
    case query(String, parameters: [String: Value])
    /// What a read query of a statement returns (`EXPORT … FROM MATCH …`).
    case parsedQuery(Query, source: SourceText, parameters: [String: Value])
    /// The elements found in rows a caller already has.
    case rows([[Value]])
}

extension StatementRunner {
    /// The model of an export: the selection `scope` makes, resolved against one version;
    /// a `.query` scope's query runs under `queryOptions`.
    func exportModel(_ scope: SelectionScope, queryOptions: QueryOptions = QueryOptions()) throws -> ExportModel {
        let graph = try store.reader()
        let selection: GraphSelection
        switch scope {
        case .wholeGraph: selection = .wholeGraph(graph)
        case .types(let types): selection = try .types(types, in: graph)
        case .query(let text, let parameters):
            let result = try runReadQuery(text, parameters: parameters, on: graph, options: queryOptions)
            selection = .elements(ofRows: result.rows, in: graph)
        case .parsedQuery(let query, let source, let parameters):
            guard !query.isUpdating else {
                throw ChainGraphError(.semanticError, .readOnlyQueryExpected,
                                      "EXPORT … FROM takes a read-only query (MATCH … RETURN …)",
                                      at: source.position(query.position))
            }
            let engine = QueryEngine(source: source, parameters: parameters, options: queryOptions)
            let result = try engine.run(query, graph: graph, writer: nil, profiling: false)
            selection = .elements(ofRows: result.rows, in: graph)
        case .rows(let rows):
            selection = .elements(ofRows: rows, in: graph)
        }
        return ExportModel(graph: graph, selection: selection)
    }

    /// Opens `path` for an export that never destroys data (see ``ExportTarget``): this
    /// database's own files are refused.
    func exportTarget(_ path: String, limits: OperationLimits = .none) throws -> ExportTarget {
        try ExportTarget(path: path, database: store.path, limits: limits)
    }

    /// Imports a GraphML file in one write under `limits`: time, memory and cancellation are
    /// checked as the file is read (also while waiting on a FIFO), and every node and edge
    /// counts as a row. On any error nothing is imported.
    func importGraphML(from path: String, options: GraphMLImportOptions, limits: OperationLimits) throws -> GraphMLImportSummary {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? 0
        let reader = try XMLEventReader(path: path, namespaces: GraphMLImporter.namespaces, limits: limits)
        return try write { writer in
            let importer = GraphMLImporter(reader: reader, writer: writer, options: options, fileSize: size)
            importer.limits = limits
            return try importer.run()
        }
    }

    /// Imports GraphML text in one write.
    func importGraphML(text: String, name: String?, options: GraphMLImportOptions) throws -> GraphMLImportSummary {
        let reader = try XMLEventReader(text: text, name: name, namespaces: GraphMLImporter.namespaces)
        return try write { writer in
            try GraphMLImporter(reader: reader, writer: writer, options: options, fileSize: Int64(text.utf8.count)).run()
        }
    }

    /// Imports CSV files (nodes first, then relationships) in one write under `limits`.
    func importCSV(nodes: [CSVSource], relationships: [CSVSource] = [], options: CSVImportOptions,
                   limits: OperationLimits) throws -> CSVImportSummary {
        let total = (nodes + relationships).reduce(Int64(0)) { sum, source in
            sum + ((try? FileManager.default.attributesOfItem(atPath: source.path)[.size] as? Int64) ?? 0)
        }
        return try write { writer in
            let importer = CSVImporter(writer: writer, options: options, limits: limits)
            importer.expect(totalBytes: total)
            for source in nodes { try importer.importNodes(source.path, label: source.name) }
            for source in relationships { try importer.importRelationships(source.path, type: source.name) }
            options.progress?(total, total)
            return importer.summary
        }
    }
}
