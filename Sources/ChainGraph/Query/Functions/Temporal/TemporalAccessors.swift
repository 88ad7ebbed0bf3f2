/// The fields of temporal values that property access reads: `d.year`, `t.hour`,
/// `dt.timezone`, `dur.months`, … as openCypher names them.
enum TemporalAccessors {
    static let dateFields = ["year", "quarter", "month", "week", "weekYear", "dayOfQuarter", "quarterDay", "day",
                             "ordinalDay", "dayOfWeek", "weekDay"]
    static let timeFields = ["hour", "minute", "second", "millisecond", "microsecond", "nanosecond"]
    static let zoneFields = ["timezone", "offset", "offsetMinutes", "offsetSeconds"]
    static let instantFields = ["epochSeconds", "epochMillis"]
    static let durationFields = ["years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds",
                                 "milliseconds", "microseconds", "nanoseconds", "quartersOfYear", "monthsOfQuarter",
                                 "monthsOfYear", "daysOfWeek", "minutesOfHour", "secondsOfMinute",
                                 "millisecondsOfSecond", "microsecondsOfSecond", "nanosecondsOfSecond"]

    /// The field `key` of a temporal `value`; nil when `value` is not temporal.
    ///
    /// - Throws: `ArgumentError (InvalidArgumentValue)` naming the fields the value has when it has no `key`.
    static func field(_ key: String, of value: Value) throws -> Value? {
        if case .duration(let duration) = value { return try durationField(key, of: duration) }
        guard let parts = TemporalParts(value) else { return nil }
        if let date = parts.date, let result = dateField(key, of: date) { return .int(result) }
        if let time = parts.time, let result = timeField(key, of: time) { return .int(result) }
        if let zone = parts.zone, let result = zoneField(key, zone: zone, offset: parts.offset ?? 0) { return result }
        if case .dateTime(let dateTime) = value {
            switch key {
            case "epochSeconds": return .int(dateTime.epochSeconds)
            case "epochMillis":
                return .int(try TemporalArithmetic.add(try TemporalArithmetic.multiply(dateTime.epochSeconds, 1000),
                                                       dateTime.nanosecond / 1_000_000))
            default: break
            }
        }
        var available: [String] = []
        if parts.date != nil { available += dateFields }
        if parts.time != nil { available += timeFields }
        if parts.zone != nil { available += zoneFields }
        if case .dateTime = value { available += instantFields }
        throw unknown(key, value.typeName, available)
    }

    private static func unknown(_ key: String, _ typeName: String, _ available: [String]) -> ChainGraphError {
        ChainGraphError(.argumentError, .invalidArgumentValue,
                        "a \(typeName) has no field '\(key)'; it has \(available.joined(separator: ", "))")
    }

    private static func dateField(_ key: String, of date: GraphDate) -> Int64? {
        switch key {
        case "year": return date.year
        case "quarter": return date.quarter
        case "month": return date.month
        case "week": return date.week
        case "weekYear": return date.weekYear
        case "dayOfQuarter", "quarterDay": return date.dayOfQuarter
        case "day": return date.day
        case "ordinalDay": return date.ordinalDay
        case "dayOfWeek", "weekDay": return date.dayOfWeek
        default: return nil
        }
    }

    private static func timeField(_ key: String, of time: GraphLocalTime) -> Int64? {
        switch key {
        case "hour": return time.hour
        case "minute": return time.minute
        case "second": return time.second
        case "millisecond": return time.nanosecond / 1_000_000
        case "microsecond": return time.nanosecond / 1_000
        case "nanosecond": return time.nanosecond
        default: return nil
        }
    }

    private static func zoneField(_ key: String, zone: TimeZoneSpecifier, offset: Int32) -> Value? {
        switch key {
        case "timezone": return .string(zone.name ?? TemporalText.offset(offset))
        case "offset": return .string(offset == 0 ? "+00:00" : TemporalText.offset(offset))
        case "offsetMinutes": return .int(Int64(offset) / 60)
        case "offsetSeconds": return .int(Int64(offset))
        default: return nil
        }
    }

    private static func durationField(_ key: String, of duration: GraphDuration) throws -> Value {
        let (months, days, seconds, nanoseconds) = (duration.months, duration.days, duration.seconds, duration.nanoseconds)
        let result: Int64
        switch key {
        case "years": result = months / 12
        case "quarters": result = months / 3
        case "months": result = months
        case "weeks": result = days / 7
        case "days": result = days
        case "hours": result = seconds / 3600
        case "minutes": result = seconds / 60
        case "seconds": result = seconds
        case "milliseconds": result = try TemporalArithmetic.add(try TemporalArithmetic.multiply(seconds, 1_000), nanoseconds / 1_000_000)
        case "microseconds": result = try TemporalArithmetic.add(try TemporalArithmetic.multiply(seconds, 1_000_000), nanoseconds / 1_000)
        case "nanoseconds":
            result = try TemporalArithmetic.add(try TemporalArithmetic.multiply(seconds, TemporalArithmetic.nanosecondsPerSecond), nanoseconds)
        case "quartersOfYear": result = months / 3 % 4
        case "monthsOfQuarter": result = months % 3
        case "monthsOfYear": result = months % 12
        case "daysOfWeek": result = days % 7
        case "minutesOfHour": result = seconds / 60 % 60
        case "secondsOfMinute": result = seconds % 60
        case "millisecondsOfSecond": result = nanoseconds / 1_000_000
        case "microsecondsOfSecond": result = nanoseconds / 1_000
        case "nanosecondsOfSecond": result = nanoseconds
        default: throw unknown(key, "DURATION", durationFields)
        }
        return .int(result)
    }
}
