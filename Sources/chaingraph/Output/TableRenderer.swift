import ChainGraph

/// Renders a result as an aligned Unicode table with a row of column types under the
/// header, wide columns truncated with `…` on a terminal, and CJK characters counted as two columns.
///
/// ```
/// ┌───────────────┬───────┐
/// │ name          │ tier  │
/// │ STRING        │ INT64 │
/// ├───────────────┼───────┤
/// │ acrylonitrile │ 0     │
/// └───────────────┴───────┘
/// ```
struct TableRenderer {
    var terminal: Terminal

    func render(_ result: ResultSet) -> String {
        guard !result.columns.isEmpty else { return "" }
        let types = result.columns.indices.map { column in Self.typeName(of: result.rows.map { $0[column] }) }
        let cells = result.rows.map { row in row.map(Self.cellText) }
        let natural = result.columns.indices.map { column in
            ([result.columns[column], types[column]] + cells.map { $0[column] }).map(Self.displayWidth).max() ?? 1
        }
        // On a terminal wide cells are cut so the table fits its width (numbers never); into a
        // pipe or file nothing is cut.
        let widths = terminal.outputIsTerminal
            ? Self.allocate(natural: natural, fixed: types.map { $0 == "INT64" || $0 == "DOUBLE" },
                            available: terminal.width - 2 - 3 * result.columns.count)
            : natural
        func line(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right + "\n"
        }
        func row(_ values: [String], style: Terminal.Style? = nil) -> String {
            "│" + values.enumerated().map { column, value in
                let fitted = Self.fit(value, width: widths[column])
                let padded = " " + fitted + String(repeating: " ", count: widths[column] - Self.displayWidth(fitted)) + " "
                return style.map { terminal.styled(padded, $0) } ?? padded
            }.joined(separator: "│") + "│\n"
        }
        var output = line("┌", "┬", "┐")
        output += row(result.columns, style: .bold)
        // No rows, no types to show.
        guard !cells.isEmpty else { return output + line("└", "┴", "┘") }
        output += row(types, style: .dim)
        output += line("├", "┼", "┤")
        for values in cells { output += row(values) }
        output += line("└", "┴", "┘")
        return output
    }

    /// Column widths that fit `available` display columns: every column that fits its fair
    /// share keeps its natural width, `fixed` ones (numbers) always do, and the rest share
    /// what is left equally (at least `minimum` each, so a very narrow terminal still shows
    /// a few characters of each).
    static func allocate(natural: [Int], fixed: [Bool], available: Int, minimum: Int = 8) -> [Int] {
        guard natural.reduce(0, +) > available else { return natural }
        var widths = natural
        var flexible = natural.indices.filter { !fixed[$0] }
        var budget = available - natural.indices.filter { fixed[$0] }.map { natural[$0] }.reduce(0, +)
        while !flexible.isEmpty {
            let share = budget / flexible.count
            let small = flexible.filter { natural[$0] <= share }
            if small.isEmpty {
                let extra = max(0, budget - share * flexible.count)
                for (order, column) in flexible.enumerated() { widths[column] = max(minimum, share + (order < extra ? 1 : 0)) }
                break
            }
            budget -= small.map { natural[$0] }.reduce(0, +)
            flexible.removeAll { small.contains($0) }
        }
        return widths
    }

    /// What a cell shows: strings without quotes, `null`, other values as Cypher literals.
    static func cellText(_ value: Value) -> String {
        switch value {
        case .string(let text): return text.replacingOccurrences(of: "\n", with: "⏎")
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return value.temporalText!
        default: return value.description.replacingOccurrences(of: "\n", with: "⏎")
        }
    }

    /// The type of a column: the one type of its non-null values, `ANY` when mixed, `NULL` when all null.
    static func typeName(of values: [Value]) -> String {
        let names = Set(values.filter { !$0.isNull }.map(\.typeName))
        if names.isEmpty { return "NULL" }
        return names.count == 1 ? names.first! : "ANY"
    }

    /// Columns a string takes on a terminal: East Asian wide characters take two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x0300...0x036F, 0x200B...0x200F: return width
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
                 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
                return width + 2
            default: return width + 1
            }
        }
    }

    /// `text` cut to `width` columns, ending in `…` when cut.
    static func fit(_ text: String, width: Int) -> String {
        guard displayWidth(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = displayWidth(String(character))
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }
}
