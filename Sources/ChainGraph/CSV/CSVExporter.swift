/// CSV: writes a selection in the `neo4j-admin import` convention, one file per label
/// combination and one per edge type, with typed headers.
///
/// Column types come from the values (``ValueKind``): `boolean`, `long`, `double`,
/// `string`, `date`, and arrays (`long[]`, elements joined by `;`). A property whose
/// values differ in type is written as `string` (its values' text) — the one lossy case,
/// as in neo4j-admin's format itself.
///
/// A file whose elements have provenance or evidence gets a last column
/// `provenance:IGNORE`: `provenance(x)` as JSON (``ProvenanceEntries``), which import —
/// ChainGraph's and neo4j-admin's — skips.
///
/// File names come from labels and types, encoded by ``fileNamePart(_:)`` so that every file
/// stays inside the output directory whatever a label holds (`x/../../escaped`).
struct CSVExporter {
    let model: ExportModel
    /// Opens each file of the export (see ``ExportTarget``).
    let makeTarget: (String) throws -> ExportTarget
    /// Elements written so far, for progress.
    private final class Counter { var written = 0 }
    private let counter = Counter()

    private var graph: GraphReader { model.graph }

    func write(to directory: String) throws -> GraphExportSummary {
        var nodeGroups: [[String]: [Int64]] = [:]
        for id in model.selection.nodeIDs {
            nodeGroups[model.labels(of: graph.nodeRecord(id.rawValue)!), default: []].append(id.rawValue)
        }
        for (labels, ids) in nodeGroups.sorted(by: { $0.key.joined(separator: ":") < $1.key.joined(separator: ":") }) {
            let name = labels.isEmpty ? "nodes.csv" : "nodes.\(Self.fileNamePart(labels.joined(separator: "_"))).csv"
            try writeNodes(ids, labels: labels, to: directory + "/" + name)
        }
        var edgeGroups: [Int32: [Int64]] = [:]
        for id in model.selection.edgeIDs { edgeGroups[graph.edgeRecord(id.rawValue)!.type, default: []].append(id.rawValue) }
        for (type, ids) in edgeGroups.sorted(by: { graph.edgeTypes.name(of: $0.key) < graph.edgeTypes.name(of: $1.key) }) {
            let name = graph.edgeTypes.name(of: type)
            try writeEdges(ids, type: name, to: directory + "/relationships.\(Self.fileNamePart(name)).csv")
        }
        return GraphExportSummary(nodes: model.selection.nodeIDs.count, edges: model.selection.edgeIDs.count)
    }

    /// A label or type as part of a file name: letters and digits of any script, `_`, `-`
    /// and inner dots are kept; every other character (`/`, `\\`, `%`, `:`, controls, a
    /// leading dot) becomes `%XX` per UTF-8 byte, so the name stays one file in the directory.
    static func fileNamePart(_ name: String) -> String {
        var part = ""
        for (index, character) in name.enumerated() {
            let plain = character.isLetter || character.isNumber || character == "_" || character == "-"
                || (character == "." && index > 0)
            if plain && !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                part.append(character)
            } else {
                for byte in String(character).utf8 { part += String(format: "%%%02X", byte) }
            }
        }
        return part
    }

    private func columns(_ maps: [PropertyMap]) -> [(symbol: Int32, header: String, kind: ValueKind)] {
        var kinds: [Int32: ValueKind] = [:]
        for map in maps {
            for (index, key) in map.keys.enumerated() { kinds[key, default: .none].merge(ValueKind(map.values[index])) }
        }
        return kinds.map { symbol, kind in
            let name = graph.propertyKeys.name(of: symbol)
            return (symbol, name + ":" + Self.annotation(kind), kind)
        }.sorted { $0.header < $1.header }
    }

    private static func annotation(_ kind: ValueKind) -> String {
        switch kind {
        case .boolean: return "boolean"
        case .int32, .int64: return "long"
        case .double: return "double"
        case .temporal(let type): return type.lowercased()
        case .list(let element):
            switch element {
            case "INT64": return "long[]"
            case "DOUBLE": return "double[]"
            case "BOOL": return "boolean[]"
            case "DATE", "LOCALTIME", "TIME", "LOCALDATETIME", "DATETIME", "DURATION": return element.lowercased() + "[]"
            default: return "string[]"
            }
        case .string, .mixed, .none: return "string"
        }
    }

    private static func text(_ value: Value) -> String {
        switch value {
        case .string(let text): return text
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return value.temporalText!
        case .double(let number): return Value.formatDouble(number)
        case .list(let items): return items.map(text).joined(separator: ";")
        default: return value.description
        }
    }

    private static func field(_ text: String) -> String { CSVField.quoted(text, quoteEmpty: true) }

    /// The property fields of one element, in column order (missing values empty).
    private static func propertyFields(_ properties: PropertyMap, _ columns: [(symbol: Int32, header: String, kind: ValueKind)]) -> [String] {
        columns.map { column in properties[column.symbol].map { field(text($0)) } ?? "" }
    }

    /// The header of the provenance column.
    static let provenanceHeader = "provenance:IGNORE"

    /// Whether a property is named `provenance` (it then keeps its column, and the derived one is left out).
    private static func hasProvenanceProperty(_ columns: [(symbol: Int32, header: String, kind: ValueKind)]) -> Bool {
        columns.contains { $0.header.hasPrefix("provenance:") }
    }

    /// The provenance field of each record, or nil when none of them has provenance.
    private func provenanceFields(_ records: [(Provenance, PropertyMap)]) -> [String]? {
        let evidence = graph.propertyKeys.id(of: ProvenanceEntries.evidenceProperty)
        let texts = records.map { provenance, properties in
            ProvenanceEntries.jsonText(provenance: provenance, evidence: evidence.flatMap { properties[$0] })
        }
        return texts.contains { $0 != nil } ? texts.map { $0.map(Self.field) ?? "" } : nil
    }

    private func writeNodes(_ ids: [Int64], labels: [String], to path: String) throws {
        let output = TextFileWriter(target: try makeTarget(path))
        let records = ids.map { graph.nodeRecord($0)! }
        let columns = columns(records.map(\.properties))
        let provenance = Self.hasProvenanceProperty(columns) ? nil : provenanceFields(records.map { ($0.provenance, $0.properties) })
        let headers = [":ID", ":LABEL"] + columns.map(\.header) + (provenance == nil ? [] : [Self.provenanceHeader])
        try output.write(headers.map(Self.field).joined(separator: ",") + "\n")
        for (index, (id, record)) in zip(ids, records).enumerated() {
            let fields = [String(id), Self.field(labels.joined(separator: ";"))] + Self.propertyFields(record.properties, columns)
                + (provenance.map { [$0[index]] } ?? [])
            try output.write(fields.joined(separator: ",") + "\n")
            counter.written += 1
            model.reportProgress(counter.written)
        }
        try output.finish()
    }

    private func writeEdges(_ ids: [Int64], type: String, to path: String) throws {
        let output = TextFileWriter(target: try makeTarget(path))
        let records = ids.map { graph.edgeRecord($0)! }
        let columns = columns(records.map(\.properties))
        let provenance = Self.hasProvenanceProperty(columns) ? nil : provenanceFields(records.map { ($0.provenance, $0.properties) })
        let headers = [":START_ID", ":END_ID", ":TYPE"] + columns.map(\.header) + (provenance == nil ? [] : [Self.provenanceHeader])
        try output.write(headers.map(Self.field).joined(separator: ",") + "\n")
        for (index, record) in records.enumerated() {
            let fields = [String(record.from), String(record.to), Self.field(type)] + Self.propertyFields(record.properties, columns)
                + (provenance.map { [$0[index]] } ?? [])
            try output.write(fields.joined(separator: ",") + "\n")
            counter.written += 1
            model.reportProgress(counter.written)
        }
        try output.finish()
    }
}
