/// CSV: the header row in the Neo4j `neo4j-admin import` convention.
///
/// ```
/// id:ID(Material),name,tier:int,aliases:string[],:LABEL
/// :START_ID(Material),:END_ID(Material),:TYPE,qty:double
/// ```
///
/// A column is `name[:type]`. Roles: `:ID` or `:ID(space)` (the node's id within an id
/// space; with a name before the colon it is also stored as that property), `:START_ID`,
/// `:END_ID` (with the id space of the nodes they name), `:LABEL` (labels separated by
/// `;`), `:TYPE` (the edge type), `:IGNORE`. Property types: `string` (default), `int`,
/// `long`, `short`, `byte` (INT64), `float`, `double` (DOUBLE), `boolean`, `date`,
/// `localtime`, `time`, `localdatetime`, `datetime`, `duration` (ISO 8601 text), and
/// arrays of these with `[]` (elements separated by `;`). A header without annotations
/// (plain CSV) is read with the mapping of ``CSVImportOptions``.
struct CSVHeader {
    enum Role: Equatable {
        case id(space: String?)
        case startID(space: String?)
        case endID(space: String?)
        case label
        case type
        case ignore
        case property
    }

    struct Column {
        var name: String
        var role: Role
        /// The property type, nil for strings read as they are (or inferred in open mode).
        var type: PropertyType?
        /// Whether the type was written in the header.
        var isTyped: Bool
    }

    var columns: [Column]

    var isNodeFile: Bool { columns.contains { if case .id = $0.role { return true } else { return false } } }
    /// Whether the file has relationship columns (`:START_ID` or `:END_ID`); importing it
    /// then needs both.
    var isRelationshipFile: Bool {
        columns.contains {
            switch $0.role {
            case .startID, .endID: return true
            default: return false
            }
        }
    }

    /// Parses a header row.
    /// - Throws: `SyntaxError (InvalidCSVHeader)` for an unknown type or role.
    init(_ fields: [String], file: String?, line: Int) throws {
        columns = try fields.enumerated().map { index, field in
            try Self.column(field.trimmingCharacters(in: .whitespaces),
                            at: SourcePosition(file: file, line: line, column: index + 1))
        }
    }

    private static func column(_ text: String, at position: SourcePosition) throws -> Column {
        guard let colon = text.lastIndex(of: ":"), !text.hasSuffix("\\") else {
            return Column(name: text, role: .property, type: nil, isTyped: false)
        }
        let name = String(text[..<colon])
        var annotation = String(text[text.index(after: colon)...])
        var space: String?
        if let open = annotation.firstIndex(of: "("), annotation.hasSuffix(")") {
            space = String(annotation[annotation.index(after: open)..<annotation.index(before: annotation.endIndex)])
            annotation = String(annotation[..<open])
        }
        switch annotation.uppercased() {
        case "ID": return Column(name: name, role: .id(space: space), type: nil, isTyped: false)
        case "START_ID": return Column(name: name, role: .startID(space: space), type: nil, isTyped: false)
        case "END_ID": return Column(name: name, role: .endID(space: space), type: nil, isTyped: false)
        case "LABEL": return Column(name: name, role: .label, type: nil, isTyped: false)
        case "TYPE": return Column(name: name, role: .type, type: nil, isTyped: false)
        case "IGNORE": return Column(name: name, role: .ignore, type: nil, isTyped: false)
        default: break
        }
        guard !name.isEmpty, let type = propertyType(annotation) else {
            throw ChainGraphError(.syntaxError, .invalidCSVHeader,
                                  "unknown column type '\(annotation)' in '\(text)': use string, int, long, float, double, boolean, date, localtime, time, localdatetime, datetime, duration (with [] for arrays), or ID, START_ID, END_ID, LABEL, TYPE, IGNORE",
                                  at: position)
        }
        return Column(name: name, role: .property, type: type, isTyped: true)
    }

    static func propertyType(_ annotation: String) -> PropertyType? {
        let lowered = annotation.lowercased()
        if lowered.hasSuffix("[]") {
            return propertyType(String(lowered.dropLast(2))).map { .list($0) }
        }
        switch lowered {
        case "string", "char": return .string
        case "int", "long", "short", "byte", "int64": return .int64
        case "float", "double": return .double
        case "boolean", "bool": return .bool
        case "date": return .date
        case "localtime": return .localTime
        case "time": return .time
        case "localdatetime": return .localDateTime
        case "datetime": return .dateTime
        case "duration": return .duration
        default: return nil
        }
    }

    /// The header annotation of a property type (`long`, `double[]`, …), for export.
    static func annotation(of type: PropertyType) -> String {
        switch type {
        case .string: return "string"
        case .int64: return "long"
        case .double: return "double"
        case .bool: return "boolean"
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return type.description.lowercased()
        case .list(let element): return annotation(of: element) + "[]"
        }
    }
}
