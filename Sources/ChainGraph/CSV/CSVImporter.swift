import Foundation

/// CSV: reads node and relationship files in the `neo4j-admin import` convention (see
/// ``CSVHeader``) into a write writer, streaming record by record.
///
/// Node ids live in id spaces (`:ID(Material)`); a relationship's `:START_ID(Material)`
/// is looked up in the ids this import has read, else — when `Material` is a declared
/// node type — by the type's primary key, so relationship files can point at nodes
/// already in the database. Values are converted to the header's type, else to the
/// declared property type (strict mode), else kept as strings, as neo4j-admin does.
///
/// Each file's columns are compiled once against the schema (a ``CSVPropertyPlan`` per
/// node label set or edge type), rows are read as bytes into one reused
/// ``CSVReader/ByteRecord`` and seen through a ``CSVRowView`` (no reference counting per
/// field), and records go in through the writer's bulk path (``PendingAppends``),
/// which builds the adjacency and key indexes once at the end.
final class CSVImporter {
    let writer: GraphWriter
    let options: CSVImportOptions
    let arrayDelimiter: UInt8
    private var spaces: [String: CSVIDSpace] = [:]
    var summary = CSVImportSummary()
    private var totalBytes: Int64 = 0
    private var finishedBytes: Int64 = 0
    var endpointChecks: [EndpointPair: ChainGraphError?] = [:]

    /// The limits of the statement the import runs for (none for the Swift API).
    let limits: OperationLimits

    init(writer: GraphWriter, options: CSVImportOptions, limits: OperationLimits = .none) {
        self.limits = limits
        self.writer = writer
        self.options = options
        arrayDelimiter = options.arrayDelimiter.asciiValue ?? UInt8(ascii: ";")
    }

    /// Sets the size of all files, for progress.
    func expect(totalBytes: Int64) { self.totalBytes = totalBytes }

    /// The header that applies to a file, without reading further.
    static func header(of path: String, options: CSVImportOptions) throws -> CSVHeader {
        try open(path, options: options, limits: .none).1
    }

    /// A reader and the header that applies to it (an override from the options, else the first line).
    static func open(_ path: String, options: CSVImportOptions, limits: OperationLimits) throws -> (CSVReader, CSVHeader) {
        let reader = try CSVReader(path: path, delimiter: options.delimiter, maximumRecordBytes: options.maximumRecordBytes, limits: limits)
        guard let first = try reader.next() else {
            throw ChainGraphError(.syntaxError, .invalidCSVHeader, "the file is empty; it needs a header row",
                                  at: SourcePosition(file: path, line: 1, column: 1))
        }
        if let override = options.headers[(path as NSString).lastPathComponent] ?? options.headers[path] {
            let fields = try CSVReader(text: override, name: "header of \(path)", delimiter: options.delimiter).next()?.fields ?? []
            return (reader, try CSVHeader(fields, file: path, line: 1))
        }
        return (reader, try CSVHeader(first.fields, file: path, line: first.line))
    }

    /// The id space named `name` ("" for the default one).
    func space(named name: String) -> CSVIDSpace {
        if let known = spaces[name] { return known }
        let space = CSVIDSpace()
        spaces[name] = space
        return space
    }

    /// Reads every row of `reader` into `body` (the reading a batch ahead on its own thread,
    /// ``CSVRowPrefetcher``); a row that fails is a bad row, skipped while under the cap.
    /// Blank lines are skipped.
    func forEachRow(of reader: CSVReader, conversion: CSVRowPrefetcher.Conversion? = nil,
                    _ body: (CSVRowView, Result<PropertyMap, Error>?) throws -> Void) throws {
        var reported = finishedBytes
        try CSVRowPrefetcher(reader, conversion: conversion).forEachRow({ row, converted in
            if row.count == 1 && row.isEmpty(0) { return }
            try limits.count()
            do {
                try body(row, converted)
            } catch let failure as ChainGraphError where failure.kind != .ioError {
                try countBadRow(failure, file: reader.file, line: row.line)
            }
        }, afterBatch: { consumed in
            // About every megabyte.
            let position = finishedBytes + consumed
            guard let progress = options.progress, position >> 20 != reported >> 20 else { return }
            reported = position
            progress(position, max(totalBytes, position))
        })
        finishedBytes += reader.bytesConsumed
    }

    private func countBadRow(_ error: ChainGraphError, file: String?, line: Int) throws {
        var failure = error
        if failure.position == nil || failure.position?.file == nil {
            failure.position = SourcePosition(file: file, line: line, column: failure.position?.column ?? 1)
        }
        summary.badRowCount += 1
        if summary.badRows.count < 100 { summary.badRows.append(failure) }
        if summary.badRowCount > options.maximumBadRows {
            if options.maximumBadRows == 0 { throw failure }
            throw ChainGraphError(.constraintError, .tooManyBadRows,
                                  "more than \(options.maximumBadRows) bad rows; the first: \(summary.badRows[0])",
                                  at: failure.position)
        }
    }

    /// Refuses a row whose field count differs from the header's.
    /// Whether the file holds anything after its header: a plan made before the first row
    /// interns its labels and property names, which a header-only file must not leave behind.
    static func hasBytesAfterHeader(_ reader: CSVReader, path: String) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? .max
        return size > reader.bytesConsumed
    }

    /// For a file whose rows all have one plan (known before the first row), its properties
    /// read on the reader thread — the plan is used there alone. Rows of another width are
    /// left to the importer, which refuses them.
    func conversion(_ plan: CSVPropertyPlan, owner: String, columnCount: Int) -> CSVRowPrefetcher.Conversion {
        let arrayDelimiter = arrayDelimiter
        return { row in
            guard row.count == columnCount else { return nil }
            return Result { try plan.properties(of: row, arrayDelimiter: arrayDelimiter, owner: owner) }
        }
    }

    func checkWidth(_ row: CSVRowView, _ columnCount: Int) throws {
        guard row.count == columnCount else {
            throw ChainGraphError(.syntaxError, .wrongFieldCount, "the row has \(row.count) fields; the header has \(columnCount)")
        }
    }
}
