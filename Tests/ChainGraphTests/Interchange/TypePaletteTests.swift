@testable import ChainGraph
import XCTest

final class TypePaletteTests: XCTestCase {
    func testTwentyTypesGetTwentyColoursBySortedName() {
        let types = (1...20).map { "Type\(String(format: "%02d", $0))" }
        let palette = TypePalette(types: types.reversed())
        XCTAssertEqual(Set(types.map { palette.colour(for: [$0]) }).count, 20)
        XCTAssertEqual(palette.colour(for: ["Type01"]), TypePalette.colours[0], "colours follow the sorted names")
        XCTAssertEqual(palette.colour(for: []), "#EEEEEE")
    }

    func testTheSeedGraphsFifteenTypesAllDiffer() throws {
        let seedTypes = ["Agency", "Alliance", "Article", "Cluster", "Enterprise", "Event", "Industry", "IndustrialPark",
                         "Institute", "Material", "Person", "Policy", "Product", "Region", "Target", "Zone"]
        let palette = TypePalette(types: seedTypes)
        XCTAssertEqual(Set(seedTypes.map { palette.colour(for: [$0]) }).count, seedTypes.count)
    }
}
