/// ISO 8601 calendar fields of a date (week dates, ordinal days, quarters) and calendar arithmetic.
extension GraphDate {
    /// The month, 1 … 12.
    public var month: Int64 { components.month }

    /// The day of the month, 1 … 31.
    public var day: Int64 { components.day }

    /// The day of the week, Monday = 1 … Sunday = 7.
    public var dayOfWeek: Int64 { TemporalArithmetic.floorModulo(daysSinceEpoch + 3, 7) + 1 }

    /// The day of the year, 1 … 366.
    public var ordinalDay: Int64 {
        daysSinceEpoch - (try! GraphDate(year: year, month: 1, day: 1)).daysSinceEpoch + 1
    }

    /// The quarter of the year, 1 … 4.
    public var quarter: Int64 { (month - 1) / 3 + 1 }

    /// The day of the quarter, 1 … 92.
    public var dayOfQuarter: Int64 {
        daysSinceEpoch - (try! GraphDate(year: year, month: (quarter - 1) * 3 + 1, day: 1)).daysSinceEpoch + 1
    }

    /// The ISO week-based year: the year of this week's Thursday.
    public var weekYear: Int64 { GraphDate(daysSinceEpoch: daysSinceEpoch - dayOfWeek + 4).year }

    /// The ISO week of the week-based year, 1 … 53.
    public var week: Int64 { (GraphDate(daysSinceEpoch: daysSinceEpoch - dayOfWeek + 4).ordinalDay - 1) / 7 + 1 }

    /// Creates the date of an ISO week date.
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidDate)` when the week or day does not exist.
    public init(weekYear: Int64, week: Int64, dayOfWeek: Int64) throws {
        let fourthOfJanuary = try GraphDate(year: weekYear, month: 1, day: 4)
        let mondayOfWeekOne = fourthOfJanuary.daysSinceEpoch - fourthOfJanuary.dayOfWeek + 1
        let weeksInYear: Int64 = GraphDate(daysSinceEpoch: try GraphDate(year: weekYear, month: 12, day: 28).daysSinceEpoch).week
        guard (1...weeksInYear).contains(week), (1...7).contains(dayOfWeek) else {
            throw ChainGraphError(.argumentError, .invalidDate, "week \(week), day \(dayOfWeek) of \(weekYear) is not a week date")
        }
        self.init(daysSinceEpoch: mondayOfWeekOne + (week - 1) * 7 + dayOfWeek - 1)
    }

    /// Creates the date of a day of the year.
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidDate)` when the year has no such day.
    public init(year: Int64, ordinalDay: Int64) throws {
        let first = try GraphDate(year: year, month: 1, day: 1)
        let length: Int64 = GraphDate.daysIn(month: 2, year: year) == 29 ? 366 : 365
        guard (1...length).contains(ordinalDay) else {
            throw ChainGraphError(.argumentError, .invalidDate, "day \(ordinalDay) of \(year) is not a date")
        }
        self.init(daysSinceEpoch: first.daysSinceEpoch + ordinalDay - 1)
    }

    /// Creates the date of a day of a quarter.
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidDate)` when the quarter has no such day.
    public init(year: Int64, quarter: Int64, dayOfQuarter: Int64) throws {
        guard (1...4).contains(quarter) else {
            throw ChainGraphError(.argumentError, .invalidDate, "quarter \(quarter) of \(year) does not exist")
        }
        let first = try GraphDate(year: year, month: (quarter - 1) * 3 + 1, day: 1)
        let next = quarter == 4 ? try GraphDate(year: year + 1, month: 1, day: 1) : try GraphDate(year: year, month: quarter * 3 + 1, day: 1)
        guard dayOfQuarter >= 1, dayOfQuarter <= next.daysSinceEpoch - first.daysSinceEpoch else {
            throw ChainGraphError(.argumentError, .invalidDate, "day \(dayOfQuarter) of quarter \(quarter) of \(year) is not a date")
        }
        self.init(daysSinceEpoch: first.daysSinceEpoch + dayOfQuarter - 1)
    }

    /// The date `months` calendar months later, the day clamped to the end of a shorter month
    /// (2024-01-31 plus one month is 2024-02-29).
    public func adding(months: Int64) throws -> GraphDate {
        let (year, month, day) = components
        let total = try TemporalArithmetic.add(year * 12 + month - 1, months)
        let newYear = TemporalArithmetic.floorDivide(total, 12), newMonth = TemporalArithmetic.floorModulo(total, 12) + 1
        guard GraphDate.supportedYears.contains(newYear) else {
            throw TemporalArithmetic.invalid("the year \(newYear) is out of the supported range")
        }
        return try GraphDate(year: newYear, month: newMonth, day: min(day, GraphDate.daysIn(month: newMonth, year: newYear)))
    }

    /// The date `days` days later.
    public func adding(days: Int64) throws -> GraphDate {
        let result = GraphDate(daysSinceEpoch: try TemporalArithmetic.add(daysSinceEpoch, days))
        guard GraphDate.supportedYears.contains(result.year) else {
            throw TemporalArithmetic.invalid("the year \(result.year) is out of the supported range")
        }
        return result
    }

    /// The years a temporal value may have: those of ISO 8601's expanded representation with up
    /// to nine digits, as Java's and Neo4j's temporal types allow.
    static let supportedYears: ClosedRange<Int64> = -999_999_999...999_999_999
}
