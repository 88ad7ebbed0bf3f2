/// `date.truncate(unit, value[, fields])` and its siblings for the other instant kinds:
/// the value cut down to the start of the given unit, then adjusted by `fields` as in the
/// map form of the kind's function (`datetime.truncate('month', d, {day: 15})`).
///
/// Units: `millennium`, `century`, `decade`, `year`, `weekYear`, `quarter`, `month`, `week`,
/// `day` (these need a value with a date, except `day` for times), `hour`, `minute`,
/// `second`, `millisecond`, `microsecond`.
enum TemporalTruncation {
    static let dateUnits = ["millennium", "century", "decade", "year", "weekyear", "quarter", "month", "week", "day"]
    static let timeUnits = ["hour", "minute", "second", "millisecond", "microsecond"]

    static func truncate(_ kind: TemporalKind, unit: Value, value: Value, fields: Value?,
                         now: (TimeZoneSpecifier) -> GraphDateTime) throws -> Value {
        if unit.isNull || value.isNull || fields?.isNull == true { return .null }
        let name = "\(kind.rawValue).truncate"
        guard case .string(let unitName) = unit else { throw argumentTypeError(name, unit) }
        guard let parts = TemporalParts(value) else { throw argumentTypeError(name, value) }
        var overrides: [String: Value] = [:]
        if let fields {
            guard case .map(let entries) = fields else { throw argumentTypeError(name, fields) }
            overrides = entries
        }
        let lowered = unitName.lowercased()
        guard dateUnits.contains(lowered) || timeUnits.contains(lowered) else {
            throw ChainGraphError(.argumentError, .invalidArgumentValue,
                                  "\(name)(): unknown unit '\(unitName)'; use one of millennium, century, decade, year, weekYear, quarter, month, week, day, hour, minute, second, millisecond, microsecond")
        }
        if !kind.hasTime && timeUnits.contains(lowered) {
            throw ChainGraphError(.argumentError, .invalidArgumentValue, "\(name)(): a date cannot be truncated to the \(unitName)")
        }
        if dateUnits.contains(lowered) && lowered != "day" && !kind.hasDate {
            throw ChainGraphError(.argumentError, .invalidArgumentValue, "\(name)(): a time cannot be truncated to the \(unitName)")
        }

        var map = overrides
        map.removeValue(forKey: "timezone")
        if kind.hasDate {
            guard let date = parts.date else {
                throw ChainGraphError(.argumentError, .invalidArgumentValue, "\(name)() needs a value with a date, not \(value.typeName) \(value)")
            }
            map["date"] = .date(try truncated(date, to: lowered))
        }
        if kind.hasTime {
            let time = parts.time ?? GraphLocalTime(nanosecondOfDay: 0)
            map["time"] = .localTime(dateUnits.contains(lowered) ? GraphLocalTime(nanosecondOfDay: 0) : truncated(time, to: lowered))
        }
        if kind.hasZone, let zone = overrides["timezone"] ?? parts.zone.map({ .string($0.description) }) {
            map["timezone"] = zone
        }
        return try TemporalConstruction.build(kind, from: map, now: now)
    }

    private static func truncated(_ date: GraphDate, to unit: String) throws -> GraphDate {
        let year = date.year
        switch unit {
        case "millennium": return try GraphDate(year: TemporalArithmetic.floorDivide(year, 1000) * 1000, month: 1, day: 1)
        case "century": return try GraphDate(year: TemporalArithmetic.floorDivide(year, 100) * 100, month: 1, day: 1)
        case "decade": return try GraphDate(year: TemporalArithmetic.floorDivide(year, 10) * 10, month: 1, day: 1)
        case "year": return try GraphDate(year: year, month: 1, day: 1)
        case "weekyear": return try GraphDate(weekYear: date.weekYear, week: 1, dayOfWeek: 1)
        case "quarter": return try GraphDate(year: year, quarter: date.quarter, dayOfQuarter: 1)
        case "month": return try GraphDate(year: year, month: date.month, day: 1)
        case "week": return GraphDate(daysSinceEpoch: date.daysSinceEpoch - date.dayOfWeek + 1)
        default: return date
        }
    }

    private static func truncated(_ time: GraphLocalTime, to unit: String) -> GraphLocalTime {
        let size: Int64
        switch unit {
        case "hour": size = 3_600_000_000_000
        case "minute": size = 60_000_000_000
        case "second": size = 1_000_000_000
        case "millisecond": size = 1_000_000
        default: size = 1_000
        }
        return GraphLocalTime(nanosecondOfDay: time.nanosecondOfDay / size * size)
    }
}
