/// A time of day with a UTC offset (`TIME`, openCypher's zoned time), to the nanosecond.
///
/// Two times compare by the instant they denote on a common day: `12:00+01:00` equals
/// `11:00Z`, and both sort before `11:30Z`.
///
/// ```swift
/// let cutOff = try GraphTime(iso8601: "17:00+08:00")
/// cutOff.offsetSeconds // 28800
/// ```
public struct GraphTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The time on the clock of the offset.
    public let localTime: GraphLocalTime
    /// Seconds east of UTC (−18 h … +18 h).
    public let offsetSeconds: Int32

    /// Creates a time from its local clock time and UTC offset.
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidTemporalValue)` when the offset is beyond ±18 hours.
    public init(localTime: GraphLocalTime, offsetSeconds: Int) throws {
        self.localTime = localTime
        self.offsetSeconds = try TimeZoneSpecifier.checkedOffset(offsetSeconds)
    }

    init(localTime: GraphLocalTime, checkedOffset: Int32) {
        self.localTime = localTime
        offsetSeconds = checkedOffset
    }

    /// Parses an ISO 8601 time with an offset: `HH:MM[:SS[.f…]]` then `Z`, `±HH:MM`, `±HHMM` or `±HH`.
    /// A time without an offset is taken as UTC.
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidTemporalValue)` for any other text.
    public init(iso8601 text: String) throws {
        var scanner = TemporalScanner(text)
        let local = try scanner.localTime()
        let zone = try scanner.zone() ?? .utc
        try scanner.expectEnd(of: "a time")
        self.init(localTime: local, checkedOffset: zone.fixedOffset ?? 0)
    }

    /// Nanoseconds since midnight UTC, possibly outside one day (for ordering).
    var utcNanosecondOfDay: Int64 {
        localTime.nanosecondOfDay - Int64(offsetSeconds) * TemporalArithmetic.nanosecondsPerSecond
    }

    /// The same instant on the clock of another offset.
    func converted(toOffset offset: Int32) -> GraphTime {
        let shifted = utcNanosecondOfDay + Int64(offset) * TemporalArithmetic.nanosecondsPerSecond
        return GraphTime(localTime: GraphLocalTime(nanosecondOfDay: shifted), checkedOffset: offset)
    }

    /// The local time and the offset: `12:31:14.645876123+01:00`, `12:00Z`.
    public var description: String { localTime.description + TemporalText.offset(offsetSeconds) }

    /// Equal when the instants are equal.
    public static func == (lhs: GraphTime, rhs: GraphTime) -> Bool {
        lhs.utcNanosecondOfDay == rhs.utcNanosecondOfDay
    }

    /// Hashes the instant.
    public func hash(into hasher: inout Hasher) { hasher.combine(utcNanosecondOfDay) }

    /// Orders by instant.
    public static func < (lhs: GraphTime, rhs: GraphTime) -> Bool {
        lhs.utcNanosecondOfDay < rhs.utcNanosecondOfDay
    }
}
