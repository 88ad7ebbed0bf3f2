/// Builds temporal instants from the map forms of `date({…})`, `localtime({…})`, `time({…})`,
/// `localdatetime({…})` and `datetime({…})`, as openCypher defines them:
/// - date fields: `year` with `month`/`day`, `week`/`dayOfWeek` (an ISO week date, `year`
///   then being the week-based year), `ordinalDay`, or `quarter`/`dayOfQuarter`;
/// - time fields: `hour`, `minute`, `second`, and `millisecond`, `microsecond`, `nanosecond`
///   (added together: `{millisecond: 123, microsecond: 456, nanosecond: 789}` is `.123456789`);
/// - `timezone` (an offset or a zone name) for `time` and `datetime`;
/// - base values that the fields then override: `date: d` (its date), `time: t` (its time
///   and zone), `datetime: dt` (all of it); a zoned base given a new `timezone` keeps its instant;
/// - for `datetime` only, `epochSeconds` or `epochMillis` (plus `nanosecond`).
enum TemporalConstruction {
    static let dateFields = ["year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter"]
    static let timeFields = ["hour", "minute", "second", "millisecond", "microsecond", "nanosecond"]

    /// The keys a map for `kind` may have.
    static func allowedKeys(_ kind: TemporalKind) -> [String] {
        var keys: [String] = []
        if kind.hasDate { keys += dateFields + ["date"] }
        if kind.hasTime { keys += timeFields + ["time"] }
        if kind.hasDate && kind.hasTime { keys.append("datetime") }
        if kind.hasZone { keys.append("timezone") }
        if kind == .dateTime { keys += ["epochSeconds", "epochMillis"] }
        return keys
    }

    /// The value of `kind` that `fields` describe; `now` gives the statement's clock in a zone
    /// (for a map that names only a time zone).
    static func build(_ kind: TemporalKind, from fields: [String: Value],
                      now: (TimeZoneSpecifier) -> GraphDateTime) throws -> Value {
        let allowed = allowedKeys(kind)
        for key in fields.keys.sorted() where !allowed.contains(key) {
            throw ChainGraphError(.argumentError, .invalidArgumentValue,
                                  "\(kind.rawValue)() cannot take the field '\(key)'; it takes \(allowed.joined(separator: ", "))")
        }
        if fields.values.contains(where: \.isNull) { return .null }
        let reader = FieldReader(kind: kind, fields: fields)
        let zone = try fields["timezone"].map(reader.zone)

        if kind == .dateTime, fields["epochSeconds"] != nil || fields["epochMillis"] != nil {
            return .dateTime(try reader.instantFromEpoch(zone: zone ?? .utc))
        }

        var base = TemporalParts(date: nil, time: nil, zone: nil)
        if let value = fields["datetime"] { base = try reader.parts(of: value, "datetime", needsDate: true) }
        if let value = fields["date"] { base.date = try reader.parts(of: value, "date", needsDate: true).date }
        if let value = fields["time"] {
            let parts = try reader.parts(of: value, "time", needsDate: false)
            guard let time = parts.time else { throw reader.wrongBase("time", value) }
            base.time = time
            base.zone = parts.zone
        }

        let givesDate = dateFields.contains { fields[$0] != nil }, givesTime = timeFields.contains { fields[$0] != nil }
        if !givesDate && !givesTime && base.date == nil && base.time == nil {
            return try TemporalParts(.dateTime(now(zone ?? .utc)))!.value(as: kind)
        }

        var parts = TemporalParts(date: nil, time: nil, zone: nil)
        if kind.hasDate { parts.date = try reader.date(base: base.date) }
        if kind.hasTime { parts.time = try reader.time(base: base.time) }
        guard kind.hasZone else { return try parts.value(as: kind) }
        if let zone, let baseZone = base.zone {
            parts.zone = baseZone
            return try converted(parts.value(as: kind), to: zone)
        }
        parts.zone = zone ?? base.zone
        return try parts.value(as: kind)
    }

    /// A time or date-time shown in another zone, keeping its instant.
    static func converted(_ value: Value, to zone: TimeZoneSpecifier) -> Value {
        switch value {
        case .dateTime(let dateTime): return .dateTime(dateTime.converted(to: zone))
        case .time(let time):
            let offset = TemporalParts(date: nil, time: time.localTime, zone: zone).offset ?? 0
            return .time(time.converted(toOffset: offset))
        default: return value
        }
    }
}

/// Reads and checks the fields of one temporal map.
private struct FieldReader {
    let kind: TemporalKind
    let fields: [String: Value]

    func integer(_ key: String) throws -> Int64? {
        guard let value = fields[key] else { return nil }
        guard case .int(let number) = value else {
            throw ChainGraphError(.argumentError, .invalidArgumentType,
                                  "\(kind.rawValue)(): the field '\(key)' must be an integer, not \(value.typeName) \(value)")
        }
        return number
    }

    func wrongBase(_ key: String, _ value: Value) -> ChainGraphError {
        ChainGraphError(.argumentError, .invalidArgumentType,
                        "\(kind.rawValue)(): the field '\(key)' must be a temporal value with a \(key == "time" ? "time" : "date"), not \(value.typeName) \(value)")
    }

    func parts(of value: Value, _ key: String, needsDate: Bool) throws -> TemporalParts {
        guard let parts = TemporalParts(value), !needsDate || parts.date != nil else { throw wrongBase(key, value) }
        return parts
    }

    func zone(_ value: Value) throws -> TimeZoneSpecifier {
        guard case .string(let text) = value else {
            throw ChainGraphError(.argumentError, .invalidArgumentType,
                                  "\(kind.rawValue)(): the field 'timezone' must be a string, not \(value.typeName) \(value)")
        }
        return try TimeZoneSpecifier(parsing: text)
    }

    func date(base: GraphDate?) throws -> GraphDate {
        let year = try integer("year")
        func required(_ value: Int64?) throws -> Int64 {
            guard let value else { throw TemporalArithmetic.invalid("\(kind.rawValue)() needs a year (or a base 'date')") }
            return value
        }
        let dayOfWeek = try integer("dayOfWeek")
        // A day of the week alone moves a base date within its week.
        if let week = try integer("week") ?? (dayOfWeek != nil ? base?.week : nil) {
            return try GraphDate(weekYear: try required(year ?? base?.weekYear), week: week,
                                 dayOfWeek: dayOfWeek ?? base?.dayOfWeek ?? 1)
        }
        if dayOfWeek != nil {
            throw TemporalArithmetic.invalid("\(kind.rawValue)(): 'dayOfWeek' needs 'week'")
        }
        if let ordinalDay = try integer("ordinalDay") {
            return try GraphDate(year: try required(year ?? base?.year), ordinalDay: ordinalDay)
        }
        if let quarter = try integer("quarter") {
            return try GraphDate(year: try required(year ?? base?.year), quarter: quarter,
                                 dayOfQuarter: try integer("dayOfQuarter") ?? base?.dayOfQuarter ?? 1)
        }
        if try integer("dayOfQuarter") != nil {
            throw TemporalArithmetic.invalid("\(kind.rawValue)(): 'dayOfQuarter' needs 'quarter'")
        }
        let month = try integer("month"), day = try integer("day")
        if month == nil && day != nil && base == nil {
            throw TemporalArithmetic.invalid("\(kind.rawValue)(): 'day' needs 'month'")
        }
        return try GraphDate(year: try required(year ?? base?.year), month: month ?? base?.month ?? 1,
                             day: day ?? base?.day ?? 1)
    }

    func time(base: GraphLocalTime?) throws -> GraphLocalTime {
        let hour = try integer("hour") ?? base?.hour ?? 0
        let minute = try integer("minute") ?? base?.minute ?? 0
        let second = try integer("second") ?? base?.second ?? 0
        var nanosecond = base?.nanosecond ?? 0
        let millisecond = try integer("millisecond"), microsecond = try integer("microsecond"), nano = try integer("nanosecond")
        if millisecond != nil || microsecond != nil || nano != nil {
            let limits: [(Int64?, Int64, String)] = [
                (millisecond, 999, "millisecond"),
                (microsecond, millisecond == nil ? 999_999 : 999, "microsecond"),
                (nano, millisecond == nil && microsecond == nil ? 999_999_999 : 999, "nanosecond"),
            ]
            for (value, limit, name) in limits {
                if let value, !(0...limit).contains(value) {
                    throw TemporalArithmetic.invalid("\(kind.rawValue)(): \(name) \(value) is out of range 0…\(limit)")
                }
            }
            nanosecond = (millisecond ?? 0) * 1_000_000 + (microsecond ?? 0) * 1_000 + (nano ?? 0)
        }
        return try GraphLocalTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
    }

    func instantFromEpoch(zone: TimeZoneSpecifier) throws -> GraphDateTime {
        var nanosecond = try integer("nanosecond") ?? 0
        var seconds: Int64
        if let epochSeconds = try integer("epochSeconds") {
            seconds = epochSeconds
        } else {
            let millis = try integer("epochMillis") ?? 0
            seconds = TemporalArithmetic.floorDivide(millis, 1000)
            nanosecond += TemporalArithmetic.floorModulo(millis, 1000) * 1_000_000
        }
        seconds += TemporalArithmetic.floorDivide(nanosecond, TemporalArithmetic.nanosecondsPerSecond)
        nanosecond = TemporalArithmetic.floorModulo(nanosecond, TemporalArithmetic.nanosecondsPerSecond)
        return GraphDateTime(epochSeconds: seconds, nanosecond: nanosecond, zone: zone)
    }
}
