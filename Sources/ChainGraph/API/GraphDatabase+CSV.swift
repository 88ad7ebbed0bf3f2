import Foundation

extension GraphDatabase {
    /// Imports node and relationship CSV files in the `neo4j-admin import` convention, in
    /// one transaction: nodes first, then relationships (see docs/csv.md).
    ///
    /// ```swift
    /// try db.importCSV(nodes: [CSVSource("materials.csv")], relationships: [CSVSource("feeds.csv", name: "FEEDS")],
    ///                  options: CSVImportOptions(headers: ["materials.csv": "id:ID(Material),name,tier:int,unit"]))
    /// ```
    ///
    /// - Throws: the first bad row (file:line:column) when `maximumBadRows` is 0, else
    ///   `ConstraintError (TooManyBadRows)` past the cap; `SyntaxError (MalformedCSV |
    ///   InvalidCSVHeader)`; `IOError`. On any error nothing is imported.
    @discardableResult
    public func importCSV(nodes: [CSVSource], relationships: [CSVSource] = [],
                          options: CSVImportOptions = CSVImportOptions()) throws -> CSVImportSummary {
        try runner.importCSV(nodes: nodes, relationships: relationships, options: options, limits: OperationLimits(options.limits))
    }

    /// Imports every `*.csv` file of a folder, telling node files (an `:ID` column) from
    /// relationship files (`:START_ID`/`:END_ID`) by their headers. A node file without a
    /// `:LABEL` column labels its rows with its id space, else its file name up to the
    /// first dot; a relationship file without `:TYPE` uses its file name likewise.
    @discardableResult
    public func importCSV(directory: String, options: CSVImportOptions = CSVImportOptions()) throws -> CSVImportSummary {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        } catch {
            throw ChainGraphError(.ioError, .cannotOpenFile, "cannot list the folder '\(directory)'")
        }
        var nodes: [CSVSource] = [], relationships: [CSVSource] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            let header = try CSVImporter.header(of: path, options: options)
            let stem = String(name.prefix { $0 != "." })
            if header.isRelationshipFile {
                relationships.append(CSVSource(path, name: header.columns.contains { $0.role == .type } ? nil : stem))
            } else if header.isNodeFile {
                let hasLabels = header.columns.contains { $0.role == .label }
                let space = header.columns.lazy.compactMap { column -> String? in
                    if case .id(let space) = column.role { return space }
                    return nil
                }.first
                nodes.append(CSVSource(path, name: hasLabels ? nil : (space ?? stem)))
            } else {
                throw ChainGraphError(.syntaxError, .invalidCSVHeader,
                                      "'\(name)' has neither an :ID column (nodes) nor :START_ID and :END_ID (relationships); give it a header with CSVImportOptions.headers",
                                      at: SourcePosition(file: path, line: 1, column: 1))
            }
        }
        return try importCSV(nodes: nodes, relationships: relationships, options: options)
    }

    /// Writes the graph (or part of it) as CSV files in the `neo4j-admin import`
    /// convention: `nodes.<Labels>.csv` per label combination (`:ID,:LABEL,name:string,…`)
    /// and `relationships.<TYPE>.csv` per edge type (`:START_ID,:END_ID,:TYPE,…`), ids being
    /// node ids. Reading the folder back with ``importCSV(directory:options:)`` gives the
    /// same graph (provenance aside).
    @discardableResult
    public func exportCSV(to directory: String, options: GraphExportOptions = GraphExportOptions()) throws -> GraphExportSummary {
        let limits = OperationLimits(options.limits)
        var model = try runner.exportModel(options.scope.selectionScope, queryOptions: options.limits ?? QueryOptions())
        model.progress = options.progress
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ChainGraphError(.ioError, .cannotOpenFile, "cannot create the folder '\(directory)'")
        }
        return try CSVExporter(model: model, makeTarget: { try self.runner.exportTarget($0, limits: limits) }).write(to: directory)
    }
}
