import ChainGraph
import XCTest

/// Aggregation keeps a running state per group, not the group's rows.
final class AggregateAccumulatorTests: XCTestCase {
    func testCountingHoldsNothingWhileCollectingCountsAgainstTheRowLimit() throws {
        let db = GraphDatabase()
        let options = QueryOptions(maximumRows: 1_000)
        XCTAssertEqual(try db.execute("UNWIND range(1, 50000) AS i RETURN count(i) AS n, sum(i) AS s, max(i % 7) AS m",
                                      options: options).rows, [[50_000, 1_250_025_000, 6]])
        XCTAssertEqual(try db.execute("UNWIND range(1, 50000) AS i RETURN i % 3 AS g, count(*) AS n ORDER BY g", options: options).rows,
                       [[0, 16_666], [1, 16_667], [2, 16_667]])
        XCTAssertThrowsError(try db.execute("UNWIND range(1, 50000) AS i RETURN collect(i) AS all", options: options)) { error in
            XCTAssertEqual((error as? ChainGraphError)?.code, "TooManyRows")
        }
        XCTAssertThrowsError(try db.execute("UNWIND range(1, 50000) AS i RETURN count(DISTINCT i) AS n", options: options),
                             "values seen under DISTINCT are held")
        XCTAssertThrowsError(try db.execute("UNWIND range(1, 50000) AS i RETURN i AS g, count(*) AS n", options: options),
                             "groups are held")
    }

    func testAggregatesOverEmptyInputAndNulls() throws {
        let db = GraphDatabase()
        XCTAssertEqual(try db.execute("MATCH (n:None) RETURN count(*) AS c, count(n) AS d, sum(n.x) AS s, avg(n.x) AS a, collect(n) AS l, min(n.x) AS m")
            .rows, [[0, 0, 0, nil, [], nil]])
        XCTAssertEqual(try db.execute("MATCH (n:None) RETURN n.k AS k, count(*) AS c").rows, [], "no groups without rows")
        XCTAssertEqual(try db.execute("UNWIND [1, null, 2.5, 1] AS x RETURN count(x), count(DISTINCT x), sum(x), avg(x), min(x), max(x)")
            .rows, [[3, 2, 4.5, 1.5, 1, 2.5]])
        XCTAssertEqual(try db.execute("UNWIND [3, 1, 2] AS x RETURN percentileDisc(x, 0.5), percentileCont(x, 0.25), stDevP(x)")
            .rows.first?.prefix(2).map { $0 }, [2, 1.5])
    }

    func testDurationsSumAndAverage() throws {
        let row = try GraphDatabase().execute("""
            UNWIND [duration('P1D'), duration('PT12H'), null, duration('P2D')] AS d RETURN sum(d) AS total, avg(d) AS mean
            """).rows[0]
        XCTAssertEqual(row.map { $0.temporalText }, ["P3DT12H", "P1DT4H"])
        XCTAssertThrowsError(try GraphDatabase().execute("UNWIND [duration('P1D'), 1] AS d RETURN sum(d)"))
        XCTAssertThrowsError(try GraphDatabase().execute("UNWIND [1, duration('P1D')] AS d RETURN sum(d)"))
    }

    /// DISTINCT keeps integers apart from other values until one comes, then equates them as
    /// Cypher does (`1` and `1.0` are one value), in either order.
    func testDistinctIntegersAndOtherValuesAreOneSetOfValues() throws {
        let db = GraphDatabase()
        let cases: [(String, Int64)] = [
            ("[1, 2, 2, 1.0, 3.5, 3]", 4), ("[1.0, 1, 2]", 2), ("[1, 2, 3, 3, 2]", 3), ("['1', 1, 1.0, null]", 2),
            ("[9007199254740993, 9007199254740992]", 2),
        ]
        for (list, expected) in cases {
            XCTAssertEqual(try db.execute("UNWIND \(list) AS x RETURN count(DISTINCT x)").scalar, .int(expected), list)
        }
        XCTAssertEqual(try db.execute("UNWIND [3, 1, 3, 2.0, 2] AS x RETURN size(collect(DISTINCT x))").scalar, 3)
    }
}
