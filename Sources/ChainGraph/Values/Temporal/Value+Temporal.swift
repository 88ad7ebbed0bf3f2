extension Value {
    /// The names of the temporal types, as ``typeName`` spells them.
    static let temporalTypeNames: Set<String> = ["DATE", "LOCALTIME", "TIME", "LOCALDATETIME", "DATETIME", "DURATION"]

    /// Reads a value of the temporal type named `typeName` (`DATE`, `LOCALTIME`, `TIME`,
    /// `LOCALDATETIME`, `DATETIME`, `DURATION`) from its ISO 8601 text; nil when the name is
    /// not a temporal type.
    ///
    /// - Throws: ``ChainGraphError`` `ArgumentError (InvalidTemporalValue)` (`(InvalidDate)` for a date)
    ///   when the text is not a value of the type.
    static func temporal(typeName: String, text: String) throws -> Value? {
        switch typeName {
        case "DATE": return .date(try GraphDate(iso8601: text))
        case "LOCALTIME": return .localTime(try GraphLocalTime(iso8601: text))
        case "TIME": return .time(try GraphTime(iso8601: text))
        case "LOCALDATETIME": return .localDateTime(try GraphLocalDateTime(iso8601: text))
        case "DATETIME": return .dateTime(try GraphDateTime(iso8601: text))
        case "DURATION": return .duration(try GraphDuration(iso8601: text))
        default: return nil
        }
    }
}
