import XCTest
@testable import chaingraph

final class CompleterTests: XCTestCase {
    private let completer = Completer(
        labels: { ["Material", "Enterprise"] }, edgeTypes: { ["FEEDS", "PRODUCES"] },
        properties: { ["name", "aliases", "capacity"] }, entityNames: { ["industrial silicon", "Quzhou", "衢州"] })

    func testKeywordsKeepTheTypedCase() {
        XCTAssertEqual(completer.complete("MATC").insertion, "H")
        XCTAssertEqual(completer.complete("MAT").candidates, ["MATCH", "Material"], "keywords and labels")
        XCTAssertEqual(completer.complete("matc").insertion, "h")
        XCTAssertEqual(completer.complete("OPT").insertion, "IONAL")
    }

    func testLabelsAfterAColonAndPropertiesAfterADot() {
        XCTAssertEqual(completer.complete("MATCH (m:Mat").insertion, "erial")
        XCTAssertEqual(completer.complete("MATCH ()-[:PRO").insertion, "DUCES")
        XCTAssertEqual(completer.complete("RETURN m.al").insertion, "iases")
        XCTAssertEqual(completer.complete("RETURN m.").candidates, ["aliases", "capacity", "name"])
    }

    func testProceduresAfterCallAndCommandsAtTheStart() {
        XCTAssertEqual(completer.complete("CALL downs").insertion, "tream")
        XCTAssertEqual(completer.complete(":sch").insertion, "ema")
        XCTAssertEqual(completer.complete(":").candidates.count, Completer.commands.count)
    }

    func testNamesAndAliasesInsideQuotes() {
        XCTAssertEqual(completer.complete("CALL downstream('indus").insertion, "trial silicon")
        XCTAssertEqual(completer.complete("MATCH (c {name: 'Qu").insertion, "zhou")
        XCTAssertEqual(completer.complete("MATCH (c {name: '衢").insertion, "州")
    }

    func testSeveralMatchesInsertTheirCommonPrefix() {
        let completion = Completer.completion(of: "po", among: ["polysilicon", "polyacrylonitrile", "prepreg"])
        XCTAssertEqual(completion.insertion, "ly")
        XCTAssertEqual(completion.candidates, ["polyacrylonitrile", "polysilicon"])
        XCTAssertEqual(Completer.completion(of: "zz", among: ["a"]), .init(insertion: "", candidates: []))
    }
}
