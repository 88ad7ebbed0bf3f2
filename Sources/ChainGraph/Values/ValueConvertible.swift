import Foundation

/// A Swift value that becomes a ``Value``: what lets plain Swift values be passed as query
/// parameters without wrapping them.
///
/// ```swift
/// let name = "acrylonitrile", tiers = [1, 2]
/// try db.execute("MATCH (m:Material {name: $name}) WHERE m.tier IN $tiers RETURN m",
///                parameters: ["name": name, "tiers": tiers])
/// ```
///
/// `String`, `Substring`, `Bool`, the integer types, `Double`, `Float`, the temporal types
/// (``GraphDate``, ``GraphLocalTime``, ``GraphTime``, ``GraphLocalDateTime``, ``GraphDateTime``,
/// ``GraphDuration``; Foundation's `Date` becomes a UTC `DATETIME`), ``Value`` itself, optionals (nil is `null`), arrays and `[String: …]` dictionaries of
/// convertible values conform. An integer that does not fit in 64 bits stops the program,
/// as `Int64(_:)` does.
public protocol ValueConvertible {
    /// The value as the query language sees it.
    var graphValue: Value { get }
}

extension Value: ValueConvertible {
    /// The value itself.
    public var graphValue: Value { self }
}

extension String: ValueConvertible {
    /// A `STRING`.
    public var graphValue: Value { .string(self) }
}

extension Substring: ValueConvertible {
    /// A `STRING`.
    public var graphValue: Value { .string(String(self)) }
}

extension Bool: ValueConvertible {
    /// A `BOOL`.
    public var graphValue: Value { .bool(self) }
}

extension Int: ValueConvertible {
    /// An `INT64`.
    public var graphValue: Value { .int(Int64(self)) }
}

extension Int64: ValueConvertible {
    /// An `INT64`.
    public var graphValue: Value { .int(self) }
}

extension Int32: ValueConvertible {
    /// An `INT64`.
    public var graphValue: Value { .int(Int64(self)) }
}

extension UInt32: ValueConvertible {
    /// An `INT64`.
    public var graphValue: Value { .int(Int64(self)) }
}

extension Double: ValueConvertible {
    /// A `DOUBLE`.
    public var graphValue: Value { .double(self) }
}

extension Float: ValueConvertible {
    /// A `DOUBLE`.
    public var graphValue: Value { .double(Double(self)) }
}

extension GraphDate: ValueConvertible {
    /// A `DATE`.
    public var graphValue: Value { .date(self) }
}

extension GraphLocalTime: ValueConvertible {
    /// A `LOCALTIME`.
    public var graphValue: Value { .localTime(self) }
}

extension GraphTime: ValueConvertible {
    /// A `TIME`.
    public var graphValue: Value { .time(self) }
}

extension GraphLocalDateTime: ValueConvertible {
    /// A `LOCALDATETIME`.
    public var graphValue: Value { .localDateTime(self) }
}

extension GraphDateTime: ValueConvertible {
    /// A `DATETIME`.
    public var graphValue: Value { .dateTime(self) }
}

extension GraphDuration: ValueConvertible {
    /// A `DURATION`.
    public var graphValue: Value { .duration(self) }
}

extension Date: ValueConvertible {
    /// A `DATETIME` in UTC, to the microsecond (the precision a `Date` reliably carries).
    public var graphValue: Value {
        let interval = timeIntervalSince1970, seconds = interval.rounded(.down)
        let microseconds = Int64(((interval - seconds) * 1e6).rounded())
        return .dateTime(GraphDateTime(epochSeconds: Int64(seconds), nanosecond: microseconds * 1_000))
    }
}

extension Optional: ValueConvertible where Wrapped: ValueConvertible {
    /// The wrapped value's, or `null`.
    public var graphValue: Value { self?.graphValue ?? .null }
}

extension Array: ValueConvertible where Element: ValueConvertible {
    /// A `LIST` of the elements' values.
    public var graphValue: Value { .list(map(\.graphValue)) }
}

extension Dictionary: ValueConvertible where Key == String, Value: ValueConvertible {
    /// A `MAP` of the entries' values.
    public var graphValue: ChainGraph.Value { .map(mapValues(\.graphValue)) }
}

extension Value {
    /// The value of a convertible Swift value (`Value(42)`, `Value(["a", "b"])`).
    public init(_ value: some ValueConvertible) { self = value.graphValue }
}
