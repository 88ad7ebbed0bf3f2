/// A calendar date in the proleptic Gregorian calendar, stored as days since 1970-01-01.
///
/// ```swift
/// let founded = try GraphDate(iso8601: "2011-06-30")
/// founded.year // 2011
/// ```
public struct GraphDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int64

    /// Creates a date from a day count since 1970-01-01.
    public init(daysSinceEpoch: Int64) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// Creates a date from its year, month (1–12) and day (1–31).
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidDate)` when the day does not exist.
    public init(year: Int64, month: Int64, day: Int64) throws {
        guard GraphDate.supportedYears.contains(year), (1...12).contains(month), day >= 1,
              day <= GraphDate.daysIn(month: month, year: year) else {
            throw ChainGraphError(.argumentError, .invalidDate, "\(year)-\(month)-\(day) is not a calendar date")
        }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        daysSinceEpoch = era * 146_097 + dayOfEra - 719_468
    }

    /// Parses `YYYY-MM-DD`.
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidDate)` for any other form.
    public init(iso8601 text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int64(parts[0]), let month = Int64(parts[1]), let day = Int64(parts[2]) else {
            throw ChainGraphError(.argumentError, .invalidDate, "'\(text)' is not a date of the form YYYY-MM-DD")
        }
        try self.init(year: year, month: month, day: day)
    }

    /// The year, month and day.
    public var components: (year: Int64, month: Int64, day: Int64) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The year.
    public var year: Int64 { components.year }

    /// `YYYY-MM-DD`; a year beyond 9999 is written with a `+` (`+10000-01-01`), as ISO 8601's
    /// expanded form and Java write it.
    public var description: String {
        let (year, month, day) = components
        let yearText = (year > 9999 ? "+" : "") + TemporalText.padded(year, 4)
        return yearText + "-" + TemporalText.padded(month, 2) + "-" + TemporalText.padded(day, 2)
    }

    /// Orders dates by day.
    public static func < (lhs: GraphDate, rhs: GraphDate) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
