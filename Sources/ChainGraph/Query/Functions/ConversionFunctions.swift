/// The type-conversion functions: `toString`, `toInteger`, `toFloat`, `toBoolean` and their
/// `…OrNull` and list forms.
enum ConversionFunctions {
    static func toInteger(_ value: Value) throws -> Value {
        switch value {
        case .null: return .null
        case .int: return value
        case .double(let float):
            guard float.isFinite, float >= -9.223372036854775808e18, float < 9.223372036854775808e18 else {
                throw ChainGraphError(.argumentError, .numberOutOfRange, "\(float) does not fit in INT64")
            }
            return .int(Int64(float.rounded(.towardZero)))
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let integer = Int64(trimmed) { return .int(integer) }
            if let float = Double(trimmed), float.isFinite,
               float >= -9.223372036854775808e18, float < 9.223372036854775808e18 {
                return .int(Int64(float.rounded(.towardZero)))
            }
            return .null
        case .bool(let flag): return .int(flag ? 1 : 0)
        default: throw argumentValueError("toInteger", value)
        }
    }

    static func toFloat(_ value: Value) throws -> Value {
        switch value {
        case .null: return .null
        case .double: return value
        case .int(let integer): return .double(Double(integer))
        case .string(let text): return Double(text.trimmingCharacters(in: .whitespaces)).map { .double($0) } ?? .null
        default: throw argumentValueError("toFloat", value)
        }
    }

    static func toBoolean(_ value: Value) throws -> Value {
        switch value {
        case .null: return .null
        case .bool: return value
        case .string(let text):
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return .null
            }
        case .int(let integer): return .bool(integer != 0)
        default: throw argumentValueError("toBoolean", value)
        }
    }

    static func toString(_ value: Value) throws -> Value {
        switch value {
        case .null: return .null
        case .string: return value
        case .int(let integer): return .string(String(integer))
        case .double(let float): return .string(Value.formatDouble(float))
        case .bool(let flag): return .string(flag ? "true" : "false")
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return .string(value.temporalText!)
        default: throw argumentValueError("toString", value)
        }
    }

    private static func orNull(_ convert: @escaping @Sendable (Value) throws -> Value) -> @Sendable ([Value], FunctionContext) throws -> Value {
        { arguments, _ in (try? convert(arguments[0])) ?? .null }
    }

    private static func list(_ name: String, _ convert: @escaping @Sendable (Value) throws -> Value) -> FunctionDefinition {
        ScalarFunctions.unary(name) { value, _ in
            guard case .list(let items) = value else { throw argumentTypeError(name, value) }
            return .list(items.map { (try? convert($0)) ?? .null })
        }
    }

    static let all: [FunctionDefinition] = [
        ScalarFunctions.function("toInteger", 1...1) { arguments, _ in try toInteger(arguments[0]) },
        ScalarFunctions.function("toFloat", 1...1) { arguments, _ in try toFloat(arguments[0]) },
        ScalarFunctions.function("toBoolean", 1...1) { arguments, _ in try toBoolean(arguments[0]) },
        ScalarFunctions.function("toString", 1...1) { arguments, _ in try toString(arguments[0]) },
        ScalarFunctions.function("toIntegerOrNull", 1...1, orNull(toInteger)),
        ScalarFunctions.function("toFloatOrNull", 1...1, orNull(toFloat)),
        ScalarFunctions.function("toBooleanOrNull", 1...1, orNull(toBoolean)),
        ScalarFunctions.function("toStringOrNull", 1...1, orNull(toString)),
        list("toIntegerList", toInteger), list("toFloatList", toFloat), list("toBooleanList", toBoolean),
        list("toStringList", toString),
    ]
}
