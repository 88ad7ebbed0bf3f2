import ChainGraph
import XCTest
@testable import chaingraph

/// `:why NAME`: each provenance entry of a node and of the edges leaving it, with the
/// sentence of the article when the article is at hand.
final class WhyCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("why-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Title\n\nAcrylonitrile feeds PAN filament. Yangqu Industrial Park hosts the chain.\n".utf8)
            .write(to: folder.appendingPathComponent("article.txt"))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func session() throws -> REPLSession {
        let db = GraphDatabase()
        try db.executeScript("""
            CHAIN (:Material) 'acrylonitrile' -> 'PAN filament' VIA FEEDS SOURCE 'chain.cypher', LINE 7;
            MATCH (m {name: 'acrylonitrile'}) SET m.evidence = ['article.txt:3:7-40'], m.aliases = ['AN'];
            MATCH (:Material {name: 'acrylonitrile'})-[r:FEEDS]->() SET r.evidence = ['article.txt:3:7-40', 'elsewhere.txt:1:0-5'];
            CREATE (:Park {name: 'Yangqu'})
            """)
        let session = REPLSession(database: db, terminal: .plain)
        session.timing = false
        return session
    }

    func testPrintsTheSentenceOfEachSpanAndTheLocatorOfTheRest() throws {
        let output = WhyCommand.run("AN", in: try session(), folders: [folder])
        XCTAssertEqual(output, """
            (acrylonitrile:Material)
                article.txt:3 [7-40]
                  Acrylonitrile feeds PAN filament.
                chain.cypher:7
            -[:FEEDS]->(PAN filament)
                article.txt:3 [7-40]
                  Acrylonitrile feeds PAN filament.
                elsewhere.txt:1 [0-5] (article not at hand)
                chain.cypher:7

            """)
    }

    func testUnknownNamesAndNodesWithoutProvenance() throws {
        let repl = try session()
        XCTAssertTrue(WhyCommand.run("nothing", in: repl, folders: [folder]).hasPrefix("no node is named 'nothing'"))
        XCTAssertEqual(WhyCommand.run("Yangqu", in: repl, folders: [folder]), "(Yangqu:Park)\n    no provenance recorded\n")
        XCTAssertTrue(WhyCommand.run("", in: repl, folders: [folder]).hasPrefix("usage: :why NAME"))
        XCTAssertTrue(repl.handle(line: ":why nothing").output.hasPrefix("no node is named"), "reached through the REPL's commands")
    }

    func testASpanPastTheEndOfItsArticleIsNotPrinted() throws {
        XCTAssertNil(WhyCommand.sentence(in: "article.txt", from: 7, to: 4000, folders: [folder]))
        XCTAssertNil(WhyCommand.sentence(in: "../article.txt", from: 0, to: 4, folders: [folder]), "no paths, only file names")
        XCTAssertEqual(WhyCommand.sentence(in: "article.txt", from: 0, to: 5, folders: [folder]), "Title")
    }
}
