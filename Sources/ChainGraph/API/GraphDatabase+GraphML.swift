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
        var model = try runner.exportModel(options.scope.selectionScope, queryOptions: options.limits ?? QueryOptions())
        model.progress = options.progress
        return try GraphMLWriter(model: model, profile: options.profile, includesLegend: options.includesLegend)
            .write(to: XMLStreamWriter(target: runner.exportTarget(path, limits: limits), indent: options.indent))
    }

    /// The graph (or part of it) as GraphML text.
    public func graphML(options: GraphExportOptions = GraphExportOptions()) throws -> String {
        let model = try runner.exportModel(options.scope.selectionScope)
        let writer = try XMLStreamWriter(indent: options.indent)
        _ = try GraphMLWriter(model: model, profile: options.profile, includesLegend: options.includesLegend).write(to: writer)
        return try writer.finishToString()
    }

    /// Writes the graph (or part of it) as Graphviz DOT (`dot -Tsvg file.dot`).
    @discardableResult
    public func exportDOT(to path: String, options: GraphExportOptions = GraphExportOptions()) throws -> GraphExportSummary {
        try exportText(to: path, options: options) { try DOTWriter(model: $0).write(to: $1) }
    }

    /// The graph (or part of it) as Graphviz DOT text.
    public func dot(options: GraphExportOptions = GraphExportOptions()) throws -> String {
        try exportedText(options: options) { try DOTWriter(model: $0).write(to: $1) }
    }

    /// Draws the graph (or part of it) as an SVG picture, laid out by ChainGraph itself
    /// (no Graphviz): the layered drawing the yEd profile carries, colours by type, a legend
    /// above the drawing.
    @discardableResult
    public func exportSVG(to path: String, options: GraphExportOptions = GraphExportOptions()) throws -> GraphExportSummary {
        try exportText(to: path, options: options) { try SVGWriter(model: $0).write(to: $1) }
    }

    /// The graph (or part of it) as SVG text (see ``exportSVG(to:options:)``).
    public func svg(options: GraphExportOptions = GraphExportOptions()) throws -> String {
        try exportedText(options: options) { try SVGWriter(model: $0).write(to: $1) }
    }

    /// A text export into the file at `path`, with the options' scope, limits and progress.
    private func exportText(to path: String, options: GraphExportOptions,
                            _ write: (ExportModel, TextFileWriter) throws -> GraphExportSummary) throws -> GraphExportSummary {
        let limits = OperationLimits(options.limits)
        var model = try runner.exportModel(options.scope.selectionScope, queryOptions: options.limits ?? QueryOptions())
        model.progress = options.progress
        return try write(model, TextFileWriter(target: runner.exportTarget(path, limits: limits)))
    }

    /// A text export as a string, with the options' scope.
    private func exportedText(options: GraphExportOptions,
                              _ write: (ExportModel, TextFileWriter) throws -> GraphExportSummary) throws -> String {
        let output = TextFileWriter()
        _ = try write(try runner.exportModel(options.scope.selectionScope), output)
        return try output.finishToString()
    }

    /// The selection of `scope`, resolved against one snapshot.
    public func selection(_ scope: GraphSelection.Scope) throws -> GraphSelection {
        try runner.exportModel(scope.selectionScope).selection
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
        try runner.importGraphML(from: path, options: options, limits: OperationLimits(options.limits))
    }

    /// Reads GraphML text into the graph, in one transaction.
    @discardableResult
    public func importGraphML(text: String, name: String? = nil,
                              options: GraphMLImportOptions = GraphMLImportOptions()) throws -> GraphMLImportSummary {
        try runner.importGraphML(text: text, name: name, options: options)
    }
}
