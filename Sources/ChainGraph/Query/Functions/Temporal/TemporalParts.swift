/// A temporal instant taken apart: the date, the time of day and the zone that each kind of
/// temporal value has (a date has no time, a local time no date and no zone, …).
struct TemporalParts {
    var date: GraphDate?
    var time: GraphLocalTime?
    var zone: TimeZoneSpecifier?
    /// The offset the value was given with, when it came from a zoned value (a reading that
    /// occurs twice in a named zone has two possible offsets).
    private var givenOffset: Int32?

    /// The parts of a date, time or date-time value; nil for any other value.
    init?(_ value: Value) {
        switch value {
        case .date(let date): self.date = date
        case .localTime(let time): self.time = time
        case .time(let time):
            self.time = time.localTime
            zone = .offset(time.offsetSeconds)
            givenOffset = time.offsetSeconds
        case .localDateTime(let dateTime):
            date = dateTime.date
            time = dateTime.time
        case .dateTime(let dateTime):
            date = dateTime.local.date
            time = dateTime.local.time
            zone = dateTime.zone
            givenOffset = dateTime.offsetSeconds
        default: return nil
        }
    }

    init(date: GraphDate?, time: GraphLocalTime?, zone: TimeZoneSpecifier?) {
        self.date = date
        self.time = time
        self.zone = zone
    }

    /// The offset in force for these parts: the one they were given with, else a named zone's
    /// at the date and time (on 1970-01-01 for a time without a date, so that a zoned time
    /// does not change with the day it is built).
    var offset: Int32? {
        if let givenOffset { return givenOffset }
        guard let zone else { return nil }
        let local = GraphLocalDateTime(date: date ?? GraphDate(daysSinceEpoch: 0), time: time ?? GraphLocalTime(nanosecondOfDay: 0))
        return zone.offset(forLocalEpochSecond: local.epochSeconds)
    }

    /// The value of `kind` made of these parts: missing dates are an error, a missing time
    /// is midnight, a missing zone is UTC.
    func value(as kind: TemporalKind) throws -> Value {
        let time = self.time ?? GraphLocalTime(nanosecondOfDay: 0)
        switch kind {
        case .date:
            guard let date else { throw TemporalArithmetic.invalid("a date needs a year") }
            return .date(date)
        case .localTime: return .localTime(time)
        case .time:
            return .time(GraphTime(localTime: time, checkedOffset: offset ?? 0))
        case .localDateTime:
            guard let date else { throw TemporalArithmetic.invalid("a local date-time needs a year") }
            return .localDateTime(GraphLocalDateTime(date: date, time: time))
        case .dateTime:
            guard let date else { throw TemporalArithmetic.invalid("a date-time needs a year") }
            return .dateTime(GraphDateTime(local: GraphLocalDateTime(date: date, time: time), zone: zone ?? .utc,
                                           preferredOffset: givenOffset))
        }
    }
}

/// The five kinds of temporal instant, by the name of the function that builds them.
enum TemporalKind: String, CaseIterable {
    case date, localTime = "localtime", time, localDateTime = "localdatetime", dateTime = "datetime"

    var hasDate: Bool { self == .date || self == .localDateTime || self == .dateTime }
    var hasTime: Bool { self != .date }
    var hasZone: Bool { self == .time || self == .dateTime }

    /// The kind's values are made from an ISO 8601 string this way.
    func parse(_ text: String) throws -> Value {
        switch self {
        case .date:
            var scanner = TemporalScanner(text)
            let date = try scanner.date()
            try scanner.expectEnd(of: "a date")
            return .date(date)
        case .localTime: return .localTime(try GraphLocalTime(iso8601: text))
        case .time: return .time(try GraphTime(iso8601: text))
        case .localDateTime: return .localDateTime(try GraphLocalDateTime(iso8601: text))
        case .dateTime: return .dateTime(try GraphDateTime(iso8601: text))
        }
    }
}
