/// Values: the typed values ChainGraph stores in properties and returns from queries.
///
/// Properties hold the storable cases (`bool`, `int`, `double`, `string`, the
/// temporal values `date`, `localTime`, `time`, `localDateTime`, `dateTime`,
/// `duration`, and homogeneous `list`s of them); queries may also produce `null`, `map`,
/// `node`, `edge` and `path` values. Integers and floats are distinct: `1` and
/// `1.0` are different values, as in openCypher.
///
/// ```swift
/// let name: Value = "acrylonitrile"
/// let capacity: Value = 30_000
/// let sectors: Value = ["aerospace", "wind power"]
/// ```
public enum Value: Hashable, Sendable {
    /// The absent value.
    case null
    /// A boolean.
    case bool(Bool)
    /// A 64-bit signed integer (`INT64`).
    case int(Int64)
    /// A 64-bit IEEE float (`DOUBLE`).
    case double(Double)
    /// A Unicode string (`STRING`).
    case string(String)
    /// A calendar date (`DATE`).
    case date(GraphDate)
    /// A time of day without a time zone (`LOCALTIME`).
    case localTime(GraphLocalTime)
    /// A time of day with a UTC offset (`TIME`).
    case time(GraphTime)
    /// A date and time of day without a time zone (`LOCALDATETIME`).
    case localDateTime(GraphLocalDateTime)
    /// An instant with the time zone it is shown in (`DATETIME`).
    indirect case dateTime(GraphDateTime)
    /// An amount of time in months, days and seconds (`DURATION`).
    indirect case duration(GraphDuration)
    /// An ordered list of values (`LIST<T>` when stored).
    case list([Value])
    /// A map from string keys to values (query results only).
    case map([String: Value])
    /// A node (query results only).
    indirect case node(Node)
    /// An edge, called a relationship in Cypher (query results only).
    indirect case edge(Edge)
    /// A path (query results only).
    indirect case path(Path)

    /// Whether this is ``null``.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The name of the value's type, as errors and `SHOW TYPES` spell it.
    public var typeName: String {
        switch self {
        case .null: return "NULL"
        case .bool: return "BOOL"
        case .int: return "INT64"
        case .double: return "DOUBLE"
        case .string: return "STRING"
        case .date: return "DATE"
        case .localTime: return "LOCALTIME"
        case .time: return "TIME"
        case .localDateTime: return "LOCALDATETIME"
        case .dateTime: return "DATETIME"
        case .duration: return "DURATION"
        case .list(let items):
            let inner = Set(items.filter { !$0.isNull }.map(\.typeName))
            return inner.count == 1 ? "LIST<\(inner.first!)>" : "LIST<ANY>"
        case .map: return "MAP"
        case .node: return "NODE"
        case .edge: return "RELATIONSHIP"
        case .path: return "PATH"
        }
    }

    /// The string, when this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, when this is an integer.
    public var intValue: Int64? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// The number as a `Double`, when this is an integer or a float.
    public var doubleValue: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .double(let value): return value
        default: return nil
        }
    }

    /// The boolean, when this is a boolean.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The elements, when this is a list.
    public var listValue: [Value]? {
        if case .list(let value) = self { return value }
        return nil
    }

    /// The ISO 8601 text of a temporal value (date, time, date-time or duration), nil for other values.
    public var temporalText: String? {
        switch self {
        case .date(let value): return value.description
        case .localTime(let value): return value.description
        case .time(let value): return value.description
        case .localDateTime(let value): return value.description
        case .dateTime(let value): return value.description
        case .duration(let value): return value.description
        default: return nil
        }
    }

    /// The entries, when this is a map.
    public var mapValue: [String: Value]? {
        if case .map(let value) = self { return value }
        return nil
    }

    /// Whether the value can be stored as a property: a scalar other than null,
    /// or a list whose elements are all scalars of one type.
    public var isStorable: Bool {
        switch self {
        case .bool, .int, .double, .string, .date, .localTime, .time, .localDateTime, .dateTime, .duration: return true
        case .list(let items):
            guard let first = items.first else { return true }
            return items.allSatisfy { $0.isStorableScalar && $0.typeName == first.typeName }
        default: return false
        }
    }

    var isStorableScalar: Bool {
        switch self {
        case .bool, .int, .double, .string, .date, .localTime, .time, .localDateTime, .dateTime, .duration: return true
        default: return false
        }
    }
}

extension Value: ExpressibleByNilLiteral {
    /// Creates ``null``.
    public init(nilLiteral: ()) { self = .null }
}

extension Value: ExpressibleByBooleanLiteral {
    /// Creates a boolean value.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension Value: ExpressibleByIntegerLiteral {
    /// Creates an integer value.
    public init(integerLiteral value: Int64) { self = .int(value) }
}

extension Value: ExpressibleByFloatLiteral {
    /// Creates a float value.
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension Value: ExpressibleByStringLiteral {
    /// Creates a string value.
    public init(stringLiteral value: String) { self = .string(value) }
}

extension Value: ExpressibleByArrayLiteral {
    /// Creates a list value.
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
}

extension Value: ExpressibleByDictionaryLiteral {
    /// Creates a map value.
    public init(dictionaryLiteral elements: (String, Value)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
