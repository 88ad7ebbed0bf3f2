/// Arithmetic on temporal values: an instant plus or minus a duration, durations added,
/// subtracted, negated, multiplied and divided by numbers.
///
/// Adding a duration to an instant adds its months (the day clamped to the end of a shorter
/// month), then its days, then its seconds; parts the instant has no field for are left out
/// (a date takes the whole days of the seconds, a time only the seconds). In a named zone,
/// months and days move the clock and seconds move the instant.
enum TemporalOperators {
    /// The result of `left op right`, or nil when neither operand makes it a temporal operation.
    static func apply(_ op: BinaryOperator, _ left: Value, _ right: Value) throws -> Value? {
        switch (op, left, right) {
        case (.add, .duration(let a), .duration(let b)): return .duration(try a.adding(b))
        case (.subtract, .duration(let a), .duration(let b)): return .duration(try a.adding(try b.negated()))
        case (.add, _, .duration(let duration)) where TemporalParts(left) != nil: return try add(duration, to: left)
        case (.add, .duration(let duration), _) where TemporalParts(right) != nil: return try add(duration, to: right)
        case (.subtract, _, .duration(let duration)) where TemporalParts(left) != nil:
            return try add(try duration.negated(), to: left)
        case (.multiply, .duration(let duration), .int(let factor)), (.multiply, .int(let factor), .duration(let duration)):
            return .duration(try duration.multiplied(by: factor))
        case (.multiply, .duration(let duration), .double(let factor)), (.multiply, .double(let factor), .duration(let duration)):
            return .duration(try duration.multiplied(by: factor))
        case (.divide, .duration(let duration), _):
            guard let divisor = right.doubleValue else { return nil }
            guard divisor != 0 else {
                throw ChainGraphError(.argumentError, .divisionByZero, "a duration cannot be divided by zero")
            }
            return .duration(try duration.multiplied(by: 1 / divisor))
        default:
            return nil
        }
    }

    /// `instant + duration`.
    static func add(_ duration: GraphDuration, to instant: Value) throws -> Value {
        let (wholeSeconds, fraction) = duration.signedSecondParts
        switch instant {
        case .date(let date):
            return .date(try date.adding(months: duration.months).adding(days: duration.days)
                .adding(days: wholeSeconds / TemporalArithmetic.secondsPerDay))
        case .localTime(let time): return .localTime(shifted(time, duration))
        case .time(let time): return .time(GraphTime(localTime: shifted(time.localTime, duration), checkedOffset: time.offsetSeconds))
        case .localDateTime(let dateTime): return .localDateTime(try shifted(dateTime, duration))
        case .dateTime(let dateTime):
            let byCalendar = GraphLocalDateTime(date: try dateTime.local.date.adding(months: duration.months).adding(days: duration.days),
                                                time: dateTime.local.time)
            guard let zoneName = dateTime.zoneName else {
                let local = try shifted(byCalendar, try GraphDuration(seconds: duration.seconds, nanoseconds: duration.nanoseconds))
                return .dateTime(GraphDateTime(local: local, offsetSeconds: dateTime.offsetSeconds, zoneName: nil))
            }
            let zone = TimeZoneSpecifier.named(zoneName)
            let moved = GraphDateTime(local: byCalendar, zone: zone, preferredOffset: dateTime.offsetSeconds)
            var nanosecond = moved.nanosecond + fraction
            var seconds = try TemporalArithmetic.add(moved.epochSeconds, wholeSeconds)
            seconds += TemporalArithmetic.floorDivide(nanosecond, TemporalArithmetic.nanosecondsPerSecond)
            nanosecond = TemporalArithmetic.floorModulo(nanosecond, TemporalArithmetic.nanosecondsPerSecond)
            return .dateTime(GraphDateTime(epochSeconds: seconds, nanosecond: nanosecond, zone: zone))
        default:
            throw ChainGraphError(.typeError, .invalidArgumentType, "cannot add a duration to \(instant.typeName)")
        }
    }

    private static func shifted(_ time: GraphLocalTime, _ duration: GraphDuration) -> GraphLocalTime {
        let secondsOfDay = TemporalArithmetic.floorModulo(duration.seconds, TemporalArithmetic.secondsPerDay)
        return GraphLocalTime(nanosecondOfDay: time.nanosecondOfDay + secondsOfDay * TemporalArithmetic.nanosecondsPerSecond
                              + duration.nanoseconds)
    }

    private static func shifted(_ dateTime: GraphLocalDateTime, _ duration: GraphDuration) throws -> GraphLocalDateTime {
        let calendar = GraphLocalDateTime(date: try dateTime.date.adding(months: duration.months).adding(days: duration.days),
                                          time: dateTime.time)
        var days = TemporalArithmetic.floorDivide(duration.seconds, TemporalArithmetic.secondsPerDay)
        var nanoseconds = calendar.time.nanosecondOfDay + duration.nanoseconds
            + TemporalArithmetic.floorModulo(duration.seconds, TemporalArithmetic.secondsPerDay) * TemporalArithmetic.nanosecondsPerSecond
        days += TemporalArithmetic.floorDivide(nanoseconds, TemporalArithmetic.nanosecondsPerDay)
        nanoseconds = TemporalArithmetic.floorModulo(nanoseconds, TemporalArithmetic.nanosecondsPerDay)
        return GraphLocalDateTime(date: try calendar.date.adding(days: days), time: GraphLocalTime(nanosecondOfDay: nanoseconds))
    }
}
