import Foundation

/// The string functions.
enum StringFunctions {
    private static func text(_ name: String, _ value: Value) throws -> String {
        guard case .string(let text) = value else { throw argumentTypeError(name, value) }
        return text
    }

    private static func integer(_ name: String, _ value: Value) throws -> Int {
        guard case .int(let integer) = value else { throw argumentTypeError(name, value) }
        guard integer >= 0 else {
            throw ChainGraphError(.argumentError, .numberOutOfRange, "\(name)() cannot take a negative length or start (\(integer))")
        }
        return Int(clamping: integer)
    }

    /// `replace` multiplies its input when the replacement is longer than what it replaces
    /// (a 1 MB text of 'a's with each 'a' replaced by itself: 1 TB): the result's size is
    /// checked against the memory limit before it is built.
    private static func checkReplacementSize(_ original: String, _ search: String, _ replacement: String,
                                             _ context: FunctionContext) throws {
        let growth = replacement.utf8.count - search.utf8.count
        guard growth > 0, let limit = context.maximumValueBytes else { return }
        let bound = original.utf8.count + original.utf8.count / search.utf8.count * growth
        guard bound > limit else { return }
        var occurrences = 0
        var rest = original.startIndex..<original.endIndex
        while let found = original.range(of: search, range: rest) {
            occurrences += 1
            rest = found.upperBound..<original.endIndex
        }
        try context.checkNewValue(bytes: original.utf8.count + occurrences * growth, "replace()'s result")
    }

    static let all: [FunctionDefinition] = [
        ScalarFunctions.unary("toLower") { value, _ in .string(try text("toLower", value).lowercased()) },
        ScalarFunctions.unary("toUpper") { value, _ in .string(try text("toUpper", value).uppercased()) },
        ScalarFunctions.unary("trim") { value, _ in .string(try text("trim", value).trimmingCharacters(in: .whitespaces)) },
        ScalarFunctions.unary("ltrim") { value, _ in
            .string(String(try text("ltrim", value).drop { $0 == " " || $0 == "\t" }))
        },
        ScalarFunctions.unary("rtrim") { value, _ in
            let string = try text("rtrim", value)
            return .string(String(string.reversed().drop { $0 == " " || $0 == "\t" }.reversed()))
        },
        ScalarFunctions.function("replace", 3...3) { arguments, context in
            if arguments.contains(where: \.isNull) { return .null }
            let original = try text("replace", arguments[0]), search = try text("replace", arguments[1])
            let replacement = try text("replace", arguments[2])
            if search.isEmpty { return .string(original) }
            try checkReplacementSize(original, search, replacement, context)
            return .string(original.replacingOccurrences(of: search, with: replacement))
        },
        ScalarFunctions.function("substring", 2...3) { arguments, _ in
            if arguments[0].isNull { return .null }
            let characters = Array(try text("substring", arguments[0]))
            let start = try integer("substring", arguments[1])
            let length = arguments.count > 2 ? try integer("substring", arguments[2]) : Int.max
            guard start < characters.count else { return .string("") }
            let end = length > characters.count - start ? characters.count : start + length
            return .string(String(characters[start..<end]))
        },
        ScalarFunctions.function("left", 2...2) { arguments, _ in
            if arguments[0].isNull { return .null }
            if arguments[1].isNull { throw argumentTypeError("left", .null) }
            return .string(String(try text("left", arguments[0]).prefix(try integer("left", arguments[1]))))
        },
        ScalarFunctions.function("right", 2...2) { arguments, _ in
            if arguments[0].isNull { return .null }
            if arguments[1].isNull { throw argumentTypeError("right", .null) }
            return .string(String(try text("right", arguments[0]).suffix(try integer("right", arguments[1]))))
        },
        ScalarFunctions.function("split", 2...2) { arguments, _ in
            if arguments.contains(where: \.isNull) { return .null }
            let string = try text("split", arguments[0]), separator = try text("split", arguments[1])
            if separator.isEmpty { return .list(string.map { .string(String($0)) }) }
            return .list(string.components(separatedBy: separator).map { .string($0) })
        },
    ]
}
