import Foundation

extension CSVImporter {
    /// A node label set's compiled columns.
    final class NodePlan {
        let labels: [Int32]
        /// Strict mode: the error every row of this label set fails with, if any.
        let labelError: ChainGraphError?
        let owner: String
        let properties: CSVPropertyPlan
        let keySymbol: Int32?

        init(labels: [Int32], labelError: ChainGraphError?, owner: String, properties: CSVPropertyPlan, keySymbol: Int32?) {
            self.labels = labels
            self.labelError = labelError
            self.owner = owner
            self.properties = properties
            self.keySymbol = keySymbol
        }
    }

    /// One node file's layout, and its plans (they depend on its columns): one when every
    /// row has the same labels, else one per label set met.
    private final class NodeFile {
        let columnCount: Int
        let identity: (index: Int, space: CSVIDSpace, name: String)?
        let labelColumns: [Int]
        let propertyColumns: [(index: Int, column: CSVHeader.Column)]
        let fileLabel: String?
        let source: String
        var fixedPlan: NodePlan?
        var plans: [[String]: NodePlan] = [:]

        init(_ header: CSVHeader, label: String?, source: String, space: (String) -> CSVIDSpace) {
            columnCount = header.columns.count
            identity = header.columns.indices.compactMap { index -> (index: Int, name: String)? in
                guard case .id(let name) = header.columns[index].role else { return nil }
                return (index, name ?? "")
            }.first.map { ($0.index, space($0.name), $0.name) }
            labelColumns = header.columns.indices.filter { header.columns[$0].role == .label }
            propertyColumns = header.columns.enumerated().filter { _, column in
                if case .id = column.role { return !column.name.isEmpty }
                return column.role == .property
            }.map { (index: $0.offset, column: $0.element) }
            fileLabel = label
            self.source = source
        }
    }

    /// Imports a node file; `label` is added to every node (the file's label, if any).
    func importNodes(_ path: String, label: String? = nil) throws {
        let (reader, header) = try Self.open(path, options: options, limits: limits)
        guard header.isNodeFile || label != nil else {
            throw ChainGraphError(.syntaxError, .invalidCSVHeader,
                                  "a node file needs an :ID column or a label (file '\(path)')", at: SourcePosition(file: path, line: 1, column: 1))
        }
        let file = NodeFile(header, label: label, source: (path as NSString).lastPathComponent) { space(named: $0) }
        var conversion: CSVRowPrefetcher.Conversion?
        if file.labelColumns.isEmpty, Self.hasBytesAfterHeader(reader, path: path) {
            let plan = nodePlan(file.fileLabel.map { [$0] } ?? [], file)
            file.fixedPlan = plan
            if plan.labelError == nil { conversion = self.conversion(plan.properties, owner: plan.owner, columnCount: file.columnCount) }
        }
        try forEachRow(of: reader, conversion: conversion) { try node($0, $1, file) }
    }

    /// Imports a row; `converted` is its properties when the reader thread read them.
    private func node(_ row: CSVRowView, _ converted: Result<PropertyMap, Error>?, _ file: NodeFile) throws {
        try checkWidth(row, file.columnCount)
        let plan: NodePlan
        if file.labelColumns.isEmpty {
            plan = file.fixedPlan ?? nodePlan(file.fileLabel.map { [$0] } ?? [], file)
            file.fixedPlan = plan
        } else {
            plan = nodePlan(labels(of: row, file), file)
        }
        if let labelError = plan.labelError { throw labelError }
        let properties = try converted?.get() ?? plan.properties.properties(of: row, arrayDelimiter: arrayDelimiter, owner: plan.owner)
        if let identity = file.identity, identity.space.entry(row.field(identity.index)) != nil {
            throw ChainGraphError(.constraintError, .duplicateID,
                                  "id '\(row.string(identity.index))' appears twice in id space \(identity.name.isEmpty ? "(default)" : identity.name)")
        }
        let key = plan.keySymbol.flatMap { symbol in properties[symbol].map { PrimaryKey(type: plan.labels[0], value: $0) } }
        let id = try writer.appendNode(NodeRecord(labels: plan.labels, properties: properties,
                                                       provenance: Provenance(source: file.source, line: Int64(row.line))),
                                            primaryKey: key)
        if let identity = file.identity {
            _ = identity.space.insert(row.field(identity.index),
                                      CSVIDSpace.Entry(node: id, label: plan.labels.count == 1 ? plan.labels[0] : -1))
        }
        summary.nodes += 1
    }

    /// The row's labels: the file's, then the `:LABEL` columns', without repeats.
    private func labels(of row: CSVRowView, _ file: NodeFile) -> [String] {
        var labels = file.fileLabel.map { [$0] } ?? []
        for column in file.labelColumns where !row.isEmpty(column) {
            labels += row.string(column).split(separator: options.arrayDelimiter).map(String.init).filter { !$0.isEmpty }
        }
        return labels.count > 1 ? Array(Set(labels)).sorted() : labels
    }

    private func nodePlan(_ labels: [String], _ file: NodeFile) -> NodePlan {
        if let known = file.plans[labels] { return known }
        let schema = writer.batchReader.schema
        var labelError: ChainGraphError?
        var declared: [PropertyDefinition]?
        var owner = labels.joined(separator: ":")
        if schema.isStrict {
            if labels.count != 1 {
                labelError = GraphSchema.strictModeLabels(labels)
            } else if let type = schema.nodeType(named: labels[0]) {
                declared = type.properties
                owner = type.name
            } else {
                labelError = schema.unknownNodeType(labels[0])
            }
        }
        let symbols = labelError == nil ? labels.map { writer.intern($0, as: .label) }.sorted() : []
        let properties = CSVPropertyPlan(file.propertyColumns, declared: labelError == nil ? declared : [], owner: owner) {
            self.writer.intern($0, as: .propertyKey)
        }
        let keySymbol = declared?.first(where: \.isPrimaryKey).map { writer.intern($0.name, as: .propertyKey) }
        let plan = NodePlan(labels: symbols, labelError: labelError, owner: owner, properties: properties, keySymbol: keySymbol)
        file.plans[labels] = plan
        return plan
    }
}
