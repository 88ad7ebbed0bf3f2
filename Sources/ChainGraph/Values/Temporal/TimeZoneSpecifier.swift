import Foundation

/// A time zone as a temporal value carries it: a fixed UTC offset (`+01:00`, `Z`) or a named zone
/// of the IANA database (`Europe/Stockholm`), whose offset depends on the date.
public enum TimeZoneSpecifier: Hashable, Sendable, CustomStringConvertible {
    /// A fixed offset in seconds east of UTC.
    case offset(Int32)
    /// An IANA zone name, as the system's time-zone database knows it.
    case named(String)

    /// UTC, the zone of a zoned value built without one.
    public static let utc = TimeZoneSpecifier.offset(0)

    /// The largest offset ISO 8601 and openCypher allow: 18 hours.
    static let maximumOffset = 18 * 3600

    /// Parses `Z`, `±HH:MM[:SS]`, `±HHMM`, `±HH`, or a zone name (`Europe/Stockholm`, `UTC`).
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (UnknownTimeZone)` for a name the system does not know,
    ///   `ArgumentError (InvalidTemporalValue)` for an offset beyond ±18 hours.
    public init(parsing text: String) throws {
        var scanner = TemporalScanner(text)
        if let zone = try scanner.zone(), scanner.isAtEnd {
            self = zone
            return
        }
        self = try TimeZoneSpecifier.named(checking: text)
    }

    /// A named zone, after checking that the system knows it.
    static func named(checking name: String) throws -> TimeZoneSpecifier {
        guard TimeZone(identifier: name) != nil else {
            throw ChainGraphError(.argumentError, .unknownTimeZone,
                                  "unknown time zone '\(name)': use an offset such as '+08:00' or an IANA name such as 'Asia/Shanghai'")
        }
        return .named(name)
    }

    /// Checks that an offset is within ±18 hours.
    static func checkedOffset(_ seconds: Int) throws -> Int32 {
        guard abs(seconds) <= maximumOffset else {
            throw TemporalArithmetic.invalid("the UTC offset \(seconds) s is beyond ±18 hours")
        }
        return Int32(seconds)
    }

    /// The offset when it is fixed.
    var fixedOffset: Int32? {
        if case .offset(let seconds) = self { return seconds }
        return nil
    }

    /// The zone name when it is named.
    public var name: String? {
        if case .named(let name) = self { return name }
        return nil
    }

    /// The offset in force at an instant (seconds since the epoch, UTC).
    func offset(atEpochSecond second: Int64) -> Int32 {
        switch self {
        case .offset(let seconds): return seconds
        case .named(let name):
            guard let zone = TimeZone(identifier: name) else { return 0 }
            return Int32(zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(second))))
        }
    }

    /// The offset a clock reading in this zone has: for a time that occurs twice (the hour
    /// after clocks go back) the earlier offset, for one that is skipped the offset before the gap.
    func offset(forLocalEpochSecond local: Int64) -> Int32 {
        switch self {
        case .offset(let seconds): return seconds
        case .named:
            let before = offset(atEpochSecond: local - 86_400), after = offset(atEpochSecond: local + 86_400)
            for candidate in [max(before, after), min(before, after)] where offset(atEpochSecond: local - Int64(candidate)) == candidate {
                return candidate
            }
            return before
        }
    }

    /// `Z`, `+01:00`, or the zone name.
    public var description: String {
        switch self {
        case .offset(let seconds): return TemporalText.offset(seconds)
        case .named(let name): return name
        }
    }
}
