/// Adds up the parts of a duration given in any units, integer or fractional, as
/// `duration({…})`, `duration('P…')` and duration arithmetic do. Whole numbers are added
/// exactly; fractions carry downwards: a fraction of a month into days at the average month
/// length, of a day into seconds, of a second into nanoseconds.
struct DurationBuilder {
    /// The units a duration can be given in, with their size in the unit group they belong to.
    enum Unit: String, CaseIterable {
        case years, quarters, months, weeks, days, hours, minutes, seconds, milliseconds, microseconds, nanoseconds

        /// Which part the unit adds to, and how many of that part's units one of it is.
        var part: (group: Group, size: Int64) {
            switch self {
            case .years: return (.months, 12)
            case .quarters: return (.months, 3)
            case .months: return (.months, 1)
            case .weeks: return (.days, 7)
            case .days: return (.days, 1)
            case .hours: return (.seconds, 3600)
            case .minutes: return (.seconds, 60)
            case .seconds: return (.seconds, 1)
            case .milliseconds: return (.nanoseconds, 1_000_000)
            case .microseconds: return (.nanoseconds, 1_000)
            case .nanoseconds: return (.nanoseconds, 1)
            }
        }
    }

    /// The parts of a duration, as indexes into the builder's sums.
    enum Group: Int { case months, days, seconds, nanoseconds }

    /// Per group: the exact whole units so far, and the fractions still to carry down.
    private var wholes: [Int64] = [0, 0, 0, 0]
    private var fractions: [Double] = [0, 0, 0, 0]

    /// Adds a whole number of `unit`s.
    mutating func add(_ amount: Int64, _ unit: Unit) throws {
        let (group, size) = unit.part
        wholes[group.rawValue] = try TemporalArithmetic.add(wholes[group.rawValue], try TemporalArithmetic.multiply(amount, size))
    }

    /// Adds a possibly fractional number of `unit`s: its whole number of the part's own unit
    /// exactly (12.5 years are 150 months), the rest as a fraction to carry down.
    mutating func add(_ amount: Double, _ unit: Unit) throws {
        let (group, size) = unit.part
        let scaled = amount * Double(size)
        guard scaled.isFinite, abs(scaled) < 9e18 else {
            throw TemporalArithmetic.invalid("\(amount) \(unit.rawValue) is out of the supported duration range")
        }
        let whole = scaled.rounded(.towardZero)
        wholes[group.rawValue] = try TemporalArithmetic.add(wholes[group.rawValue], Int64(whole))
        fractions[group.rawValue] += scaled - whole
    }

    /// Adds a `Value` amount (an integer or a float) of `unit`s.
    mutating func add(_ amount: Value, _ unit: Unit) throws {
        switch amount {
        case .int(let integer): try add(integer, unit)
        case .double(let float): try add(float, unit)
        default: throw TemporalArithmetic.invalid("a duration's \(unit.rawValue) must be a number, not \(amount.typeName)")
        }
    }

    /// The duration, after carrying fractions down to nanoseconds; a fraction of a nanosecond
    /// is dropped (rounding error of the floating-point carry aside).
    func build() throws -> GraphDuration {
        let (months, days, seconds, nanoseconds) = (wholes[0], wholes[1], wholes[2], wholes[3])
        let monthsAsDays = fractions[Group.months.rawValue] * TemporalArithmetic.averageDaysPerMonth + fractions[Group.days.rawValue]
        let wholeDays = monthsAsDays.rounded(.towardZero)
        let daySeconds = (monthsAsDays - wholeDays) * 86_400 + fractions[Group.seconds.rawValue]
        let wholeSeconds = daySeconds.rounded(.towardZero)
        let exactNanoseconds = (daySeconds - wholeSeconds) * 1e9 + fractions[Group.nanoseconds.rawValue]
        let nearest = exactNanoseconds.rounded()
        let fractionNanoseconds = abs(exactNanoseconds - nearest) < 1e-3 ? nearest : exactNanoseconds.rounded(.towardZero)
        return try GraphDuration(months: months, days: TemporalArithmetic.add(days, Int64(wholeDays)),
                                 seconds: TemporalArithmetic.add(seconds, Int64(wholeSeconds)),
                                 nanoseconds: TemporalArithmetic.add(nanoseconds, Int64(fractionNanoseconds)))
    }

    /// Parses ISO 8601 `P[nY][nM][nW][nD][T[nH][nM][nS]]` (numbers may be signed or fractional).
    static func parse(_ text: String) throws -> GraphDuration {
        let failure = TemporalArithmetic.invalid("'\(text)' is not a duration in ISO 8601 form (such as 'P1Y2M3DT4H5M6.5S')")
        var bytes = Substring(text)
        var negateAll = false
        if bytes.first == "-" { negateAll = true; bytes = bytes.dropFirst() }
        guard bytes.first == "P" || bytes.first == "p" else { throw failure }
        bytes = bytes.dropFirst()
        if let alternative = try alternativeForm(bytes, negated: negateAll) { return alternative }
        var builder = DurationBuilder()
        var inTime = false, sawPart = false
        var order = 0
        while !bytes.isEmpty {
            if bytes.first == "T" || bytes.first == "t" {
                guard !inTime else { throw failure }
                inTime = true
                order = 4
                bytes = bytes.dropFirst()
                continue
            }
            let number = bytes.prefix { $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." || $0 == "," }
            bytes = bytes.dropFirst(number.count)
            guard !number.isEmpty, let designator = bytes.first,
                  var amount = Double(number.replacingOccurrences(of: ",", with: ".")) else { throw failure }
            bytes = bytes.dropFirst()
            let units: [(Character, Unit)] = inTime ? [("H", .hours), ("M", .minutes), ("S", .seconds)]
                                                    : [("Y", .years), ("M", .months), ("W", .weeks), ("D", .days)]
            guard let index = units.firstIndex(where: { $0.0 == Character(designator.uppercased()) }),
                  (inTime ? index + 4 : index) >= order else { throw failure }
            order = (inTime ? index + 4 : index) + 1
            if negateAll { amount = -amount }
            if let whole = Int64(number), !number.contains(".") {
                try builder.add(negateAll ? -whole : whole, units[index].1)
            } else {
                try builder.add(amount, units[index].1)
            }
            sawPart = true
        }
        guard sawPart else { throw failure }
        return try builder.build()
    }

    /// ISO 8601's alternative form after the `P`: `YYYY-MM-DDTHH:MM:SS[.f…]` (`P2012-02-02T14:37:21.545`).
    private static func alternativeForm(_ text: Substring, negated: Bool) throws -> GraphDuration? {
        let halves = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let dateParts = halves[0].split(separator: "-", omittingEmptySubsequences: false)
        guard dateParts.count == 3, dateParts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return nil
        }
        var builder = DurationBuilder()
        let sign: Int64 = negated ? -1 : 1
        for (part, unit) in zip(dateParts, [Unit.years, .months, .days]) {
            guard let amount = Int64(part) else { return nil }
            try builder.add(sign * amount, unit)
        }
        if halves.count == 2 {
            let timeParts = halves[1].split(separator: ":", omittingEmptySubsequences: false)
            guard timeParts.count == 3, let hours = Int64(timeParts[0]), let minutes = Int64(timeParts[1]),
                  timeParts[2].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let seconds = Double(timeParts[2]) else {
                return nil
            }
            try builder.add(sign * hours, .hours)
            try builder.add(sign * minutes, .minutes)
            try builder.add(Double(sign) * seconds, .seconds)
        }
        return try builder.build()
    }
}
