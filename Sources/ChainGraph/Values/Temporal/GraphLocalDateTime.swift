/// A date and a time of day without a time zone (`LOCALDATETIME`).
///
/// ```swift
/// let commissioning = try GraphLocalDateTime(iso8601: "2023-05-18T09:30")
/// commissioning.date.year // 2023
/// ```
public struct GraphLocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar date.
    public let date: GraphDate
    /// The time of day.
    public let time: GraphLocalTime

    /// Creates a local date-time from its date and time of day.
    public init(date: GraphDate, time: GraphLocalTime) {
        self.date = date
        self.time = time
    }

    /// Creates the local date-time that is `seconds` and `nanoseconds` after 1970-01-01T00:00.
    public init(epochSeconds seconds: Int64, nanosecond: Int64 = 0) {
        let days = TemporalArithmetic.floorDivide(seconds, TemporalArithmetic.secondsPerDay)
        let secondOfDay = seconds - days * TemporalArithmetic.secondsPerDay
        date = GraphDate(daysSinceEpoch: days)
        time = GraphLocalTime(nanosecondOfDay: secondOfDay * TemporalArithmetic.nanosecondsPerSecond + nanosecond)
    }

    /// Parses ISO 8601 `date T time` (`2015-07-21T21:40:32.142`; a date alone is at midnight).
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidTemporalValue)` for any other text.
    public init(iso8601 text: String) throws {
        var scanner = TemporalScanner(text)
        self = try scanner.localDateTime()
        try scanner.expectEnd(of: "a local date-time")
    }

    /// Seconds since 1970-01-01T00:00 on this clock (ignoring the fraction).
    public var epochSeconds: Int64 {
        date.daysSinceEpoch * TemporalArithmetic.secondsPerDay + time.nanosecondOfDay / TemporalArithmetic.nanosecondsPerSecond
    }

    /// `date` + `T` + `time`: `1984-10-11T12:31:14.645876123`, `1984-10-11T00:00`.
    public var description: String { date.description + "T" + time.description }

    /// Orders by date, then time.
    public static func < (lhs: GraphLocalDateTime, rhs: GraphLocalDateTime) -> Bool {
        (lhs.date.daysSinceEpoch, lhs.time.nanosecondOfDay) < (rhs.date.daysSinceEpoch, rhs.time.nanosecondOfDay)
    }
}
