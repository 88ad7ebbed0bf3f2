/// Interchange: a field's text (a CSV field, a GraphML <data> value) as a value of a property type, read straight from its bytes.
///
/// Numbers, booleans and temporal values may have ASCII white space around them; strings are
/// kept as written. Integers are decimal (`-12`, `+7`); numbers are what Swift's `Double(_:)`
/// reads (decimal, scientific, `inf`, `nan`); booleans `true`/`false` in any case; dates
/// `YYYY-MM-DD`; times, date-times and durations in the ISO 8601 forms their Cypher
/// functions read; a list splits on the array delimiter and converts each element.
enum TextValueConverter {
    /// Converts `text` to a value of `type`.
    ///
    /// - Throws: `TypeError (InvalidValue)` naming the text and what it should be.
    static func convert(_ text: String, to type: PropertyType, arrayDelimiter: Character) throws -> Value {
        var text = text
        let delimiter = arrayDelimiter.asciiValue ?? UInt8(ascii: ";")
        return try text.withUTF8 { try value(of: $0, as: type, arrayDelimiter: delimiter) }
    }

    /// Converts the UTF-8 `bytes` to a value of `type`.
    static func value(of bytes: UnsafeBufferPointer<UInt8>, as type: PropertyType, arrayDelimiter: UInt8) throws -> Value {
        func invalid(_ expected: String) -> ChainGraphError {
            let text = String(decoding: bytes, as: UTF8.self)
            return ChainGraphError(.typeError, .invalidValue, "'\(text.prefix(60))' is not \(expected)")
        }
        let trimmed = trimmed(bytes)
        switch type {
        case .string: return .string(String(decoding: bytes, as: UTF8.self))
        case .int64:
            guard let number = integer(trimmed) else { throw invalid("an integer") }
            return .int(number)
        case .double:
            guard let number = double(trimmed) else { throw invalid("a number") }
            return .double(number)
        case .bool:
            if equalsIgnoringCase(trimmed, "true") { return .bool(true) }
            if equalsIgnoringCase(trimmed, "false") { return .bool(false) }
            throw invalid("true or false")
        case .date:
            guard let date = try? GraphDate(iso8601: String(decoding: trimmed, as: UTF8.self)) else {
                throw invalid("a date (YYYY-MM-DD)")
            }
            return .date(date)
        case .localTime, .time, .localDateTime, .dateTime, .duration:
            do {
                return try type.parseTemporal(String(decoding: trimmed, as: UTF8.self))
            } catch {
                throw invalid("a value of type \(type) (ISO 8601)")
            }
        case .list(let element):
            if bytes.isEmpty { return .list([]) }
            var items: [Value] = []
            var start = 0
            for position in 0...bytes.count where position == bytes.count || bytes[position] == arrayDelimiter {
                let piece = UnsafeBufferPointer(rebasing: bytes[start..<position])
                items.append(try value(of: piece, as: element, arrayDelimiter: arrayDelimiter))
                start = position + 1
            }
            return .list(items)
        }
    }

    /// The bytes without leading and trailing space, tab, CR and LF.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var lower = 0, upper = bytes.count
        while lower < upper && isSpace(bytes[lower]) { lower += 1 }
        while upper > lower && isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower == 0 && upper == bytes.count ? bytes : UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    }

    /// A decimal integer with an optional sign, as `Int64(_:)` reads it; nil on overflow.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard !bytes.isEmpty else { return nil }
        var position = 0
        let negative = bytes[0] == UInt8(ascii: "-")
        if negative || bytes[0] == UInt8(ascii: "+") { position = 1 }
        guard position < bytes.count else { return nil }
        var magnitude: UInt64 = 0
        while position < bytes.count {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (shifted, overflowMultiply) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflowAdd) = shifted.addingReportingOverflow(UInt64(digit))
            guard !overflowMultiply && !overflowAdd else { return nil }
            magnitude = sum
            position += 1
        }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// Exact powers of ten as doubles (10^22 is the largest a double holds exactly).
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { product, _ in product * 10 }
    }

    /// A number as `Double(_:)` reads it. Plain decimals of up to 15 significant digits
    /// (`-12.375`) take a fast path that is exact: both the digits and the power of ten are
    /// exact doubles, and one correctly rounded division is then the nearest double.
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        plainDecimal(bytes) ?? Double(String(decoding: bytes, as: UTF8.self))
    }

    /// A plain decimal of up to 15 significant digits (`-12.375`), exactly as `Double(_:)`
    /// reads it; nil for any other text.
    static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var position = 0, mantissa: UInt64 = 0, digits = 0, fractionDigits = 0
        let negative = !bytes.isEmpty && bytes[0] == UInt8(ascii: "-")
        if negative || (!bytes.isEmpty && bytes[0] == UInt8(ascii: "+")) { position = 1 }
        var seenPoint = false, simple = position < bytes.count
        while position < bytes.count && simple {
            let byte = bytes[position]
            if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if byte &- UInt8(ascii: "0") < 10 {
                mantissa = mantissa * 10 + UInt64(byte &- UInt8(ascii: "0"))
                digits += 1
                if seenPoint { fractionDigits += 1 }
                if digits > 15 { simple = false }
            } else {
                simple = false
            }
            position += 1
        }
        guard simple && digits > 0 else { return nil }
        let magnitude = Double(mantissa) / exactPowersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in
            zip(bytes, expected).allSatisfy { ($0 | 0x20) == $1 }
        }
    }
}
