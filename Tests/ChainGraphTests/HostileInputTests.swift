import Foundation
import XCTest
@testable import ChainGraph

/// The hostile inputs of the reliability campaign (docs/reliability.md), one test each: each
/// must fail fast with a clear, positioned error, in bounded memory and time, and leave the
/// database as it was. XXE and billion laughs are in `GraphMLImportTests`, deeply nested
/// queries in `ParserGoldenTests`; plain integer overflow in `ExecutorTests`.
final class HostileInputTests: XCTestCase {
    /// Resident memory growth while `body` runs, in MiB (the process's, so a bound, not a measure).
    private func residentGrowth(_ body: () throws -> Void) rethrows -> Int {
        let before = ResidentMemory.current() ?? 0
        try body()
        return ((ResidentMemory.current() ?? 0) - before) >> 20
    }

    /// A file of `prefix` followed by zero bytes up to 1 GiB, without writing them (sparse):
    /// a gigabyte on one line.
    private func gigabyteFile(_ name: String, startingWith prefix: String) throws -> String {
        let path = try temporaryDirectory(self).appendingPathComponent(name).path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(prefix.utf8)))
        XCTAssertEqual(truncate(path, 1 << 30), 0)
        return path
    }

    func testQuadraticBlowupEntitiesAreRefusedBeforeAnyExpansion() throws {
        // One 100 KB entity used 100,000 times: 10 GB once expanded, from a 0.5 MB file.
        let entity = String(repeating: "a", count: 100_000)
        let uses = String(repeating: "&a;", count: 100_000)
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY a "\(entity)">]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
            <node id="n"><data key="d">\(uses)</data></node></graph></graphml>
            """
        let db = GraphDatabase()
        let started = ContinuousClock.now
        let growth = residentGrowth {
            let error = assertThrowsGraphError(.syntaxError, "DocumentTypeNotAllowed") {
                try db.importGraphML(text: text, name: "quadratic.graphml")
            }
            XCTAssertEqual(error?.position?.line, 2)
        }
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(5), "refused before libxml2 expands anything")
        XCTAssertLessThan(growth, 100)
        XCTAssertEqual(try db.snapshot.nodeCount, 0)
    }

    func testAGigabyteSingleLineGraphMLFileStopsAtTheTextLimit() throws {
        // A data value 20 MB long on the first line of a 1 GiB file: a text node past 10 MB is
        // refused (libxml2's limit without XML_PARSE_HUGE), so the import fails having read
        // about that much.
        let header = #"<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#
            + #"<key id="d" for="node" attr.name="name" attr.type="string"/><graph edgedefault="directed">"#
            + #"<node id="a"><data key="d">"#
        let path = try gigabyteFile("line.graphml", startingWith: header + String(repeating: "a", count: 20_000_000))
        let db = GraphDatabase()
        try db.execute("CREATE (:Material {name: 'acrylonitrile'})")
        let growth = try residentGrowth {
            let error = assertThrowsGraphError(.limitExceeded, "TextTooLong") { try db.importGraphML(from: path) }
            XCTAssertEqual(error?.position?.file, path)
            XCTAssertEqual(error?.position?.line, 1)
            XCTAssertGreaterThan(error?.position?.column ?? 0, 10_000_000, "the column where the text passed the limit")
            XCTAssertLessThan(error?.position?.column ?? .max, 10_400_000, "stopped within a chunk of the limit")
            XCTAssertEqual(try db.snapshot.nodeCount, 1, "nothing imported")
        }
        XCTAssertLessThan(growth, 500)
    }

    func testAGigabyteSingleLineCSVFileStopsAtTheRecordLimit() throws {
        XCTAssertEqual(CSVImportOptions().maximumRecordBytes, 16 << 20, "the default")
        let db = GraphDatabase()
        for (name, start) in [("unclosed.csv", "id:ID(Material),name\n1,\""), ("line.csv", "id:ID(Material),name\n1,")] {
            let path = try gigabyteFile(name, startingWith: start)
            let growth = residentGrowth {
                let error = assertThrowsGraphError(.limitExceeded, "RecordTooLong") {
                    try db.importCSV(nodes: [CSVSource(path, name: "Material")],
                                     options: CSVImportOptions(maximumRecordBytes: 1 << 20))
                }
                XCTAssertEqual(error?.position?.file, path)
                XCTAssertEqual(error?.position?.line, 2, "the record that is too long")
                XCTAssertEqual(error?.position?.column, 1)
            }
            XCTAssertLessThan(growth, 200, name)
            XCTAssertEqual(try db.snapshot.nodeCount, 0, "nothing imported")
        }
    }

    /// 13 layers of 10 nodes, every node linked to every node of the next layer: 10¹² paths
    /// from a first-layer node to the last layer.
    private func trillionPathGraph() throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.execute("UNWIND range(0, 12) AS layer UNWIND range(0, 9) AS i CREATE (:Layer {layer: layer, i: i})")
        try db.execute("MATCH (a:Layer), (b:Layer) WHERE b.layer = a.layer + 1 CREATE (a)-[:NEXT]->(b)")
        XCTAssertEqual(try db.execute("MATCH ()-[r:NEXT]->() RETURN count(r)").scalar, 1_200)
        return db
    }

    func testAQueryOverATrillionPathsStopsAtItsLimits() throws {
        let db = try trillionPathGraph()
        let query = "MATCH (start:Layer {layer: 0, i: 0})\nMATCH p = (start)-[:NEXT*]->(end)\nRETURN count(p)"
        // count(p) holds nothing, so only time stops it; collect(p) holds a value per row.
        let collecting = query.replacingOccurrences(of: "count(p)", with: "collect(p)")
        let rows = assertThrowsGraphError(.limitExceeded, "TooManyRows") {
            try db.execute(collecting, options: QueryOptions(maximumRows: 20_000))
        }
        XCTAssertEqual(rows?.position?.description, "2:1", "the clause that ran away")
        let started = ContinuousClock.now
        let timeout = assertThrowsGraphError(.limitExceeded, "Timeout") {
            try db.execute(query, options: QueryOptions(maximumRows: .max, timeout: .milliseconds(300)))
        }
        XCTAssertEqual(timeout?.position?.line, 2)
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(10))
        assertThrowsGraphError(.limitExceeded, "MemoryLimit") {
            try db.execute(collecting, options: QueryOptions(maximumRows: .max, maximumMemory: 64 << 20))
        }
        // Unbounded patterns stop at the path length limit even where rows would not run out.
        assertThrowsGraphError(.limitExceeded, "PathTooLong") {
            try db.execute("MATCH (a:Layer {layer: 0, i: 0})-[:NEXT*]->(b) RETURN count(*)",
                           options: QueryOptions(maximumRows: .max, maximumPathLength: 2))
        }
    }

    func testCatastrophicRegexBacktrackingStopsAtTheTimeLimit() throws {
        let db = GraphDatabase()
        // (a|aa)+ against sixty a's and a '!' costs ICU about a second of backtracking (0.8–1.2 s
        // measured, docs/reliability.md) before it answers false: far past the limits below.
        let text = String(repeating: "a", count: 60) + "!"
        let started = ContinuousClock.now
        let error = assertThrowsGraphError(.limitExceeded, "Timeout") {
            try db.execute("RETURN $text =~ '(a|aa)+' AS matched", parameters: ["text": .string(text)],
                           options: QueryOptions(timeout: .milliseconds(200)))
        }
        XCTAssertNotNil(error?.position)
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(10), "stopped inside the match, not after it")
        let handle = CancellationHandle()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) { handle.cancel() }
        assertThrowsGraphError(.limitExceeded, "Cancelled") {
            try db.execute("RETURN $text =~ '(a|aa)+' AS matched", parameters: ["text": .string(text)],
                           options: QueryOptions(cancellation: handle))
        }
        // Without a time limit, the backtracking budget stops it.
        let budget = assertThrowsGraphError(.limitExceeded, "RegexTooComplex") {
            try db.execute("RETURN $text =~ '(a|aa)+' AS matched", parameters: ["text": .string(text)],
                           options: QueryOptions(maximumRegexBacktracking: 1_000_000))
        }
        XCTAssertEqual(budget?.position?.description, "1:8")
        XCTAssertEqual(QueryOptions().maximumRegexBacktracking, 100_000_000, "the default")
        // The same pattern on a short string still answers.
        XCTAssertEqual(try db.execute("RETURN 'aaaa!' =~ '(a|aa)+' AS m").scalar, false)
        XCTAssertEqual(try db.execute("RETURN 'aaaa' =~ '(a|aa)+' AS m").scalar, true)
    }

    func testAPatternPerRowDoesNotGrowTheRegexCacheWithoutBound() throws {
        let db = GraphDatabase()
        let matched = try db.execute("UNWIND range(1, 2500) AS i RETURN count(CASE WHEN toString(i) =~ ('0*' + toString(i)) THEN 1 END)")
        XCTAssertEqual(matched.scalar, 2_500, "every distinct pattern still matches")
        XCTAssertLessThanOrEqual(RegexCache.count, RegexCache.capacity)
    }

    func testIntegerOverflowInArithmeticAggregatesAndPathBounds() {
        let db = GraphDatabase()
        for query in ["RETURN -9223372036854775808 / -1", "RETURN 9223372036854775807 * 2",
                      "RETURN abs(-9223372036854775808)", "UNWIND [9223372036854775807, 1] AS x RETURN sum(x)"] {
            assertThrowsGraphError(.argumentError, "IntegerOverflow") { try db.execute(query) }
        }
        for bound in ["*1..9223372036854775807", "*1..99999999999999999999", "*2147483648"] {
            let error = assertThrowsGraphError(.syntaxError, "IntegerOverflow") {
                try db.execute("MATCH (a)-[\(bound)]->(b) RETURN count(*)")
            }
            XCTAssertNotNil(error?.position, bound)
        }
        assertThrowsGraphError(.syntaxError, "InvalidRelationshipPattern") {
            try db.execute("MATCH (a)-[*-1..2]->(b) RETURN count(*)")
        }
        assertThrowsGraphError(.limitExceeded, "ListTooLarge") {
            try db.execute("RETURN range(-9223372036854775808, 9223372036854775807)")
        }
        XCTAssertEqual(try db.execute("RETURN size(range(1, 9223372036854775807, 4611686018427387904)) AS n").scalar, 2)
    }

    func testValuesThatWouldOutgrowMemoryAreRefusedBeforeTheyAreBuilt() throws {
        let db = GraphDatabase()
        let options = QueryOptions(maximumMemory: 64 << 20)
        let growth = residentGrowth {
            // Doubling: 2³⁶ characters.
            let doubled = assertThrowsGraphError(.limitExceeded, "MemoryLimit") {
                try db.execute("CREATE (:Marker) WITH 1 AS one\nRETURN size(reduce(s = 'x', i IN range(1, 36) | s + s))",
                               options: options)
            }
            XCTAssertEqual(doubled?.position?.line, 2)
            // A list that doubles.
            assertThrowsGraphError(.limitExceeded, "MemoryLimit") {
                try db.execute("RETURN size(reduce(l = [1], i IN range(1, 40) | l + l))", options: options)
            }
            // replace() multiplying a 1 MB text by itself: 1 TB.
            assertThrowsGraphError(.limitExceeded, "MemoryLimit") {
                try db.execute("WITH reduce(s = 'a', i IN range(1, 20) | s + s) AS s RETURN size(replace(s, 'a', s))",
                               options: options)
            }
            // A list too large for the limit: refused before range() builds it.
            let list = assertThrowsGraphError(.limitExceeded, "MemoryLimit") {
                try db.execute("RETURN size(range(1, 10000000))", options: options)
            }
            XCTAssertTrue(list?.message.hasPrefix("range()'s list would take") == true, "\(String(describing: list))")
            // Up to sixteen million kilobyte strings collected (more than any heap earlier tests left
            // free), from small lists: stopped by the growth check. (A count of them holds nothing.)
            var unboundedRows = options
            unboundedRows.maximumRows = .max
            let rows = assertThrowsGraphError(.limitExceeded, "MemoryLimit") {
                try db.execute("""
                    WITH reduce(s = '', x IN range(1, 100) | s + '0123456789') AS kilobyte
                    UNWIND range(1, 4000) AS i UNWIND range(1, 4000) AS j RETURN size(collect(kilobyte + toString(i) + '-' + toString(j)))
                    """, options: unboundedRows)
            }
            XCTAssertTrue(rows?.message.hasPrefix("the query grew the process") == true, "\(String(describing: rows))")
        }
        XCTAssertLessThan(growth, 1_024)
        XCTAssertEqual(try db.execute("MATCH (m:Marker) RETURN count(m)").scalar, 0, "the failed statement changed nothing")
        XCTAssertEqual(try db.execute("RETURN size(reduce(s = 'x', i IN range(1, 10) | s + s)) AS n", options: options).scalar,
                       1_024, "small values are fine")
    }

    func testALimitStopsAWriteAndRollsItBack() throws {
        let db = GraphDatabase()
        assertThrowsGraphError(.limitExceeded, "Timeout") {
            try db.execute("UNWIND range(1, 1000000) AS i CREATE (:N {i: i})", options: QueryOptions(timeout: .milliseconds(100)))
        }
        let grown = assertThrowsGraphError(.limitExceeded, "MemoryLimit") {
            try db.execute("""
                UNWIND range(1, 1000) AS i CREATE (:N {i: i})
                WITH count(*) AS created, reduce(s = '', x IN range(1, 100) | s + '0123456789') AS kilobyte
                UNWIND range(1, 4000) AS j UNWIND range(1, 4000) AS k
                RETURN size(collect(kilobyte + toString(j) + 'x' + toString(k)))
                """, options: QueryOptions(maximumRows: .max, maximumMemory: 32 << 20))
        }
        XCTAssertTrue(grown?.message.hasPrefix("the query grew the process") == true, "\(String(describing: grown))")
        XCTAssertEqual(try db.execute("MATCH (n) RETURN count(n)").scalar, 0)
    }
}
