@testable import ChainGraph
import XCTest

final class TemporalValueTests: XCTestCase {
    func testLocalTimesPrintTheShortestFractionGroupAndReadBack() throws {
        let cases: [(String, String)] = [
            ("12:31:14.645876123", "12:31:14.645876123"), ("12:31:14.645876", "12:31:14.645876"),
            ("12:31:14.645", "12:31:14.645"), ("12:31:14.5", "12:31:14.500"), ("12:31:14", "12:31:14"),
            ("12:31", "12:31"), ("12", "12:00"), ("123114", "12:31:14"), ("12:31:00.000000001", "12:31:00.000000001"),
        ]
        for (text, printed) in cases {
            XCTAssertEqual(try GraphLocalTime(iso8601: text).description, printed, text)
        }
        for bad in ["24:00", "12:60", "12:3", "noon", "12:31:14.", "12:31:14.1234567891"] {
            assertThrowsGraphError(.argumentError, "InvalidTemporalValue") { try GraphLocalTime(iso8601: bad) }
        }
    }

    func testTimesCompareByInstantAndKeepTheirOffset() throws {
        let berlin = try GraphTime(iso8601: "12:00+01:00"), utc = try GraphTime(iso8601: "11:00Z")
        XCTAssertEqual(berlin, utc)
        XCTAssertEqual(berlin.hashValue, utc.hashValue)
        XCTAssertEqual(berlin.description, "12:00+01:00")
        XCTAssertLessThan(try GraphTime(iso8601: "12:35:15+05:00"), try GraphTime(iso8601: "10:35-08:00"))
        XCTAssertEqual(try GraphTime(iso8601: "10:00+0530").offsetSeconds, 19_800)
        XCTAssertEqual(try GraphTime(iso8601: "10:00").description, "10:00Z", "a time without an offset is UTC")
        assertThrowsGraphError(.argumentError, "InvalidTemporalValue") { try GraphTime(iso8601: "10:00+19:00") }
    }

    func testDatesReadCalendarWeekAndOrdinalForms() throws {
        let cases: [(String, String)] = [
            ("2015-07-21", "2015-07-21"), ("20150721", "2015-07-21"), ("2015-07", "2015-07-01"), ("2015", "2015-01-01"),
            ("2015-W30-2", "2015-07-21"), ("2015W302", "2015-07-21"), ("2015-W30", "2015-07-20"), ("2015-202", "2015-07-21"),
            ("1817-W01", "1816-12-30"), ("+10000-01-01", "+10000-01-01"), ("-0044-03-15", "-0044-03-15"),
        ]
        for (text, printed) in cases {
            var scanner = TemporalScanner(text)
            XCTAssertEqual(try scanner.date().description, printed, text)
            XCTAssertTrue(scanner.isAtEnd, text)
        }
        let date = try GraphDate(iso8601: "1816-12-31")
        XCTAssertEqual([date.weekYear, date.week, date.dayOfWeek, date.ordinalDay, date.quarter, date.dayOfQuarter],
                       [1817, 1, 2, 366, 4, 92])
        XCTAssertEqual(try GraphDate(weekYear: 1818, week: 53, dayOfWeek: 1).description, "1818-12-28")
        assertThrowsGraphError(.argumentError, "InvalidDate") { try GraphDate(weekYear: 1819, week: 53, dayOfWeek: 1) }
        XCTAssertEqual(try GraphDate(iso8601: "2024-01-31").adding(months: 1).description, "2024-02-29")
    }

    func testDateTimesInNamedZonesFollowTheZoneRules() throws {
        let summer = try GraphDateTime(iso8601: "2017-08-08T12:31:14.645876123[Europe/Stockholm]")
        XCTAssertEqual(summer.description, "2017-08-08T12:31:14.645876123+02:00[Europe/Stockholm]")
        // 02:30 on 2017-03-26 does not exist in Stockholm: the clock moves forward by the gap.
        let skipped = GraphDateTime(local: try GraphLocalDateTime(iso8601: "2017-03-26T02:30"), zone: .named("Europe/Stockholm"))
        XCTAssertEqual(skipped.description, "2017-03-26T03:30+02:00[Europe/Stockholm]")
        // 02:30 on 2017-10-29 occurs twice: the earlier offset, unless the text gives the later one.
        XCTAssertEqual(try GraphDateTime(iso8601: "2017-10-29T02:30[Europe/Stockholm]").offsetSeconds, 7200)
        XCTAssertEqual(try GraphDateTime(iso8601: "2017-10-29T02:30+01:00[Europe/Stockholm]").offsetSeconds, 3600)
        XCTAssertEqual(try GraphDateTime(iso8601: "2017-10-29T04:00+01:00"), try GraphDateTime(iso8601: "2017-10-29T03:00Z"))
        assertThrowsGraphError(.argumentError, "UnknownTimeZone") { try GraphDateTime(iso8601: "2017-10-29T04:00[Mars/Olympus]") }
        XCTAssertEqual(GraphDateTime(epochSeconds: 0, zone: .offset(-3600)).description, "1969-12-31T23:00-01:00")
    }

    func testDurationsPrintEachPartWithItsSignAndReadBack() throws {
        let cases: [(GraphDuration, String)] = [
            (try GraphDuration(months: 149, days: 14, seconds: 58_390, nanoseconds: 1), "P12Y5M14DT16H13M10.000000001S"),
            (try GraphDuration(months: 149, days: -14, seconds: 57_600), "P12Y5M-14DT16H"),
            (try GraphDuration(seconds: 2, nanoseconds: -1_000_000), "PT1.999S"),
            (try GraphDuration(seconds: -2, nanoseconds: 1_000_000), "PT-1.999S"),
            (try GraphDuration(seconds: -60, nanoseconds: -1_000_000), "PT-1M-0.001S"),
            (try GraphDuration(days: 1, nanoseconds: -1_000_000), "P1DT-0.001S"),
            (.zero, "PT0S"),
        ]
        for (duration, printed) in cases {
            XCTAssertEqual(duration.description, printed)
            XCTAssertEqual(try GraphDuration(iso8601: printed), duration, printed)
        }
        let negative = try GraphDuration(seconds: -1, nanoseconds: -500_000_000)
        XCTAssertEqual([negative.seconds, negative.nanoseconds], [-2, 500_000_000], "seconds round down, nanoseconds are positive")
        XCTAssertEqual(try GraphDuration(iso8601: "P0.75M").description, "P22DT19H51M49.5S", "a fraction of a month at its average length")
        XCTAssertEqual(try GraphDuration(iso8601: "P2W").days, 14)
        XCTAssertEqual(try GraphDuration(iso8601: "P2012-02-02T14:37:21.545").description, "P2012Y2M2DT14H37M21.545S")
        XCTAssertEqual(try GraphDuration(iso8601: "P12.5Y").description, "P12Y6M", "whole months of a fractional year stay months")
        XCTAssertEqual(try GraphDuration(iso8601: "P2.5W").description, "P17DT12H")
        for bad in ["P", "1D", "PT1D", "P1H", "P1S1M", "PxD"] {
            assertThrowsGraphError(.argumentError, "InvalidTemporalValue") { try GraphDuration(iso8601: bad) }
        }
    }

    func testTemporalValuesKeepAValueSmallAndOrderAsOpenCypherSays() throws {
        XCTAssertLessThanOrEqual(MemoryLayout<Value>.size, 17, "large temporal payloads are boxed")
        let values: [Value] = [
            .duration(try GraphDuration(days: 1)), .localTime(try GraphLocalTime(iso8601: "10:00")),
            .time(try GraphTime(iso8601: "10:00Z")), .date(try GraphDate(iso8601: "2020-01-01")),
            .localDateTime(try GraphLocalDateTime(iso8601: "2020-01-01T10:00")),
            .dateTime(try GraphDateTime(iso8601: "2020-01-01T10:00Z")), "text", 1,
        ]
        let sorted = values.sorted { Value.orderCompare($0, $1) < 0 }.map(\.typeName)
        XCTAssertEqual(sorted, ["DATETIME", "LOCALDATETIME", "DATE", "TIME", "LOCALTIME", "DURATION", "STRING", "INT64"])
        XCTAssertNil(Value.cypherCompare(.duration(try GraphDuration(days: 1)), .duration(try GraphDuration(seconds: 86_400))),
                     "durations do not compare with <")
    }

    func testJSONTextNamesTheTypeAndReadsBack() throws {
        let values: [Value] = [
            .date(try GraphDate(iso8601: "2024-05-01")), .localTime(try GraphLocalTime(iso8601: "06:30")),
            .time(try GraphTime(iso8601: "08:00+08:00")), .localDateTime(try GraphLocalDateTime(iso8601: "2024-05-01T06:30")),
            .dateTime(try GraphDateTime(iso8601: "2023-05-18T09:30+08:00[Asia/Shanghai]")),
            .duration(try GraphDuration(iso8601: "P1M15DT0.5S")),
        ]
        XCTAssertEqual(values[4].jsonText, #"{"$datetime":"2023-05-18T09:30+08:00[Asia/Shanghai]"}"#)
        for value in values {
            XCTAssertEqual(try Value(jsonText: value.jsonText).temporalText, value.temporalText, value.jsonText)
        }
        XCTAssertThrowsError(try Value(jsonText: #"{"$duration":"one day"}"#))
        XCTAssertEqual(try Value(jsonText: #"{"$unknown":"x"}"#), .map(["$unknown": "x"]))
    }

    func testCodecRoundTripsTemporalValues() throws {
        let properties: [(String, Value)] = [
            ("t", .localTime(try GraphLocalTime(iso8601: "23:59:59.999999999"))),
            ("tz", .time(try GraphTime(iso8601: "08:00-05:30"))),
            ("ldt", .localDateTime(try GraphLocalDateTime(iso8601: "-0044-03-15T12:00"))),
            ("dt", .dateTime(try GraphDateTime(iso8601: "2017-10-29T02:30+01:00[Europe/Stockholm]"))),
            ("fixed", .dateTime(try GraphDateTime(iso8601: "2024-02-29T23:00+08:00"))),
            ("d", .duration(try GraphDuration(iso8601: "P-1Y2M-3DT4H-5M6.007S"))),
            ("list", .list([.duration(try GraphDuration(days: 1)), .duration(.zero)])),
        ]
        let decoded = try ValueCodec.decodeProperties(ValueCodec.encode(properties))
        for ((name, value), (decodedName, decodedValue)) in zip(properties, decoded) {
            XCTAssertEqual(name, decodedName)
            XCTAssertEqual(decodedValue.temporalText ?? decodedValue.description, value.temporalText ?? value.description, name)
        }
        var damaged = [UInt8](ValueCodec.encode([("t", .localTime(try GraphLocalTime(iso8601: "10:00")))]))
        damaged.removeLast(1)
        damaged += [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]
        assertThrowsGraphError(.storageError, "CorruptRecord") { try ValueCodec.decodeProperties(Data(damaged)) }
    }
}
