import Foundation

/// Schema: the type of a declared property.
///
/// Written in DDL as `STRING`, `INT64`, `DOUBLE`, `BOOL`, `DATE`, `LOCALTIME`, `TIME`,
/// `LOCALDATETIME`, `DATETIME`, `DURATION` or `LIST<T>`; `INT`, `INTEGER`, `FLOAT`,
/// `BOOLEAN`, `T[]` and openCypher's `LOCAL TIME`, `ZONED TIME`, `LOCAL DATETIME`,
/// `ZONED DATETIME` are accepted spellings.
public indirect enum PropertyType: Hashable, Sendable, CustomStringConvertible, Codable {
    /// A Unicode string.
    case string
    /// A 64-bit signed integer.
    case int64
    /// A 64-bit float; integers are widened to it on write.
    case double
    /// A boolean.
    case bool
    /// A calendar date.
    case date
    /// A time of day without a time zone.
    case localTime
    /// A time of day with a UTC offset.
    case time
    /// A date and time of day without a time zone.
    case localDateTime
    /// An instant with its time zone.
    case dateTime
    /// An amount of time.
    case duration
    /// A list whose elements all have the given type.
    case list(PropertyType)

    /// Parses a type name such as `INT64`, `list<string>` or `DOUBLE[]`; nil when unknown.
    public init?(parsing text: String) {
        let name = text.trimmingCharacters(in: .whitespaces).uppercased()
        if name.hasSuffix("[]") {
            guard let element = PropertyType(parsing: String(name.dropLast(2))) else { return nil }
            self = .list(element)
            return
        }
        if name.hasPrefix("LIST<"), name.hasSuffix(">") {
            guard let element = PropertyType(parsing: String(name.dropFirst(5).dropLast())) else { return nil }
            self = .list(element)
            return
        }
        switch name {
        case "STRING", "TEXT", "VARCHAR": self = .string
        case "INT64", "INT", "INTEGER", "LONG": self = .int64
        case "DOUBLE", "FLOAT", "FLOAT64": self = .double
        case "BOOL", "BOOLEAN": self = .bool
        case "DATE": self = .date
        case "LOCALTIME", "LOCAL TIME": self = .localTime
        case "TIME", "ZONED TIME": self = .time
        case "LOCALDATETIME", "LOCAL DATETIME": self = .localDateTime
        case "DATETIME", "ZONED DATETIME": self = .dateTime
        case "DURATION": self = .duration
        default: return nil
        }
    }

    /// The canonical DDL spelling: `STRING`, `INT64`, `DOUBLE`, `BOOL`, `DATE`, `LOCALTIME`,
    /// `TIME`, `LOCALDATETIME`, `DATETIME`, `DURATION`, `LIST<…>`.
    public var description: String {
        switch self {
        case .string: return "STRING"
        case .int64: return "INT64"
        case .double: return "DOUBLE"
        case .bool: return "BOOL"
        case .date: return "DATE"
        case .localTime: return "LOCALTIME"
        case .time: return "TIME"
        case .localDateTime: return "LOCALDATETIME"
        case .dateTime: return "DATETIME"
        case .duration: return "DURATION"
        case .list(let element): return "LIST<\(element)>"
        }
    }

    /// Returns `value` converted to this type when it fits (an integer fits `DOUBLE`),
    /// or nil when it does not.
    public func coerce(_ value: Value) -> Value? {
        switch (self, value) {
        case (.string, .string), (.int64, .int), (.double, .double), (.bool, .bool), (.date, .date),
             (.localTime, .localTime), (.time, .time), (.localDateTime, .localDateTime), (.dateTime, .dateTime),
             (.duration, .duration):
            return value
        case (.double, .int(let integer)):
            return .double(Double(integer))
        case (.list(let element), .list(let items)):
            var converted: [Value] = []
            converted.reserveCapacity(items.count)
            for item in items {
                guard let fitted = element.coerce(item) else { return nil }
                converted.append(fitted)
            }
            return .list(converted)
        default:
            return nil
        }
    }

    /// Encodes as the canonical spelling.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes from any accepted spelling.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let type = PropertyType(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown property type \(text)")
        }
        self = type
    }
}

extension PropertyType {
    /// Whether this is one of the temporal types (a date, time, date-time or duration).
    public var isTemporal: Bool {
        switch self {
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return true
        default: return false
        }
    }

    /// Reads a value of this temporal type from its ISO 8601 text, as ``Value/temporalText`` writes it.
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidTemporalValue)` (or `(InvalidDate)`) when the
    ///   text is not of this type, `ArgumentError (InvalidArgumentValue)` when this type is not temporal.
    public func parseTemporal(_ text: String) throws -> Value {
        guard let value = try Value.temporal(typeName: description, text: text) else {
            throw ChainGraphError(.argumentError, .invalidArgumentValue, "\(self) is not a temporal type")
        }
        return value
    }
}
