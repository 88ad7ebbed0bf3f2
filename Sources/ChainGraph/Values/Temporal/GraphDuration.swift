/// An amount of time (`DURATION`): months, days and seconds kept apart, because a month and a day
/// have no fixed length in seconds (`P1M` is 28 to 31 days; a day across a clock change is 23 or 25 hours).
///
/// ```swift
/// let leadTime = try GraphDuration(iso8601: "P1M15D")
/// leadTime.days // 15
/// ```
public struct GraphDuration: Hashable, Sendable, CustomStringConvertible {
    /// Whole months (years count as 12 months).
    public let months: Int64
    /// Whole days (weeks count as 7 days).
    public let days: Int64
    /// Whole seconds, rounded down: −1.5 s is −2 seconds and 500,000,000 nanoseconds.
    public let seconds: Int64
    /// Nanoseconds added to ``seconds``, in `0 ..< 1_000_000_000`.
    public let nanoseconds: Int64

    /// Creates a duration; nanoseconds outside one second carry into the seconds.
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidTemporalValue)` when the seconds overflow.
    public init(months: Int64 = 0, days: Int64 = 0, seconds: Int64 = 0, nanoseconds: Int64 = 0) throws {
        self.months = months
        self.days = days
        self.seconds = try TemporalArithmetic.add(seconds, TemporalArithmetic.floorDivide(nanoseconds, TemporalArithmetic.nanosecondsPerSecond))
        self.nanoseconds = TemporalArithmetic.floorModulo(nanoseconds, TemporalArithmetic.nanosecondsPerSecond)
    }

    /// The empty duration, `PT0S`.
    public static let zero = try! GraphDuration()

    /// Parses ISO 8601 `P[nY][nM][nW][nD][T[nH][nM][nS]]`; any number may be negative or have a
    /// fraction (`P1.5D`, `PT-0.5S`), which carries into the smaller units.
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidTemporalValue)` for any other text.
    public init(iso8601 text: String) throws {
        self = try DurationBuilder.parse(text)
    }

    /// Seconds and nanoseconds as one signed amount of whole seconds and a fraction of the same sign.
    var signedSecondParts: (seconds: Int64, nanoseconds: Int64) {
        if seconds < 0 && nanoseconds > 0 {
            return (seconds + 1, nanoseconds - TemporalArithmetic.nanosecondsPerSecond)
        }
        return (seconds, nanoseconds)
    }

    /// ISO 8601 as openCypher prints it: `P1Y2M10DT12H45M30.25S`, each part with its own sign
    /// (`P12Y5M-14DT16H`, `PT-1M-0.001S`), `PT0S` when empty.
    public var description: String {
        var text = "P"
        if months / 12 != 0 { text += "\(months / 12)Y" }
        if months % 12 != 0 { text += "\(months % 12)M" }
        if days != 0 { text += "\(days)D" }
        let (wholeSeconds, fraction) = signedSecondParts
        let hours = wholeSeconds / 3600, minutes = wholeSeconds % 3600 / 60, secondsPart = wholeSeconds % 60
        if hours != 0 || minutes != 0 || secondsPart != 0 || fraction != 0 {
            text += "T"
            if hours != 0 { text += "\(hours)H" }
            if minutes != 0 { text += "\(minutes)M" }
            if secondsPart != 0 || fraction != 0 {
                text += (secondsPart == 0 && fraction < 0 ? "-0" : "\(secondsPart)")
                if fraction != 0 {
                    var digits = TemporalText.padded(Int64(fraction.magnitude), 9)
                    while digits.hasSuffix("0") { digits.removeLast() }
                    text += "." + digits
                }
                text += "S"
            }
        }
        return text == "P" ? "PT0S" : text
    }

    /// The sum, part by part.
    public func adding(_ other: GraphDuration) throws -> GraphDuration {
        try GraphDuration(months: TemporalArithmetic.add(months, other.months), days: TemporalArithmetic.add(days, other.days),
                          seconds: TemporalArithmetic.add(seconds, other.seconds), nanoseconds: nanoseconds + other.nanoseconds)
    }

    /// The duration with every part negated.
    public func negated() throws -> GraphDuration {
        try GraphDuration(months: TemporalArithmetic.multiply(months, -1), days: TemporalArithmetic.multiply(days, -1),
                          seconds: TemporalArithmetic.multiply(seconds, -1), nanoseconds: -nanoseconds)
    }

    /// Each part multiplied by `factor`; fractions of months carry into days (at the average
    /// month length) and fractions of days into seconds.
    public func multiplied(by factor: Double) throws -> GraphDuration {
        var builder = DurationBuilder()
        try builder.add(Double(months) * factor, .months)
        try builder.add(Double(days) * factor, .days)
        try builder.add(Double(seconds) * factor, .seconds)
        try builder.add(Double(nanoseconds) * factor, .nanoseconds)
        return try builder.build()
    }

    /// Each part multiplied by `factor`, exactly.
    public func multiplied(by factor: Int64) throws -> GraphDuration {
        try GraphDuration(months: TemporalArithmetic.multiply(months, factor), days: TemporalArithmetic.multiply(days, factor),
                          seconds: TemporalArithmetic.multiply(seconds, factor),
                          nanoseconds: TemporalArithmetic.multiply(nanoseconds, factor))
    }

    /// A length in seconds for ordering durations of different shapes: months at their average length.
    var approximateSeconds: Double {
        Double(months) * TemporalArithmetic.averageDaysPerMonth * 86_400 + Double(days) * 86_400
            + Double(seconds) + Double(nanoseconds) / 1e9
    }
}
