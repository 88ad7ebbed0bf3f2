/// A time of day without a time zone (`LOCALTIME`), to the nanosecond.
///
/// ```swift
/// let shiftStart = try GraphLocalTime(hour: 6, minute: 30)
/// shiftStart.description // "06:30"
/// ```
public struct GraphLocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Nanoseconds since midnight, in `0 ..< 86_400_000_000_000`.
    public let nanosecondOfDay: Int64

    /// Creates a time from nanoseconds since midnight; values outside one day wrap around it.
    public init(nanosecondOfDay: Int64) {
        self.nanosecondOfDay = TemporalArithmetic.floorModulo(nanosecondOfDay, TemporalArithmetic.nanosecondsPerDay)
    }

    /// Creates a time from its fields.
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidTemporalValue)` when a field is out of range.
    public init(hour: Int64, minute: Int64 = 0, second: Int64 = 0, nanosecond: Int64 = 0) throws {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
              (0...999_999_999).contains(nanosecond) else {
            throw TemporalArithmetic.invalid("\(hour):\(minute):\(second) and \(nanosecond) ns is not a time of day")
        }
        nanosecondOfDay = ((hour * 60 + minute) * 60 + second) * TemporalArithmetic.nanosecondsPerSecond + nanosecond
    }

    /// Parses an ISO 8601 time of day: `HH:MM[:SS[.fffffffff]]`, `HHMM[SS[.f…]]` or `HH`.
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidTemporalValue)` for any other text.
    public init(iso8601 text: String) throws {
        var scanner = TemporalScanner(text)
        self = try scanner.localTime()
        try scanner.expectEnd(of: "a local time")
    }

    /// The hour (0–23).
    public var hour: Int64 { nanosecondOfDay / 3_600_000_000_000 }
    /// The minute of the hour.
    public var minute: Int64 { nanosecondOfDay / 60_000_000_000 % 60 }
    /// The second of the minute.
    public var second: Int64 { nanosecondOfDay / TemporalArithmetic.nanosecondsPerSecond % 60 }
    /// The nanosecond of the second.
    public var nanosecond: Int64 { nanosecondOfDay % TemporalArithmetic.nanosecondsPerSecond }

    /// ISO 8601 as openCypher prints it: `HH:MM`, then `:SS` unless seconds and fraction are zero,
    /// then the fraction in groups of three digits (`.645`, `.645876`, `.645876123`).
    public var description: String {
        var text = TemporalText.padded(hour, 2) + ":" + TemporalText.padded(minute, 2)
        if second != 0 || nanosecond != 0 { text += ":" + TemporalText.padded(second, 2) }
        if nanosecond != 0 { text += TemporalText.fraction(nanosecond) }
        return text
    }

    /// Orders times of day.
    public static func < (lhs: GraphLocalTime, rhs: GraphLocalTime) -> Bool {
        lhs.nanosecondOfDay < rhs.nanosecondOfDay
    }
}
