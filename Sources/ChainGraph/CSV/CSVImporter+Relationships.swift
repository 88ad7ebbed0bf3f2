import Foundation

extension CSVImporter {
    /// An edge type's compiled columns.
    final class EdgePlan {
        let type: Int32
        let name: String
        let typeError: ChainGraphError?
        let definition: EdgeType?
        let properties: CSVPropertyPlan
        /// The last endpoint types checked, and the outcome (strict mode).
        var lastEndpoints: (from: Int32, to: Int32, error: ChainGraphError?)?

        init(type: Int32, name: String, typeError: ChainGraphError?, definition: EdgeType?, properties: CSVPropertyPlan) {
            self.type = type
            self.name = name
            self.typeError = typeError
            self.definition = definition
            self.properties = properties
        }
    }

    /// An edge type and the endpoint node types of an edge, as checked once.
    struct EndpointPair: Hashable {
        let type: Int32, from: Int32, to: Int32
    }

    /// Where a relationship file's endpoint is and how to find nodes the import has not read.
    private struct EndpointColumn {
        let index: Int
        let space: CSVIDSpace
        let spaceName: String?
        /// The node type's key type and label symbol, when the space names a type with a primary key.
        let primaryKey: (type: PropertyType, label: Int32)?
    }

    /// One relationship file's layout, and its plans (they depend on its columns), one per
    /// edge type met.
    private final class RelationshipFile {
        let columnCount: Int
        let from: EndpointColumn
        let to: EndpointColumn
        let typeColumn: Int?
        let propertyColumns: [(index: Int, column: CSVHeader.Column)]
        let fileType: String?
        let source: String
        var lastPlan: EdgePlan?
        var filePlan: EdgePlan?
        var plans: [String: EdgePlan] = [:]

        init(_ header: CSVHeader, from: EndpointColumn, to: EndpointColumn, type: String?, source: String) {
            columnCount = header.columns.count
            self.from = from
            self.to = to
            typeColumn = header.columns.lastIndex { $0.role == .type }
            propertyColumns = header.columns.enumerated().filter { $0.element.role == .property }
                .map { (index: $0.offset, column: $0.element) }
            fileType = type
            self.source = source
        }
    }

    /// Imports a relationship file; `type` is used where the file has no `:TYPE` column.
    func importRelationships(_ path: String, type fileType: String? = nil) throws {
        let (reader, header) = try Self.open(path, options: options, limits: limits)
        let startColumn = header.columns.firstIndex { if case .startID = $0.role { return true } else { return false } }
        let endColumn = header.columns.firstIndex { if case .endID = $0.role { return true } else { return false } }
        guard let startColumn, let endColumn else {
            throw ChainGraphError(.syntaxError, .invalidCSVHeader,
                                  "a relationship file needs :START_ID and :END_ID columns (file '\(path)')",
                                  at: SourcePosition(file: path, line: 1, column: 1))
        }
        let file = RelationshipFile(header, from: endpointColumn(startColumn, header), to: endpointColumn(endColumn, header),
                                    type: fileType, source: (path as NSString).lastPathComponent)
        var conversion: CSVRowPrefetcher.Conversion?
        if file.typeColumn == nil, let fileType, Self.hasBytesAfterHeader(reader, path: path) {
            let plan = edgePlan(fileType, file)
            file.filePlan = plan
            if plan.typeError == nil { conversion = self.conversion(plan.properties, owner: plan.name, columnCount: file.columnCount) }
        }
        try forEachRow(of: reader, conversion: conversion) { try relationship($0, $1, file) }
    }

    /// Imports a row; `converted` is its properties when the reader thread read them.
    private func relationship(_ row: CSVRowView, _ converted: Result<PropertyMap, Error>?, _ file: RelationshipFile) throws {
        try checkWidth(row, file.columnCount)
        let from = try endpoint(row, file.from), to = try endpoint(row, file.to)
        let plan: EdgePlan
        if let typeColumn = file.typeColumn, !row.isEmpty(typeColumn) {
            let typeName = row.string(typeColumn)
            plan = file.lastPlan.flatMap { $0.name == typeName ? $0 : nil } ?? edgePlan(typeName, file)
            file.lastPlan = plan
        } else if let fileType = file.fileType {
            plan = file.filePlan ?? edgePlan(fileType, file)
            file.filePlan = plan
        } else {
            throw ChainGraphError(.syntaxError, .missingType, "the row has no relationship type (no :TYPE value and no type for the file)")
        }
        if let typeError = plan.typeError { throw typeError }
        let properties = try converted?.get() ?? plan.properties.properties(of: row, arrayDelimiter: arrayDelimiter, owner: plan.name)
        if let definition = plan.definition, let error = endpointError(plan, definition, from: from.label, to: to.label) {
            throw error
        }
        _ = try writer.appendEdge(EdgeRecord(type: plan.type, from: from.node, to: to.node, properties: properties,
                                                  provenance: Provenance(source: file.source, line: Int64(row.line))))
        summary.edges += 1
    }

    private func edgePlan(_ name: String, _ file: RelationshipFile) -> EdgePlan {
        if let known = file.plans[name] { return known }
        let schema = writer.batchReader.schema
        let definition = schema.isStrict ? schema.edgeType(named: name) : nil
        let typeError = schema.isStrict && definition == nil ? schema.unknownEdgeType(name) : nil
        let properties = CSVPropertyPlan(file.propertyColumns, declared: schema.isStrict ? definition?.properties ?? [] : nil,
                                         owner: name) {
            self.writer.intern($0, as: .propertyKey)
        }
        let plan = EdgePlan(type: typeError == nil ? writer.intern(name, as: .edgeType) : -1, name: name,
                            typeError: typeError, definition: definition, properties: properties)
        file.plans[name] = plan
        return plan
    }

    /// Strict mode: the error for an edge of the plan's type between nodes of these types, if not allowed.
    private func endpointError(_ plan: EdgePlan, _ definition: EdgeType, from: Int32, to: Int32) -> ChainGraphError? {
        if let last = plan.lastEndpoints, last.from == from, last.to == to { return last.error }
        let pair = EndpointPair(type: plan.type, from: from, to: to)
        let error: ChainGraphError?
        if let known = endpointChecks[pair] {
            error = known
        } else {
            let labels = writer.batchReader.labels
            let fromName = from >= 0 ? labels.name(of: from) : "(no type)", toName = to >= 0 ? labels.name(of: to) : "(no type)"
            error = definition.allows(from: fromName, to: toName) ? nil
                : GraphSchema.invalidEndpoints(definition, from: fromName, to: toName)
            endpointChecks[pair] = .some(error)
        }
        plan.lastEndpoints = (from, to, error)
        return error
    }

    private func endpointColumn(_ index: Int, _ header: CSVHeader) -> EndpointColumn {
        let spaceName: String?
        switch header.columns[index].role {
        case .startID(let space), .endID(let space): spaceName = space
        default: spaceName = nil
        }
        let graph = writer.batchReader
        // A type without a label symbol has no nodes yet to find.
        let key = spaceName.flatMap { name in
            graph.schema.nodeType(named: name)?.primaryKey.flatMap { key in graph.labels.id(of: name).map { (key.type, $0) } }
        }
        return EndpointColumn(index: index, space: space(named: spaceName ?? ""), spaceName: spaceName, primaryKey: key)
    }

    /// The node an id names: in the ids read so far, else by primary key of the node type the space names.
    private func endpoint(_ row: CSVRowView, _ column: EndpointColumn) throws -> CSVIDSpace.Entry {
        if let found = column.space.entry(row.field(column.index)) { return found }
        let id = row.string(column.index)
        if let key = column.primaryKey,
           let value = try? TextValueConverter.convert(id, to: key.type, arrayDelimiter: options.arrayDelimiter),
           let node = writer.owner(ofPrimaryKey: PrimaryKey(type: key.label, value: value)) {
            return CSVIDSpace.Entry(node: node, label: key.label)
        }
        throw ChainGraphError(.entityNotFound, .unknownNode,
                              "no node has id '\(id)' in id space \(column.spaceName ?? "(default)")",
                              at: SourcePosition(line: 1, column: column.index + 1))
    }
}
