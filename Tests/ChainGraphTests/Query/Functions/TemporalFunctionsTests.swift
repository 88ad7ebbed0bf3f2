import ChainGraph
import XCTest

/// The temporal functions and operators, through Cypher.
final class TemporalFunctionsTests: XCTestCase {
    private func texts(_ query: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let row = try XCTUnwrap(try GraphDatabase().execute(query).rows.first, file: file, line: line)
        return row.map { $0.temporalText ?? $0.description }
    }

    func testConstructorsReadMapsStringsAndOtherTemporalValues() throws {
        XCTAssertEqual(try texts("""
            RETURN date({year: 1984, week: 10, dayOfWeek: 3}), date({year: 1984, ordinalDay: 202}),
                   date({year: 1984, quarter: 3, dayOfQuarter: 45}), date({date: date('1816-12-31'), week: 2}),
                   localtime({hour: 12, minute: 31, second: 14, nanosecond: 789, millisecond: 123, microsecond: 456}),
                   time({hour: 12, timezone: '+01:00'}), localdatetime('2015-W30-2T214032.142'),
                   datetime({year: 2017, month: 8, day: 8, hour: 12, timezone: 'Europe/Stockholm'}),
                   datetime({epochMillis: 1500000000123}), date(datetime('2015-07-21T21:40:32+01:00')),
                   time(datetime('2015-07-21T21:40:32+01:00')), datetime(localdatetime('2015-07-21T21:40'))
            """), ["1984-03-07", "1984-07-20", "1984-08-14", "1817-01-07", "12:31:14.123456789", "12:00+01:00",
                   "2015-07-21T21:40:32.142", "2017-08-08T12:00+02:00[Europe/Stockholm]", "2017-07-14T02:40:00.123Z",
                   "2015-07-21", "21:40:32+01:00", "2015-07-21T21:40Z"])
        // A zoned base given a new zone keeps its instant.
        XCTAssertEqual(try texts("RETURN datetime({datetime: datetime('2015-07-21T21:40+01:00'), timezone: '+05:00'})"),
                       ["2015-07-22T01:40+05:00"])
    }

    func testTheClockIsTheStatementsAndNullsPropagate() throws {
        let row = try GraphDatabase().execute("""
            UNWIND range(1, 3) AS i RETURN collect(DISTINCT datetime()) AS instants, date() = date.statement() AS same,
                   datetime.realtime() >= datetime.statement() AS later, date(null) IS NULL AS nullDate
            """).rows[0]
        XCTAssertEqual(row[0].listValue?.count, 1, "every row sees the same clock")
        XCTAssertEqual(Array(row[1...]), [true, true, true])
    }

    func testFieldsOfInstantsAndDurations() throws {
        XCTAssertEqual(try GraphDatabase().execute("""
            WITH datetime('2017-10-29T02:30:15.123456789+01:00[Europe/Stockholm]') AS d, duration('P1Y2M10DT12H45M30.25S') AS p
            RETURN d.year, d.quarter, d.week, d.weekYear, d.dayOfWeek, d.ordinalDay, d.hour, d.millisecond, d.microsecond,
                   d.nanosecond, d.timezone, d.offset, d.offsetMinutes, d.epochSeconds, p.years, p.months, p.monthsOfYear,
                   p.days, p.hours, p.minutesOfHour, p.seconds, p.millisecondsOfSecond
            """).rows[0], [2017, 4, 43, 2017, 7, 302, 2, 123, 123_456, 123_456_789, "Europe/Stockholm", "+01:00", 60,
                           1_509_240_615, 1, 14, 2, 10, 12, 45, 45_930, 250])
    }

    func testArithmeticAddsMonthsThenDaysThenSeconds() throws {
        XCTAssertEqual(try texts("""
            RETURN date('2024-01-31') + duration({months: 1}), date('2020-01-01') - duration('P1D'),
                   localtime('23:30') + duration('PT1H'), localdatetime('2024-02-28T23:00') + duration('P1DT2H'),
                   datetime('2017-10-29T01:30+02:00[Europe/Stockholm]') + duration({hours: 1}),
                   duration({days: 1, hours: 12}) * 2, duration({hours: 1}) / 4, -duration('P1D'),
                   duration('P1M') + duration('PT30S'), 0.5 * duration('P1D'),
                   date('1984-10-11') + duration({years: 12.5, months: 5.5, days: 14.5, hours: 16.5}),
                   duration({years: 12, months: 5, days: 14, hours: 16, minutes: 12, seconds: 70, nanoseconds: 1}) / 2
            """), ["2024-02-29", "2019-12-31", "00:30", "2024-03-01T01:00",
                   "2017-10-29T02:30+02:00[Europe/Stockholm]", "P2DT24H", "PT15M", "P-1D", "P1MT30S", "PT12H",
                   "1997-10-11", "P6Y2M22DT13H21M8S"])
    }

    func testComparisonIsWithinOneTypeAndByInstant() throws {
        XCTAssertEqual(try GraphDatabase().execute("""
            RETURN time('12:00+01:00') = time('11:00Z'), datetime('2017-10-29T04:00+01:00') < datetime('2017-10-29T03:30Z'),
                   localtime('10:00') < localtime('10:00:00.000000001'), date('2020-01-01') < localdatetime('2020-01-01T00:00'),
                   duration('P1D') < duration('P2D'), duration('P1D') = duration('PT24H')
            """).rows[0], [true, true, true, nil, nil, false])
    }

    func testTruncationCutsToTheUnitThenAppliesTheFields() throws {
        XCTAssertEqual(try texts("""
            WITH datetime('2017-10-11T12:31:14.645876123+01:00') AS d
            RETURN datetime.truncate('millennium', d, {day: 2}), date.truncate('week', d, {dayOfWeek: 2}),
                   localtime.truncate('minute', d), time.truncate('hour', d), localdatetime.truncate('quarter', d),
                   datetime.truncate('weekYear', d, {timezone: 'Europe/Stockholm'}), localtime.truncate('millisecond', d)
            """), ["2000-01-02T00:00+01:00", "2017-10-10", "12:31", "12:00+01:00", "2017-10-01T00:00",
                   "2017-01-02T00:00+01:00[Europe/Stockholm]", "12:31:14.645"])
    }

    func testDurationBetweenCountsMonthsThenDaysThenSeconds() throws {
        XCTAssertEqual(try texts("""
            RETURN duration.between(date('1984-10-11'), date('2015-06-24')),
                   duration.between(localdatetime('2018-01-02T10:00:00.1'), localdatetime('2018-01-01T10:00:00.2')),
                   duration.between(datetime('2014-07-21T21:40:36.143+0200'), datetime('2015-07-21T21:40:32.142+0100')),
                   duration.between(localdatetime('2015-07-21T21:40:32.142'), date('2015-06-24')),
                   duration.between(time('14:30'), time('16:30+0100')),
                   duration.between(datetime('2017-10-28T23:00+02:00[Europe/Stockholm]'), datetime('2017-10-29T04:00+01:00[Europe/Stockholm]')),
                   duration.inMonths(date('2018-03-11'), date('2016-06-24')), duration.inDays(date('1984-10-11'), date('2015-06-24')),
                   duration.inSeconds(date('1984-10-11'), localtime('16:30')), duration.inMonths(localtime('14:30'), date('2015-06-24')),
                   duration.inSeconds(datetime({year: 2017, month: 10, day: 29, timezone: 'Europe/Stockholm'}), localtime('04:00'))
            """), ["P30Y8M13D", "PT-23H-59M-59.9S", "P1YT59M55.999S", "P-27DT-21H-40M-32.142S", "PT1H", "PT6H",
                   "P-1Y-8M", "P11213D", "PT16H30M", "PT0S", "PT5H"])
    }

    func testBadTemporalInputIsAClearErrorWithItsPosition() throws {
        let db = GraphDatabase()
        let cases: [(String, String, String)] = [
            ("RETURN\n  date('2015-13-01')", "InvalidDate", "2:3"),
            ("RETURN localtime('25:00')", "InvalidTemporalValue", "1:8"),
            ("RETURN datetime({year: 2020, timezone: 'Mars/Olympus'})", "UnknownTimeZone", "1:8"),
            ("RETURN date({year: 2020, hour: 3})", "InvalidArgumentValue", "1:8"),
            ("RETURN duration({weeks: 'two'})", "InvalidTemporalValue", "1:8"),
            ("RETURN date('2020-01-01').hour", "InvalidArgumentValue", "1:8"),
            ("RETURN date.truncate('fortnight', date('2020-01-01'))", "InvalidArgumentValue", "1:8"),
            ("RETURN duration('P1D') / 0", "DivisionByZero", "1:8"),
        ]
        for (query, code, position) in cases {
            XCTAssertThrowsError(try db.execute(query), query) { error in
                let failure = error as? ChainGraphError
                XCTAssertEqual(failure?.code, code, "\(query): \(error)")
                XCTAssertEqual(failure?.position.map { "\($0.line):\($0.column)" }, position, "\(query): \(error)")
            }
        }
    }
}
