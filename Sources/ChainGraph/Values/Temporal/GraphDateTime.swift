/// An instant with the date, time and zone it was given in (`DATETIME`, openCypher's zoned
/// date-time), to the nanosecond.
///
/// Two date-times are equal and ordered by the instant they denote: `2017-10-29T04:00+01:00`
/// equals `2017-10-29T03:00Z`.
///
/// ```swift
/// let shipped = try GraphDateTime(iso8601: "2024-03-01T08:00+08:00[Asia/Shanghai]")
/// shipped.epochSeconds // 1709251200
/// ```
public struct GraphDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The date and time on the zone's clock.
    public let local: GraphLocalDateTime
    /// The offset from UTC in force at that instant, in seconds.
    public let offsetSeconds: Int32
    /// The zone's name when it is named (`Europe/Stockholm`); nil for a fixed offset.
    public let zoneName: String?

    /// Creates the date-time that the clock of `zone` reads as `local`. In a named zone, a
    /// reading that occurs twice (clocks going back) takes the earlier offset, and one that
    /// does not occur (clocks going forward) moves forward by the gap.
    public init(local: GraphLocalDateTime, zone: TimeZoneSpecifier) {
        self.init(local: local, zone: zone, preferredOffset: nil)
    }

    /// As ``init(local:zone:)``; `preferredOffset`, when the zone uses it at that reading,
    /// picks between the two offsets of an ambiguous reading.
    init(local: GraphLocalDateTime, zone: TimeZoneSpecifier, preferredOffset: Int32?) {
        guard case .named = zone else {
            self.init(local: local, offsetSeconds: zone.fixedOffset ?? 0, zoneName: nil)
            return
        }
        var offset = zone.offset(forLocalEpochSecond: local.epochSeconds)
        if let preferredOffset, zone.offset(atEpochSecond: local.epochSeconds - Int64(preferredOffset)) == preferredOffset {
            offset = preferredOffset
        }
        self.init(epochSeconds: local.epochSeconds - Int64(offset), nanosecond: local.time.nanosecond, zone: zone)
    }

    /// Creates the date-time of an instant (seconds since 1970-01-01T00:00Z), shown in `zone`.
    public init(epochSeconds: Int64, nanosecond: Int64 = 0, zone: TimeZoneSpecifier = .utc) {
        let offset = zone.offset(atEpochSecond: epochSeconds)
        self.init(local: GraphLocalDateTime(epochSeconds: epochSeconds + Int64(offset), nanosecond: nanosecond),
                  offsetSeconds: offset, zoneName: zone.name)
    }

    /// The date-time with exactly these parts (the offset is trusted to be the zone's).
    init(local: GraphLocalDateTime, offsetSeconds: Int32, zoneName: String?) {
        self.local = local
        self.offsetSeconds = offsetSeconds
        self.zoneName = zoneName
    }

    /// Parses ISO 8601 `date T time offset [zone]`: `2015-07-21T21:40:32.142+01:00`,
    /// `2017-10-29T04:00[Europe/Stockholm]`; without an offset or zone the time is UTC.
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidTemporalValue)` or `(UnknownTimeZone)`.
    public init(iso8601 text: String) throws {
        var scanner = TemporalScanner(text)
        let local = try scanner.localDateTime()
        let parts = try scanner.zoneParts()
        try scanner.expectEnd(of: "a date-time")
        self.init(local: local, zone: parts.zone ?? .utc, preferredOffset: parts.offset)
    }

    /// The zone: its name, or the fixed offset.
    public var zone: TimeZoneSpecifier { zoneName.map { .named($0) } ?? .offset(offsetSeconds) }

    /// Whole seconds since 1970-01-01T00:00Z.
    public var epochSeconds: Int64 { local.epochSeconds - Int64(offsetSeconds) }

    /// The nanosecond of the second.
    public var nanosecond: Int64 { local.time.nanosecond }

    /// The same instant shown in another zone.
    public func converted(to zone: TimeZoneSpecifier) -> GraphDateTime {
        GraphDateTime(epochSeconds: epochSeconds, nanosecond: nanosecond, zone: zone)
    }

    /// `1984-10-11T12:31:14.645876123+01:00`, with `[Zone/Name]` after a named zone's offset.
    public var description: String {
        local.description + TemporalText.offset(offsetSeconds) + (zoneName.map { "[\($0)]" } ?? "")
    }

    /// Equal when the instants are equal.
    public static func == (lhs: GraphDateTime, rhs: GraphDateTime) -> Bool {
        lhs.epochSeconds == rhs.epochSeconds && lhs.nanosecond == rhs.nanosecond
    }

    /// Hashes the instant.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(epochSeconds)
        hasher.combine(nanosecond)
    }

    /// Orders by instant.
    public static func < (lhs: GraphDateTime, rhs: GraphDateTime) -> Bool {
        (lhs.epochSeconds, lhs.nanosecond) < (rhs.epochSeconds, rhs.nanosecond)
    }
}
