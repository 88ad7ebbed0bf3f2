import Foundation

/// CSV: reads node and relationship files in the `neo4j-admin import` convention (see
/// ``CSVHeader``) into a write transaction, streaming record by record.
///
/// Node ids live in id spaces (`:ID(Material)`); a relationship's `:START_ID(Material)`
/// is looked up in the ids this import has read, else — when `Material` is a declared
/// node type — by the type's primary key, so relationship files can point at nodes
/// already in the database. Values are converted to the header's type, else to the
/// declared property type (strict mode), else kept as strings, as neo4j-admin does.
final class CSVImporter {
    private let transaction: WriteTransaction
    private let options: CSVImportOptions
    private var idSpaces: [String: [String: NodeID]] = [:]
    private(set) var summary = CSVImportSummary()
    private var totalBytes: Int64 = 0
    private var finishedBytes: Int64 = 0
    /// Declared property types by "label-or-type/column", resolved once per import.
    private var declaredTypes: [String: PropertyType?] = [:]
    /// The file name recorded as provenance, per path.
    private var fileNames: [String: String] = [:]

    init(transaction: WriteTransaction, options: CSVImportOptions) {
        self.transaction = transaction
        self.options = options
    }

    /// Sets the size of all files, for progress.
    func expect(totalBytes: Int64) { self.totalBytes = totalBytes }

    /// The header that applies to a file, without reading further.
    static func header(of path: String, options: CSVImportOptions) throws -> CSVHeader {
        if let override = options.headers[(path as NSString).lastPathComponent] ?? options.headers[path] {
            let fields = try CSVReader(text: override, name: "header of \(path)", delimiter: options.delimiter).next()?.fields ?? []
            return try CSVHeader(fields, file: path, line: 1)
        }
        let reader = try CSVReader(path: path, delimiter: options.delimiter, maximumRecordBytes: options.maximumRecordBytes)
        guard let first = try reader.next() else {
            throw ChainGraphError(.syntaxError, "InvalidCSVHeader", "the file is empty; it needs a header row",
                                  at: SourcePosition(file: path, line: 1, column: 1))
        }
        return try CSVHeader(first.fields, file: path, line: first.line)
    }

    /// A reader and the header that applies to it (an override from the options, else the first line).
    func open(_ path: String) throws -> (CSVReader, CSVHeader) {
        let reader = try CSVReader(path: path, delimiter: options.delimiter, maximumRecordBytes: options.maximumRecordBytes)
        guard let first = try reader.next() else {
            throw ChainGraphError(.syntaxError, "InvalidCSVHeader", "the file is empty; it needs a header row",
                                  at: SourcePosition(file: path, line: 1, column: 1))
        }
        if let override = options.headers[(path as NSString).lastPathComponent] ?? options.headers[path] {
            let fields = try CSVReader(text: override, name: "header of \(path)", delimiter: options.delimiter).next()?.fields ?? []
            return (reader, try CSVHeader(fields, file: path, line: 1))
        }
        return (reader, try CSVHeader(first.fields, file: path, line: first.line))
    }

    /// Imports a node file; `label` is added to every node (the file's label, if any).
    func importNodes(_ path: String, label: String? = nil) throws {
        let (reader, header) = try open(path)
        guard header.isNodeFile || label != nil else {
            throw ChainGraphError(.syntaxError, "InvalidCSVHeader",
                                  "a node file needs an :ID column or a label (file '\(path)')", at: SourcePosition(file: path, line: 1, column: 1))
        }
        while let record = try reader.next() {
            report(reader)
            try guarded(record, reader) { try self.node(record, header, label: label, file: path) }
        }
        finishedBytes += reader.bytesConsumed
    }

    /// Imports a relationship file; `type` is used where the file has no `:TYPE` column.
    func importRelationships(_ path: String, type: String? = nil) throws {
        let (reader, header) = try open(path)
        let hasStart = header.columns.contains { if case .startID = $0.role { return true } else { return false } }
        let hasEnd = header.columns.contains { if case .endID = $0.role { return true } else { return false } }
        guard hasStart && hasEnd else {
            throw ChainGraphError(.syntaxError, "InvalidCSVHeader",
                                  "a relationship file needs :START_ID and :END_ID columns (file '\(path)')",
                                  at: SourcePosition(file: path, line: 1, column: 1))
        }
        while let record = try reader.next() {
            report(reader)
            try guarded(record, reader) { try self.relationship(record, header, type: type, file: path) }
        }
        finishedBytes += reader.bytesConsumed
    }

    private func report(_ reader: CSVReader) {
        guard let progress = options.progress, reader.bytesConsumed & 0xFFFFF < 200 else { return }
        progress(finishedBytes + reader.bytesConsumed, max(totalBytes, finishedBytes + reader.bytesConsumed))
    }

    /// Runs `body` for a record; a failure is a bad row, skipped while under the cap.
    private func guarded(_ record: CSVReader.Record, _ reader: CSVReader, _ body: () throws -> Void) throws {
        if record.fields.count == 1 && record.fields[0].isEmpty { return }
        do {
            try body()
        } catch var failure as ChainGraphError where failure.kind != .ioError {
            if failure.position == nil || failure.position?.file == nil {
                failure.position = SourcePosition(file: reader.file, line: record.line, column: failure.position?.column ?? 1)
            }
            summary.badRowCount += 1
            if summary.badRows.count < 100 { summary.badRows.append(failure) }
            if summary.badRowCount > options.maximumBadRows {
                if options.maximumBadRows == 0 { throw failure }
                throw ChainGraphError(.constraintError, "TooManyBadRows",
                                      "more than \(options.maximumBadRows) bad rows; the first: \(summary.badRows[0])",
                                      at: failure.position)
            }
        }
    }

    private func checkWidth(_ record: CSVReader.Record, _ header: CSVHeader) throws {
        guard record.fields.count == header.columns.count else {
            throw ChainGraphError(.syntaxError, "WrongFieldCount",
                                  "the row has \(record.fields.count) fields; the header has \(header.columns.count)")
        }
    }

    private func node(_ record: CSVReader.Record, _ header: CSVHeader, label: String?, file: String) throws {
        try checkWidth(record, header)
        var labels = label.map { [$0] } ?? []
        var properties = PropertyList(minimumCapacity: header.columns.count)
        var identity: (space: String, id: String)?
        for (index, column) in header.columns.enumerated() {
            let field = record.fields[index]
            switch column.role {
            case .label:
                labels += field.split(separator: options.arrayDelimiter).map(String.init).filter { !$0.isEmpty }
            case .id(let space):
                identity = (space ?? "", field)
                if !column.name.isEmpty, let value = try value(field, column, declaredIn: labels, column: index,
                                                                quoted: record.quoted[index]) {
                    properties[column.name] = value
                }
            case .property:
                if let value = try value(field, column, declaredIn: labels, column: index, quoted: record.quoted[index]) {
                    properties[column.name] = value
                }
            case .ignore, .startID, .endID, .type: break
            }
        }
        if let identity, idSpaces[identity.space]?[identity.id] != nil {
            throw ChainGraphError(.constraintError, "DuplicateID",
                                  "id '\(identity.id)' appears twice in id space \(identity.space.isEmpty ? "(default)" : identity.space)")
        }
        if labels.count > 1 { labels = Array(Set(labels)).sorted() }
        let id = try transaction.createNode(labels: labels, propertyList: properties,
                                            provenance: Provenance(source: fileName(file), line: Int64(record.line)))
        if let identity { idSpaces[identity.space, default: [:]][identity.id] = id }
        summary.nodes += 1
    }

    private func relationship(_ record: CSVReader.Record, _ header: CSVHeader, type fileType: String?, file: String) throws {
        try checkWidth(record, header)
        var from: NodeID?, to: NodeID?
        var type = fileType
        for (index, column) in header.columns.enumerated() {
            switch column.role {
            case .startID(let space): from = try node(record.fields[index], in: space, column: index)
            case .endID(let space): to = try node(record.fields[index], in: space, column: index)
            case .type: if !record.fields[index].isEmpty { type = record.fields[index] }
            default: break
            }
        }
        guard let type else {
            throw ChainGraphError(.syntaxError, "MissingType", "the row has no relationship type (no :TYPE value and no type for the file)")
        }
        guard let from, let to else {
            throw ChainGraphError(.syntaxError, "InvalidCSVHeader", "a relationship file needs both a :START_ID and an :END_ID column")
        }
        var properties = PropertyList(minimumCapacity: header.columns.count)
        for (index, column) in header.columns.enumerated() where column.role == .property {
            if let value = try value(record.fields[index], column, declaredIn: [type], column: index, quoted: record.quoted[index]) {
                properties[column.name] = value
            }
        }
        _ = try transaction.createEdge(type, from: from, to: to, propertyList: properties,
                                   provenance: Provenance(source: fileName(file), line: Int64(record.line)))
        summary.edges += 1
    }

    private func fileName(_ path: String) -> String {
        if let known = fileNames[path] { return known }
        let name = (path as NSString).lastPathComponent
        fileNames[path] = name
        return name
    }

    /// The declared type of property `name` on the first of `types` that declares it.
    private func declaredType(of name: String, in types: [String]) -> PropertyType? {
        let key = types.joined(separator: ":") + "/" + name
        if let known = declaredTypes[key] { return known }
        let schema = transaction.snapshot.schema
        let type = types.lazy.compactMap {
            schema.nodeType(named: $0)?.property(named: name)?.type ?? schema.edgeType(named: $0)?.property(named: name)?.type
        }.first
        declaredTypes[key] = .some(type)
        return type
    }

    /// The node an id names: in the ids read so far, else by primary key of the node type the space names.
    private func node(_ id: String, in space: String?, column: Int) throws -> NodeID {
        if let found = idSpaces[space ?? ""]?[id] { return found }
        let snapshot = transaction.snapshot
        if let space, let type = snapshot.schema.nodeType(named: space), let key = type.primaryKey,
           let value = try? Self.convert(id, to: key.type, arrayDelimiter: options.arrayDelimiter),
           let node = snapshot.node(ofType: space, key: value) {
            return node.id
        }
        throw ChainGraphError(.entityNotFound, "UnknownNode",
                              "no node has id '\(id)' in id space \(space ?? "(default)")",
                              at: SourcePosition(line: 1, column: column + 1))
    }

    /// A field as a value: the header's type, else the declared type, else a string; nil when
    /// empty (a quoted empty field is an empty string).
    private func value(_ field: String, _ column: CSVHeader.Column, declaredIn types: [String], column index: Int,
                       quoted: Bool) throws -> Value? {
        let type = column.type ?? declaredType(of: column.name, in: types)
        if field.isEmpty { return quoted && (type ?? .string) == .string ? .string("") : nil }
        guard let type else { return .string(field) }
        do {
            return try Self.convert(field, to: type, arrayDelimiter: options.arrayDelimiter)
        } catch var failure as ChainGraphError {
            failure.message = "column '\(column.name)': " + failure.message
            failure.position = SourcePosition(line: 1, column: index + 1)
            throw failure
        }
    }

    /// Converts CSV text to a value of `type`.
    static func convert(_ text: String, to type: PropertyType, arrayDelimiter: Character) throws -> Value {
        func invalid(_ expected: String) -> ChainGraphError {
            ChainGraphError(.typeError, "InvalidValue", "'\(text.prefix(60))' is not \(expected)")
        }
        let trimmed = text.trimmingASCIIWhitespace
        switch type {
        case .string: return .string(text)
        case .int64:
            guard let number = Int64(trimmed) else { throw invalid("an integer") }
            return .int(number)
        case .double:
            guard let number = Double(trimmed) else { throw invalid("a number") }
            return .double(number)
        case .bool:
            switch trimmed.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: throw invalid("true or false")
            }
        case .date:
            guard let date = try? GraphDate(iso8601: trimmed) else { throw invalid("a date (YYYY-MM-DD)") }
            return .date(date)
        case .list(let element):
            if text.isEmpty { return .list([]) }
            return .list(try text.split(separator: arrayDelimiter, omittingEmptySubsequences: false).map {
                try convert(String($0), to: element, arrayDelimiter: arrayDelimiter)
            })
        }
    }
}
