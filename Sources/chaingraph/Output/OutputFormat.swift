import ChainGraph

/// How query results are printed.
enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned Unicode table with column types, for people.
    case table
    /// RFC 4180 CSV with a header row.
    case csv
    /// One JSON array of row objects, keys in column order.
    case json
    /// One JSON object per row, one per line, keys in column order.
    case jsonl
    /// One block per row, a line per column (`column │ value`), nothing cut: for wide rows
    /// (psql's `\\x`).
    case vertical

    /// Renders a result.
    func render(_ result: ResultSet, terminal: Terminal) -> String {
        switch self {
        case .table: return TableRenderer(terminal: terminal).render(result)
        case .csv: return Self.csv(result)
        case .json:
            let rows = result.rows.map { Self.jsonObject(result.columns, $0) }
            return "[" + rows.joined(separator: ",\n ") + "]\n"
        case .jsonl:
            return result.rows.map { Self.jsonObject(result.columns, $0) + "\n" }.joined()
        case .vertical:
            return Self.vertical(result, terminal: terminal)
        }
    }

    /// Each row as `─[ row N ]─` and one `column │ value` line per column.
    private static func vertical(_ result: ResultSet, terminal: Terminal) -> String {
        guard !result.rows.isEmpty else { return "(no rows)\n" }
        let width = result.columns.map(TableRenderer.displayWidth).max() ?? 0
        var output = ""
        for (index, row) in result.rows.enumerated() {
            output += terminal.styled("─[ row \(index + 1) ]" + String(repeating: "─", count: max(3, width - 6)), .dim) + "\n"
            for (column, value) in zip(result.columns, row) {
                let padding = String(repeating: " ", count: width - TableRenderer.displayWidth(column))
                output += terminal.styled(column, .bold) + padding + " │ " + TableRenderer.cellText(value) + "\n"
            }
        }
        return output
    }

    /// A row as a JSON object whose keys come in column order (a repeated column name keeps
    /// its first value, as JSON readers would).
    static func jsonObject(_ columns: [String], _ row: [Value]) -> String {
        var output = "{"
        var seen: Set<String> = []
        for (column, value) in zip(columns, row) where seen.insert(column).inserted {
            if seen.count > 1 { output += "," }
            output += Value.string(column).jsonText + ":" + value.jsonText
        }
        return output + "}"
    }

    /// CSV text: strings as they are (the empty string as `""`), null as an empty field —
    /// as PostgreSQL's CSV tells them apart — lists, maps and elements as JSON.
    static func csv(_ result: ResultSet) -> String {
        var output = result.columns.map(csvField).joined(separator: ",") + "\r\n"
        for row in result.rows { output += csvLine(row) + "\r\n" }
        return output
    }

    /// One row as a CSV line, without its line break.
    static func csvLine(_ row: [Value]) -> String {
        row.map { value -> String in
            switch value {
            case .null: return ""
            case .string(let text): return CSVField.quoted(text, quoteEmpty: true)
            case .bool, .int, .double: return csvField(value.description)
            case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return csvField(value.temporalText!)
            default: return csvField(value.jsonText)
            }
        }.joined(separator: ",")
    }

    static func csvField(_ text: String) -> String { CSVField.quoted(text) }
}
