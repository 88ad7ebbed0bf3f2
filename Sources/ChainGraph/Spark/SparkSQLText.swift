import Foundation

/// Spark: the pieces of Spark SQL text the translator writes — quoted identifiers, string
/// and number literals, and ChainGraph values as literals.
enum SparkSQLText {
    /// `` `name` ``, with backticks inside doubled.
    static func identifier(_ name: String) -> String {
        "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }

    /// `'text'`, with backslashes and quotes escaped (Spark reads backslash escapes in literals).
    static func string(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "'"
    }

    /// A list of strings, `('a', 'b')`, for `IN`.
    static func stringList(_ items: [String]) -> String {
        "(" + items.map(string).joined(separator: ", ") + ")"
    }

    /// A value as a Spark SQL literal with its static type, or nil when Spark SQL has no
    /// literal for it here (temporal values, maps, graph elements).
    static func literal(_ value: Value) -> (sql: String, type: SparkType)? {
        switch value {
        case .null: return ("NULL", .unknown)
        case .bool(let flag): return (flag ? "TRUE" : "FALSE", .boolean)
        case .int(let number):
            return (number == Int64.min ? "CAST(\(number) AS BIGINT)" : "\(number)L", .integer)
        case .double(let number):
            if number.isNaN { return ("CAST('NaN' AS DOUBLE)", .double) }
            if number.isInfinite { return ("CAST('\(number > 0 ? "" : "-")Infinity' AS DOUBLE)", .double) }
            return ("CAST(\(SparkSQLText.string(String(number))) AS DOUBLE)", .double)
        case .string(let text): return (string(text), .string)
        case .list(let items):
            var parts: [String] = []
            for item in items {
                guard let part = literal(item) else { return nil }
                parts.append(part.sql)
            }
            return ("array(" + parts.joined(separator: ", ") + ")", .list)
        default: return nil
        }
    }
}

/// Spark: what the translator knows of an expression's type before it runs.
enum SparkType: Equatable {
    case integer, double, string, boolean, list, node, relationship, unknown

    /// The type of a lake column of Spark SQL type `name` (`bigint`, `double`, `array<…>`…).
    init(sparkType name: String) {
        switch name {
        case "bigint": self = .integer
        case "double": self = .double
        case "string": self = .string
        case "boolean": self = .boolean
        default: self = name.hasPrefix("array<") ? .list : .unknown
        }
    }

    var isNumber: Bool { self == .integer || self == .double }

    /// Whether values of the two types can never be equal or ordered in Cypher (a number
    /// and a string, say), when both types are known.
    func isIncomparable(with other: SparkType) -> Bool {
        guard self != .unknown, other != .unknown, self != other else { return false }
        return !(isNumber && other.isNumber)
    }
}
