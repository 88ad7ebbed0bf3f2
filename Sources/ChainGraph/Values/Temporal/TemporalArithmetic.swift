/// Integer helpers shared by the temporal types: floor division and modulo, and the unit sizes.
enum TemporalArithmetic {
    static let nanosecondsPerSecond: Int64 = 1_000_000_000
    static let secondsPerDay: Int64 = 86_400
    static let nanosecondsPerDay: Int64 = 86_400_000_000_000
    /// The average length of a Gregorian month in days (146,097 days per 4,800 months), used only
    /// to spread a fractional month of a duration over days and seconds.
    static let averageDaysPerMonth = 30.436875

    /// `a / b` rounded towards negative infinity.
    static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }

    /// `a mod b` with the sign of `b`.
    static func floorModulo(_ a: Int64, _ b: Int64) -> Int64 {
        let remainder = a % b
        return remainder != 0 && (remainder < 0) != (b < 0) ? remainder + b : remainder
    }

    /// The error for a temporal value that does not exist or cannot be built.
    static func invalid(_ message: String) -> ChainGraphError {
        ChainGraphError(.argumentError, .invalidTemporalValue, message)
    }

    /// `a + b`, or an `InvalidTemporalValue` error when it does not fit in 64 bits.
    static func add(_ a: Int64, _ b: Int64) throws -> Int64 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        if overflow { throw invalid("the result is out of the supported temporal range") }
        return sum
    }

    /// `a × b`, or an `InvalidTemporalValue` error when it does not fit in 64 bits.
    static func multiply(_ a: Int64, _ b: Int64) throws -> Int64 {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        if overflow { throw invalid("the result is out of the supported temporal range") }
        return product
    }
}
