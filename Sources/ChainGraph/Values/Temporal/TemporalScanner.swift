/// Reads the ISO 8601 forms of temporal values, as openCypher's temporal functions accept them.
///
/// Dates: `2015-07-21`, `20150721`, `2015-07`, `2015-W30-2`, `2015W302`, `2015-W30`, `2015-202`,
/// `2015202`, `2015` (a year beyond 9999 or before 0 carries a sign: `+10000`, `-0044`).
/// Times: `21:40:32.142`, `214032.142`, `21:40`, `2140`, `21` (`.` or `,` before the fraction).
/// Zones: `Z`, `+01:00`, `+0100`, `+01`, optionally followed by `[Europe/Stockholm]`, or the name alone.
struct TemporalScanner {
    private let bytes: [UInt8]
    private let text: String
    private var position = 0

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
    }

    var isAtEnd: Bool { position == bytes.count }

    private func failure(_ what: String) -> ChainGraphError {
        TemporalArithmetic.invalid("'\(text)' is not \(what) in ISO 8601 form")
    }

    func expectEnd(of what: String) throws {
        guard isAtEnd else { throw failure(what) }
    }

    private func peek(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private mutating func accept(_ character: Character) -> Bool {
        guard let byte = peek(), byte == character.asciiValue! else { return false }
        position += 1
        return true
    }

    private func digitCount() -> Int {
        var count = 0
        while let byte = peek(count), (48...57).contains(byte) { count += 1 }
        return count
    }

    private mutating func number(digits: Int) -> Int64 {
        var value: Int64 = 0
        for _ in 0..<digits {
            value = value * 10 + Int64(bytes[position] - 48)
            position += 1
        }
        return value
    }

    /// A calendar, week or ordinal date.
    mutating func date() throws -> GraphDate {
        let signed = peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-")
        let negative = peek() == UInt8(ascii: "-")
        if signed { position += 1 }
        let available = digitCount()
        let yearDigits: Int
        if signed {
            guard (4...9).contains(available) else { throw failure("a date") }
            // With a sign the year takes every digit up to a separator (extended form only).
            yearDigits = available
        } else {
            guard available >= 4 else { throw failure("a date") }
            yearDigits = 4
        }
        let year = number(digits: yearDigits) * (negative ? -1 : 1)
        let extended = accept("-")
        if accept("W") {
            guard digitCount() >= 2 else { throw failure("a date") }
            let week = number(digits: 2)
            var dayOfWeek: Int64 = 1
            if extended ? accept("-") : digitCount() >= 1 {
                guard digitCount() >= 1 else { throw failure("a date") }
                dayOfWeek = number(digits: 1)
            }
            return try GraphDate(weekYear: year, week: week, dayOfWeek: dayOfWeek)
        }
        let digits = digitCount()
        if extended {
            if digits == 3 { return try GraphDate(year: year, ordinalDay: number(digits: 3)) }
            guard digits == 2 else { throw failure("a date") }
            let month = number(digits: 2)
            guard accept("-") else { return try GraphDate(year: year, month: month, day: 1) }
            guard digitCount() == 2 else { throw failure("a date") }
            return try GraphDate(year: year, month: month, day: number(digits: 2))
        }
        switch digits {
        case 0: return try GraphDate(year: year, month: 1, day: 1)
        case 2: return try GraphDate(year: year, month: number(digits: 2), day: 1)
        case 3: return try GraphDate(year: year, ordinalDay: number(digits: 3))
        case 4: return try GraphDate(year: year, month: number(digits: 2), day: number(digits: 2))
        default: throw failure("a date")
        }
    }

    /// A time of day without a zone.
    mutating func localTime() throws -> GraphLocalTime {
        guard digitCount() >= 2 else { throw failure("a time") }
        let hour = number(digits: 2)
        var minute: Int64 = 0, second: Int64 = 0, nanosecond: Int64 = 0
        let extended = accept(":")
        if extended || digitCount() >= 2 {
            guard digitCount() >= 2 else { throw failure("a time") }
            minute = number(digits: 2)
            if extended ? accept(":") : digitCount() >= 2 {
                guard digitCount() >= 2 else { throw failure("a time") }
                second = number(digits: 2)
                if accept(".") || accept(",") {
                    let digits = digitCount()
                    guard (1...9).contains(digits) else { throw failure("a time") }
                    nanosecond = number(digits: digits)
                    for _ in digits..<9 { nanosecond *= 10 }
                }
            }
        }
        return try GraphLocalTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
    }

    /// A date, then optionally `T` and a time of day.
    mutating func localDateTime() throws -> GraphLocalDateTime {
        let date = try date()
        guard accept("T") || accept("t") else { return GraphLocalDateTime(date: date, time: GraphLocalTime(nanosecondOfDay: 0)) }
        return GraphLocalDateTime(date: date, time: try localTime())
    }

    /// An offset and/or a bracketed zone name, if the text continues with one.
    mutating func zoneParts() throws -> (zone: TimeZoneSpecifier?, offset: Int32?) {
        var offset: Int32?
        if accept("Z") || accept("z") {
            offset = 0
        } else if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            position += 1
            guard digitCount() >= 2 else { throw failure("a UTC offset") }
            var seconds = number(digits: 2) * 3600
            let extended = accept(":")
            if digitCount() >= 2 {
                seconds += number(digits: 2) * 60
                if extended ? accept(":") : digitCount() >= 2 {
                    guard digitCount() >= 2 else { throw failure("a UTC offset") }
                    seconds += number(digits: 2)
                }
            } else if extended {
                throw failure("a UTC offset")
            }
            offset = try TimeZoneSpecifier.checkedOffset(Int(sign == UInt8(ascii: "-") ? -seconds : seconds))
        }
        if accept("[") {
            guard let close = bytes[position...].firstIndex(of: UInt8(ascii: "]")), close > position else {
                throw failure("a time zone")
            }
            let name = String(decoding: bytes[position..<close], as: UTF8.self)
            position = close + 1
            return (try TimeZoneSpecifier(parsing: name), offset)
        }
        return (offset.map { .offset($0) }, offset)
    }

    /// The zone of `zoneParts()`.
    mutating func zone() throws -> TimeZoneSpecifier? { try zoneParts().zone }
}
