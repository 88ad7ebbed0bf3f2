/// How temporal values are written: zero-padded fields, fractions in groups of three digits,
/// offsets as `Z` or `±HH:MM`.
enum TemporalText {
    /// `value` with at least `width` digits, a minus sign in front when negative.
    static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// `.fff`, `.ffffff` or `.fffffffff`: the shortest group of three digits that holds `nanoseconds`.
    static func fraction(_ nanoseconds: Int64) -> String {
        if nanoseconds % 1_000_000 == 0 { return "." + padded(nanoseconds / 1_000_000, 3) }
        if nanoseconds % 1_000 == 0 { return "." + padded(nanoseconds / 1_000, 6) }
        return "." + padded(nanoseconds, 9)
    }

    /// `Z` for UTC, else `±HH:MM`, with `:SS` when the offset has seconds.
    static func offset(_ seconds: Int32) -> String {
        if seconds == 0 { return "Z" }
        let magnitude = Int64(seconds.magnitude)
        var text = (seconds < 0 ? "-" : "+") + padded(magnitude / 3600, 2) + ":" + padded(magnitude / 60 % 60, 2)
        if magnitude % 60 != 0 { text += ":" + padded(magnitude % 60, 2) }
        return text
    }
}
