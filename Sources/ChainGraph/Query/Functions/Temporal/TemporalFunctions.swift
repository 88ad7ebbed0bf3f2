import Foundation

/// The temporal functions: `date`, `localtime`, `time`, `localdatetime`, `datetime` (from
/// nothing — the statement's clock —, an ISO 8601 string, a map of fields, or another
/// temporal value), their `.statement()`, `.transaction()`, `.realtime()` clocks and
/// `.truncate()`, `datetime.fromEpoch`, `datetime.fromEpochMillis`, and `duration`,
/// `duration.between`, `duration.inMonths`, `duration.inDays`, `duration.inSeconds`.
enum TemporalFunctions {
    static let all: [FunctionDefinition] = instantFunctions + durationFunctions

    /// The clock a function reads: the statement's start, or the moment of the call.
    static func clock(_ context: FunctionContext, realtime: Bool) -> (TimeZoneSpecifier) -> GraphDateTime {
        let interval = (realtime ? Date() : context.statementTime).timeIntervalSince1970
        let seconds = interval.rounded(.down)
        let microseconds = Int64(((interval - seconds) * 1e6).rounded())
        return { zone in GraphDateTime(epochSeconds: Int64(seconds), nanosecond: microseconds * 1_000, zone: zone) }
    }

    private static var instantFunctions: [FunctionDefinition] {
        var functions: [FunctionDefinition] = []
        for kind in TemporalKind.allCases {
            functions.append(ScalarFunctions.function(kind.rawValue, 0...1) { arguments, context in
                try construct(kind, arguments.first, context)
            })
            for clockName in ["statement", "transaction", "realtime"] {
                functions.append(ScalarFunctions.function(kind.rawValue + "." + clockName, 0...1) { arguments, context in
                    var zone = TimeZoneSpecifier.utc
                    if let argument = arguments.first {
                        if argument.isNull { return .null }
                        guard case .string(let text) = argument else { throw argumentTypeError("\(kind.rawValue).\(clockName)", argument) }
                        zone = try TimeZoneSpecifier(parsing: text)
                    }
                    let now = clock(context, realtime: clockName == "realtime")(zone)
                    return try TemporalParts(.dateTime(now))!.value(as: kind)
                })
            }
            functions.append(ScalarFunctions.function(kind.rawValue + ".truncate", 2...3) { arguments, context in
                try TemporalTruncation.truncate(kind, unit: arguments[0], value: arguments[1],
                                                fields: arguments.dropFirst(2).first,
                                                now: clock(context, realtime: false))
            })
        }
        functions.append(ScalarFunctions.function("datetime.fromEpoch", 2...2) { arguments, _ in
            if arguments.contains(where: \.isNull) { return .null }
            guard case .int(let seconds) = arguments[0] else { throw argumentTypeError("datetime.fromEpoch", arguments[0]) }
            guard case .int(let nanoseconds) = arguments[1] else { throw argumentTypeError("datetime.fromEpoch", arguments[1]) }
            return try TemporalConstruction.build(.dateTime, from: ["epochSeconds": .int(seconds), "nanosecond": .int(nanoseconds)],
                                                  now: { _ in GraphDateTime(epochSeconds: 0) })
        })
        functions.append(ScalarFunctions.unary("datetime.fromEpochMillis") { value, _ in
            guard case .int = value else { throw argumentTypeError("datetime.fromEpochMillis", value) }
            return try TemporalConstruction.build(.dateTime, from: ["epochMillis": value], now: { _ in GraphDateTime(epochSeconds: 0) })
        })
        return functions
    }

    /// `kind(argument)`.
    private static func construct(_ kind: TemporalKind, _ argument: Value?, _ context: FunctionContext) throws -> Value {
        let now = clock(context, realtime: false)
        guard let argument else { return try TemporalParts(.dateTime(now(.utc)))!.value(as: kind) }
        switch argument {
        case .null: return .null
        case .string(let text): return try kind.parse(text)
        case .map(let fields): return try TemporalConstruction.build(kind, from: fields, now: now)
        default:
            guard let parts = TemporalParts(argument) else { throw argumentTypeError(kind.rawValue, argument) }
            let key: String
            switch kind {
            case .date: key = "date"
            case .localTime, .time: key = "time"
            case .localDateTime, .dateTime: key = parts.time == nil ? "date" : "datetime"
            }
            return try TemporalConstruction.build(kind, from: [key: argument], now: now)
        }
    }

    private static let durationFunctions: [FunctionDefinition] = [
        ScalarFunctions.unary("duration") { value, _ in
            switch value {
            case .duration: return value
            case .string(let text): return .duration(try GraphDuration(iso8601: text))
            case .map(let fields):
                if fields.values.contains(where: \.isNull) { return .null }
                var builder = DurationBuilder()
                for (key, amount) in fields.sorted(by: { $0.key < $1.key }) {
                    guard let unit = DurationBuilder.Unit(rawValue: key) else {
                        throw ChainGraphError(.argumentError, .invalidArgumentValue,
                                              "duration() cannot take the field '\(key)'; it takes "
                                              + DurationBuilder.Unit.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    try builder.add(amount, unit)
                }
                return .duration(try builder.build())
            default: throw argumentTypeError("duration", value)
            }
        },
        between("duration.between", .all),
        between("duration.inMonths", .months),
        between("duration.inDays", .days),
        between("duration.inSeconds", .seconds),
    ]

    private static func between(_ name: String, _ unit: DurationBetween.Unit) -> FunctionDefinition {
        ScalarFunctions.function(name, 2...2) { arguments, _ in
            try DurationBetween.compute(arguments[0], arguments[1], in: unit, function: name)
        }
    }
}
