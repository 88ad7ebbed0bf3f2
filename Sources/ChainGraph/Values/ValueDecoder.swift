import Foundation

/// Values: decodes a caller's `Decodable` type from a ``Value`` — maps, nodes and edges
/// (their properties) as keyed containers, lists as unkeyed ones, scalars as single values.
///
/// Integers convert to any integer type they fit and to floating point; a `DOUBLE` that is
/// a whole number converts to an integer type; ``Value`` and the temporal types
/// (``GraphDate``, ``GraphLocalTime``, ``GraphTime``, ``GraphLocalDateTime``,
/// ``GraphDateTime``, ``GraphDuration``) decode as themselves, and a `DATETIME` as a
/// Foundation `Date` too; `null` and a missing key decode as nil for optionals. Anything else throws
/// `DecodingError` with the coding path (column or key names) to the value at fault.
struct ValueDecoder: Decoder {
    let value: Value
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ value: Value, codingPath: [any CodingKey] = []) {
        self.value = value
        self.codingPath = codingPath
    }

    /// Decodes `type` from `value`.
    static func decode<T: Decodable>(_ type: T.Type, from value: Value, codingPath: [any CodingKey] = []) throws -> T {
        if T.self == Value.self { return value as! T }
        switch (T.self, value) {
        case (is GraphDate.Type, .date(let date)): return date as! T
        case (is GraphLocalTime.Type, .localTime(let time)): return time as! T
        case (is GraphTime.Type, .time(let time)): return time as! T
        case (is GraphLocalDateTime.Type, .localDateTime(let dateTime)): return dateTime as! T
        case (is GraphDateTime.Type, .dateTime(let dateTime)): return dateTime as! T
        case (is GraphDuration.Type, .duration(let duration)): return duration as! T
        case (is Date.Type, .dateTime(let dateTime)):
            return Date(timeIntervalSince1970: Double(dateTime.epochSeconds) + Double(dateTime.nanosecond) / 1e9) as! T
        case (is GraphDate.Type, _), (is GraphLocalTime.Type, _), (is GraphTime.Type, _), (is GraphLocalDateTime.Type, _),
             (is GraphDateTime.Type, _), (is GraphDuration.Type, _), (is Date.Type, _):
            throw mismatch(type, value, codingPath)
        default: break
        }
        return try T(from: ValueDecoder(value, codingPath: codingPath))
    }

    static func mismatch(_ type: Any.Type, _ value: Value, _ codingPath: [any CodingKey]) -> DecodingError {
        .typeMismatch(type, DecodingError.Context(codingPath: codingPath,
                                                   debugDescription: "expected \(type), found \(value.typeName) \(value)"))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let entries: [String: Value]
        switch value {
        case .map(let map): entries = map
        case .node(let node): entries = node.properties
        case .edge(let edge): entries = edge.properties
        default: throw Self.mismatch([String: Value].self, value, codingPath)
        }
        return KeyedDecodingContainer(KeyedValueContainer<Key>(entries: entries, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .list(let items) = value else { throw Self.mismatch([Value].self, value, codingPath) }
        return UnkeyedValueContainer(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(value: value, codingPath: codingPath)
    }
}

/// A coding key made from a column name, map key or list index.
struct ValueCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}

private struct KeyedValueContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let entries: [String: Value]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { entries.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { entries[key.stringValue] != nil }

    func decodeNil(forKey key: Key) throws -> Bool { entries[key.stringValue]?.isNull ?? true }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let value = entries[key.stringValue] else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: codingPath, debugDescription: "no column or key '\(key.stringValue)'; there are: "
                    + entries.keys.sorted().joined(separator: ", ")))
        }
        return try ValueDecoder.decode(type, from: value, codingPath: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(entries[key.stringValue] ?? .null, codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try ValueDecoder(entries[key.stringValue] ?? .null, codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { ValueDecoder(.map(entries), codingPath: codingPath) }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        ValueDecoder(entries[key.stringValue] ?? .null, codingPath: codingPath + [key])
    }
}

private struct UnkeyedValueContainer: UnkeyedDecodingContainer {
    let items: [Value]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(items: [Value], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private var currentPath: [any CodingKey] { codingPath + [ValueCodingKey(intValue: currentIndex)] }

    private func current() throws -> Value {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Value.self, DecodingError.Context(
                codingPath: currentPath, debugDescription: "the list has only \(items.count) element(s)"))
        }
        return items[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard try current().isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let result = try ValueDecoder.decode(type, from: try current(), codingPath: currentPath)
        currentIndex += 1
        return result
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let container = try ValueDecoder(try current(), codingPath: currentPath).container(keyedBy: type)
        currentIndex += 1
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let container = try ValueDecoder(try current(), codingPath: currentPath).unkeyedContainer()
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let decoder = ValueDecoder(try current(), codingPath: currentPath)
        currentIndex += 1
        return decoder
    }
}

private struct SingleValueContainer: SingleValueDecodingContainer {
    let value: Value
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { value.isNull }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let flag) = value else { throw ValueDecoder.mismatch(type, value, codingPath) }
        return flag
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let text) = value else { throw ValueDecoder.mismatch(type, value, codingPath) }
        return text
    }

    func decode(_ type: Double.Type) throws -> Double {
        switch value {
        case .double(let number): return number
        case .int(let number): return Double(number)
        default: throw ValueDecoder.mismatch(type, value, codingPath)
        }
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try ValueDecoder.decode(type, from: value, codingPath: codingPath)
    }

    /// An `INT64`, or a whole `DOUBLE`, that fits in `type`.
    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let converted: T?
        switch value {
        case .int(let number): converted = T(exactly: number)
        case .double(let number): converted = T(exactly: number)
        default: throw ValueDecoder.mismatch(type, value, codingPath)
        }
        guard let converted else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: codingPath, debugDescription: "\(value) does not fit in \(type)"))
        }
        return converted
    }
}
