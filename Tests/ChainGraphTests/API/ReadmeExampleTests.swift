import ChainGraph
import Foundation
import XCTest

/// Runs the README's library example, and checks the README still shows exactly this code.
final class ReadmeExampleTests: XCTestCase {
    func testTheReadmeExampleRunsAndMatchesTheReadme() throws {
        var printed: [String] = []
        func print(_ item: Any) { printed.append("\(item)") }

        // README example begins
        // In memory; pass a path for a durable single-file database: GraphDatabase(path: "chains.db").
        let db = GraphDatabase()

        // Declaring types makes the database strict: writes that break the schema are refused.
        try db.write { tx in
            try tx.createNodeType(NodeType("Material", properties: [
                PropertyDefinition("name", .string, primaryKey: true),
                PropertyDefinition("tier", .int64),
            ]))
            try tx.createEdgeType(EdgeType("FEEDS", endpoints: [.init(from: "Material", to: "Material")]))
        }

        // A write transaction commits atomically when its closure returns, and keeps nothing if it throws.
        try db.write { tx in
            var previous: NodeID?
            for (tier, name) in ["acrylonitrile", "polyacrylonitrile filament", "carbon fiber"].enumerated() {
                let material = try tx.createNode(labels: ["Material"],
                                                 properties: ["name": .string(name), "tier": .int(Int64(tier))],
                                                 provenance: Provenance(source: "README.md"))
                if let previous { try tx.createEdge("FEEDS", from: previous, to: material) }
                previous = material
            }
        }

        // Reads run on an immutable snapshot and never wait for a writer.
        let next = try db.read { graph -> [String] in
            guard let start = graph.node(ofType: "Material", key: "acrylonitrile") else { return [] }
            return graph.neighbors(of: start.id, via: "FEEDS", direction: .outgoing)
                .compactMap { graph.node($0)?["name"].stringValue }
        }
        print(next) // ["polyacrylonitrile filament"]

        // Errors are typed values with a kind, a detail code and a message.
        do {
            try db.write { tx in try tx.createNode(labels: ["Material"], properties: ["name": "carbon fiber"]) }
        } catch let error as ChainGraphError {
            print(error) // ConstraintError (DuplicatePrimaryKey): Material 'carbon fiber' already exists (node 2); …
        }
        // README example ends

        XCTAssertEqual(printed.first, #"["polyacrylonitrile filament"]"#)
        XCTAssertEqual(printed.last,
                       "ConstraintError (DuplicatePrimaryKey): Material 'carbon fiber' already exists (node 2); primary keys are unique")

        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        let example = try XCTUnwrap(source.components(separatedBy: "// README example begins\n").last?
            .components(separatedBy: "        // README example ends").first)
        let dedented = example.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : String($0) }.joined(separator: "\n")
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains("```swift\nimport ChainGraph\n\n" + dedented + "```"),
                      "README.md's library example differs from the code this test runs")
    }
}

extension ReadmeExampleTests {
    func testTheReadmeQueryExampleRunsAsShown() throws {
        let db = GraphDatabase()
        try db.write { tx in
            try tx.createNodeType(NodeType("Material", properties: [
                PropertyDefinition("name", .string, primaryKey: true), PropertyDefinition("tier", .int64),
            ]))
            try tx.createEdgeType(EdgeType("FEEDS", endpoints: [.init(from: "Material", to: "Material")]))
        }
        try db.execute("""
            CREATE (:Material {name: 'acrylonitrile', tier: 0})-[:FEEDS]->(:Material {name: 'polyacrylonitrile filament', tier: 1})
                   -[:FEEDS]->(:Material {name: 'carbon fiber', tier: 2})
            """)
        try db.execute("""
            MATCH (m:Material {name: 'carbon fiber'})
            CREATE (m)-[:FEEDS]->(:Material {name: $next, tier: 3})
            """, parameters: ["next": "prepreg"])
        let result = try db.execute("""
            MATCH (:Material {name: 'acrylonitrile'})-[:FEEDS*]->(x) RETURN x.name AS name ORDER BY x.tier
            """)
        XCTAssertEqual(result.map { $0["name"] }, ["polyacrylonitrile filament", "carbon fiber", "prepreg"])
        struct Material: Decodable { var name: String; var tier: Int }
        let minimumTier = 2
        let late = try db.execute("MATCH (m:Material) WHERE m.tier >= $tier RETURN m.name AS name, m.tier AS tier ORDER BY tier",
                                  parameters: ["tier": minimumTier]).decode(Material.self)
        XCTAssertEqual(late.map(\.name), ["carbon fiber", "prepreg"])
        let error = assertThrowsGraphError(.syntaxError, "UndefinedVariable") {
            try db.execute("MATCH (material) RETURN materail.name")
        }
        XCTAssertEqual(error?.description,
                       "SyntaxError (UndefinedVariable) at 1:25: variable 'materail' is not defined (did you mean 'material'?)")
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains(error!.description))
        XCTAssertTrue(readme.contains(#"parameters: ["tier": minimumTier]).decode(Material.self)"#),
                      "README.md shows the decoding example this test runs")
        var streamed: [Value] = []
        try db.execute("MATCH (m:Material) RETURN m.name AS name") { row in streamed.append(row["name"]) }
        XCTAssertEqual(streamed.count, 4)
        XCTAssertTrue(readme.contains(#"try db.execute("MATCH (m:Material) RETURN m.name AS name") { row in print(row["name"]) }"#))
        XCTAssertTrue(readme.contains(#"for try await row in db.stream("MATCH (m:Material) RETURN m.name AS name LIMIT 2")"#))
    }

    func testTheReadmeStreamExampleRunsAsShown() async throws {
        let db = GraphDatabase()
        try db.execute("UNWIND ['acrylonitrile', 'carbon fiber', 'prepreg'] AS name CREATE (:Material {name: name})")
        var names: [Value] = []
        for try await row in db.stream("MATCH (m:Material) RETURN m.name AS name LIMIT 2") { names.append(row["name"]) }
        XCTAssertEqual(names.count, 2)
    }
}
