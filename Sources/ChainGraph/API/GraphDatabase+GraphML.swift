import Foundation

extension GraphDatabase {
    /// Writes the graph (or part of it) to a GraphML file, streaming.
    ///
    /// ```swift
    /// try db.exportGraphML(to: "carbon-fiber.graphml", options: GraphExportOptions(profile: .yed))
    /// try db.exportGraphML(to: "pv.graphml",
    ///                      options: GraphExportOptions(scope: .query("MATCH p = (:Material)-[:FEEDS*]->() RETURN p")))
    /// ```
    ///
    /// The export reads one snapshot: writes committed meanwhile are not in the file. It never
    /// destroys data: the file is written beside the target and renamed over it only when
    /// complete, and this database's own files, other ChainGraph databases, read-only files
    /// and files of other users are refused (FIFOs and devices are written in place); see
    /// docs/security.md.
    /// - Throws: `IOError (CannotOpenFile | WriteFailed | DiskFull | TargetProtected |
    ///   TargetIsDatabase)`, `SemanticError (UnknownType)`, and the errors of the query for
    ///   `.query` scopes.
    @discardableResult
    public func exportGraphML(to path: String, options: GraphExportOptions = GraphExportOptions()) throws -> GraphExportSummary {
        let limits = OperationLimits(options.limits)
        var model = try exportModel(options.scope, queryOptions: options.limits ?? QueryOptions())
        model.progress = options.progress
        return try GraphMLWriter(model: model, profile: options.profile)
            .write(to: XMLStreamWriter(target: exportTarget(path, limits: limits), indent: options.indent))
    }

    /// The graph (or part of it) as GraphML text.
    public func graphML(options: GraphExportOptions = GraphExportOptions()) throws -> String {
        let model = try exportModel(options.scope)
        let writer = try XMLStreamWriter(indent: options.indent)
        _ = try GraphMLWriter(model: model, profile: options.profile).write(to: writer)
        return try writer.finishToString()
    }

    /// Writes the graph (or part of it) as Graphviz DOT (`dot -Tsvg file.dot`).
    @discardableResult
    public func exportDOT(to path: String, options: GraphExportOptions = GraphExportOptions()) throws -> GraphExportSummary {
        let limits = OperationLimits(options.limits)
        var model = try exportModel(options.scope, queryOptions: options.limits ?? QueryOptions())
        model.progress = options.progress
        return try DOTWriter(model: model).write(to: TextFileWriter(target: exportTarget(path, limits: limits)))
    }

    /// The graph (or part of it) as Graphviz DOT text.
    public func dot(options: GraphExportOptions = GraphExportOptions()) throws -> String {
        let output = TextFileWriter()
        _ = try DOTWriter(model: exportModel(options.scope)).write(to: output)
        return try output.finishToString()
    }

    /// The selection of `scope`, resolved against one snapshot.
    public func selection(_ scope: GraphSelection.Scope) throws -> GraphSelection {
        try exportModel(scope).selection
    }

    /// The model of an export: the selection `scope` makes, resolved against one snapshot; a
    /// `.query` scope's query runs under `queryOptions`.
    func exportModel(_ scope: GraphSelection.Scope, queryOptions: QueryOptions = QueryOptions()) throws -> ExportModel {
        try read { snapshot in
            let state = snapshot.state
            let selection: GraphSelection
            switch scope {
            case .wholeGraph: selection = .wholeGraph(state)
            case .types(let types): selection = try .types(types, in: state)
            case .query(let text, let parameters):
                let result = try runReadQuery(text, parameters: parameters, on: state, options: queryOptions)
                selection = .elements(of: result, in: state)
            case .result(let result):
                selection = .elements(of: result, in: state)
            }
            return ExportModel(state: state, selection: selection)
        }
    }

    /// Reads GraphML into the graph, in one transaction: on any error nothing is imported.
    ///
    /// ```swift
    /// let summary = try db.importGraphML(from: "network.graphml")
    /// print(summary.nodes, summary.edges, summary.warnings)
    /// ```
    ///
    /// - Throws: `SyntaxError (MalformedXML | NotGraphML | DocumentTypeNotAllowed |
    ///   HyperedgeNotSupported | InvalidValue | UnknownNode | DuplicateNodeID | MissingAttribute)`
    ///   at file:line:column; `LimitExceeded (TextTooLong)` past 10,000,000 bytes of text
    ///   between two tags; schema errors (strict mode) at the element's position;
    ///   `IOError (CannotOpenFile | ReadFailed)`.
    ///
    /// The file is parsed on a thread of its own (libxml2's SAX2 parser), a chunk ahead of
    /// the import; the progress callback is called on the caller's thread.
    @discardableResult
    public func importGraphML(from path: String, options: GraphMLImportOptions = GraphMLImportOptions()) throws -> GraphMLImportSummary {
        try importGraphML(from: path, options: options, limits: OperationLimits(options.limits))
    }

    /// Imports under a statement's limits: time, memory and cancellation are checked as the
    /// file is read (also while waiting on a FIFO), and every node and edge counts as a row.
    func importGraphML(from path: String, options: GraphMLImportOptions, limits: OperationLimits) throws -> GraphMLImportSummary {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? 0
        let reader = try XMLEventReader(path: path, namespaces: GraphMLImporter.namespaces, limits: limits)
        return try write { transaction in
            let importer = GraphMLImporter(reader: reader, transaction: transaction, options: options, fileSize: size)
            importer.limits = limits
            return try importer.run()
        }
    }

    /// Reads GraphML text into the graph, in one transaction.
    @discardableResult
    public func importGraphML(text: String, name: String? = nil,
                              options: GraphMLImportOptions = GraphMLImportOptions()) throws -> GraphMLImportSummary {
        let reader = try XMLEventReader(text: text, name: name, namespaces: GraphMLImporter.namespaces)
        return try write { transaction in
            try GraphMLImporter(reader: reader, transaction: transaction, options: options,
                                fileSize: Int64(text.utf8.count)).run()
        }
    }
}
