/// `duration.between(a, b)`, `duration.inMonths`, `duration.inDays` and `duration.inSeconds`:
/// the time from `a` to `b`, negative when `b` is earlier.
///
/// When both have a date, whole months are counted first (a month is complete when the day
/// of the month and the time of day are reached again), then whole days, then the rest in
/// seconds; when only one has a date, the other is read on that date and only seconds count;
/// when neither has, only the times of day are compared. When both have a zone, `b` is first
/// shown in `a`'s zone; a value without a zone is read in the other's zone. Seconds across a
/// clock change in a named zone are real elapsed seconds.
enum DurationBetween {
    enum Unit { case all, months, days, seconds }

    static func compute(_ start: Value, _ end: Value, in unit: Unit, function: String) throws -> Value {
        if start.isNull || end.isNull { return .null }
        guard var from = TemporalParts(start) else { throw argumentTypeError(function, start) }
        guard var to = TemporalParts(end) else { throw argumentTypeError(function, end) }
        let bothHaveDates = from.date != nil && to.date != nil
        if from.date == nil { from.date = to.date }
        if to.date == nil { to.date = from.date }
        if let fromZone = from.zone, let toZone = to.zone {
            to = aligned(to, from: toZone, to: fromZone, offsetOfStart: from.offset ?? 0)
        } else if from.zone == nil {
            from.zone = to.zone
        }
        guard let fromDate = from.date, let toDate = to.date else {
            if unit == .months || unit == .days { return .duration(.zero) }
            let difference = (to.time?.nanosecondOfDay ?? 0) - (from.time?.nanosecondOfDay ?? 0)
            return .duration(try GraphDuration(nanoseconds: difference))
        }
        let zone = from.zone
        let midnight = GraphLocalTime(nanosecondOfDay: 0)
        let startLocal = GraphLocalDateTime(date: fromDate, time: from.time ?? midnight)
        let endLocal = GraphLocalDateTime(date: toDate, time: to.time ?? midnight)
        guard bothHaveDates else {
            return .duration(unit == .months || unit == .days ? .zero : try elapsed(from: startLocal, to: endLocal, in: zone))
        }
        switch unit {
        case .months: return .duration(try GraphDuration(months: months(from: startLocal, to: endLocal)))
        case .days: return .duration(try GraphDuration(days: days(from: startLocal, to: endLocal)))
        case .seconds: return .duration(try elapsed(from: startLocal, to: endLocal, in: zone))
        case .all:
            let months = months(from: startLocal, to: endLocal)
            let afterMonths = GraphLocalDateTime(date: try startLocal.date.adding(months: months), time: startLocal.time)
            let days = days(from: afterMonths, to: endLocal)
            let afterDays = GraphLocalDateTime(date: try afterMonths.date.adding(days: days), time: startLocal.time)
            let rest = try elapsed(from: afterDays, to: endLocal, in: zone)
            return .duration(try GraphDuration(months: months, days: days, seconds: rest.seconds, nanoseconds: rest.nanoseconds))
        }
    }

    /// `parts`, zoned in `zone`, shown in `target` instead (same instant).
    private static func aligned(_ parts: TemporalParts, from zone: TimeZoneSpecifier, to target: TimeZoneSpecifier,
                                offsetOfStart: Int32) -> TemporalParts {
        let time = parts.time ?? GraphLocalTime(nanosecondOfDay: 0)
        if let date = parts.date {
            let shown = GraphDateTime(local: GraphLocalDateTime(date: date, time: time), zone: zone).converted(to: target)
            return TemporalParts(date: shown.local.date, time: shown.local.time, zone: target)
        }
        let shift = Int64(offsetOfStart - (parts.offset ?? 0)) * TemporalArithmetic.nanosecondsPerSecond
        return TemporalParts(date: nil, time: GraphLocalTime(nanosecondOfDay: time.nanosecondOfDay + shift), zone: target)
    }

    /// The end date moved one day towards the start when its time of day has not yet reached
    /// the start's, so that only complete days and months count.
    private static func adjustedEndDate(from start: GraphLocalDateTime, to end: GraphLocalDateTime) -> Int64 {
        if end.date > start.date && end.time < start.time { return end.date.daysSinceEpoch - 1 }
        if end.date < start.date && end.time > start.time { return end.date.daysSinceEpoch + 1 }
        return end.date.daysSinceEpoch
    }

    static func months(from start: GraphLocalDateTime, to end: GraphLocalDateTime) -> Int64 {
        let endDate = GraphDate(daysSinceEpoch: adjustedEndDate(from: start, to: end))
        func packed(_ date: GraphDate) -> Int64 {
            let (year, month, day) = date.components
            return (year * 12 + month - 1) * 32 + day
        }
        return (packed(endDate) - packed(start.date)) / 32
    }

    static func days(from start: GraphLocalDateTime, to end: GraphLocalDateTime) -> Int64 {
        adjustedEndDate(from: start, to: end) - start.date.daysSinceEpoch
    }

    /// The seconds from `start` to `end`: elapsed time when both are read in a named zone,
    /// clock difference otherwise.
    private static func elapsed(from start: GraphLocalDateTime, to end: GraphLocalDateTime,
                                in zone: TimeZoneSpecifier?) throws -> GraphDuration {
        var startSeconds = start.epochSeconds, endSeconds = end.epochSeconds
        if let zone, case .named = zone {
            startSeconds = GraphDateTime(local: start, zone: zone).epochSeconds
            endSeconds = GraphDateTime(local: end, zone: zone).epochSeconds
        }
        return try GraphDuration(seconds: endSeconds - startSeconds, nanoseconds: end.time.nanosecond - start.time.nanosecond)
    }
}
