import ChainGraph
import XCTest

final class DurationDisplayTests: XCTestCase {
    func testDurationsReadInMicrosecondsMillisecondsOrSeconds() {
        XCTAssertEqual(Duration.nanoseconds(100_540).displayText, "101 µs")
        XCTAssertEqual(Duration.microseconds(4_560).displayText, "4.56 ms")
        XCTAssertEqual(Duration.milliseconds(123).displayText, "123.0 ms")
        XCTAssertEqual(Duration.milliseconds(4_560).displayText, "4.56 s")
    }

    func testProfileLinesUseThem() throws {
        let plan = try GraphDatabase().execute("PROFILE UNWIND range(1, 3) AS i RETURN i").plan ?? ""
        XCTAssertFalse(plan.contains("seconds"), plan)
        XCTAssertTrue(plan.contains(" µs") || plan.contains(" ms"), plan)
    }
}
