import XCTest
@testable import ChainGraph

/// Export → import gives the same graph; export → import → export gives the same bytes.
final class GraphMLRoundTripTests: XCTestCase {
    /// A canonical text of a graph: nodes and edges in id order, named by position.
    static func canonicalDump(_ db: GraphDatabase) throws -> String {
        try db.read { snapshot in
            let nodeIDs = snapshot.nodeIDs()
            var position: [NodeID: Int] = [:]
            for (index, id) in nodeIDs.enumerated() { position[id] = index }
            var lines: [String] = []
            for id in nodeIDs {
                let node = snapshot.node(id)!
                let properties = node.properties.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                lines.append("node \(position[id]!) \(node.labels.sorted()) \(properties) \(node.provenance.source ?? "-"):\(node.provenance.line.map(String.init) ?? "-")")
            }
            for id in snapshot.edgeIDs() {
                let edge = snapshot.edge(id)!
                let properties = edge.properties.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                lines.append("edge \(position[edge.from]!)->\(position[edge.to]!) \(edge.type) \(properties) \(edge.provenance.source ?? "-"):\(edge.provenance.line.map(String.init) ?? "-")")
            }
            return lines.joined(separator: "\n")
        }
    }

    private struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func int(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

        static let texts = ["", " ", "acrylonitrile", "碳纤维 → 预浸料", "a < b & c > \"d\" 'e'", "line\nbreak\ttab",
                            "emoji 🧪", "]]>", "&amp;", "\u{7F}", "  padded  ", "cr\r\nlf", "bell\u{7}", "\u{FFFE}"]

        mutating func value() -> Value {
            switch int(11) {
            case 0: return .bool(int(2) == 0)
            case 1: return .int([0, -1, 42, Int64.max, Int64.min, 2_147_483_648, -2_147_483_649][int(7)])
            case 2: return .double([0.5, -0.0, 1e300, -2.5e-300, 3.0, .infinity, -.infinity, 0.1][int(8)])
            case 3, 4: return .string(Self.texts[int(Self.texts.count)])
            case 5: return .date(GraphDate(daysSinceEpoch: Int64(int(40000)) - 20000))
            case 6: return .list((0..<int(4)).map { _ in .string(Self.texts[int(Self.texts.count)]) })
            case 7: return .list((0..<int(4)).map { _ in .int(Int64(int(1000)) - 500) })
            case 9: return temporal()
            case 10: return .list((0..<int(3)).map { _ in .duration(try! GraphDuration(days: Int64(int(9)), nanoseconds: Int64(int(3_000_000_000)))) })
            default: return .list((0..<int(3)).map { _ in .double(Double(int(1000)) / 8) })
            }
        }

        mutating func temporal() -> Value {
            let local = GraphLocalDateTime(epochSeconds: Int64(int(4_000_000_000)) - 2_000_000_000, nanosecond: Int64(int(1_000_000_000)))
            switch int(6) {
            case 0: return .localTime(local.time)
            case 1: return .time(try! GraphTime(localTime: local.time, offsetSeconds: (int(73) - 36) * 900))
            case 2: return .localDateTime(local)
            case 3: return .dateTime(GraphDateTime(local: local, zone: .offset(Int32((int(73) - 36) * 900))))
            case 4: return .dateTime(GraphDateTime(local: local, zone: .named(["Asia/Shanghai", "Europe/Stockholm", "America/New_York"][int(3)])))
            default:
                return .duration(try! GraphDuration(months: Int64(int(40)) - 20, days: Int64(int(90)) - 45,
                                                    seconds: Int64(int(200_000)) - 100_000, nanoseconds: Int64(int(1_000_000_000))))
            }
        }
    }

    private func randomGraph(seed: UInt64) throws -> GraphDatabase {
        var random = Generator(state: seed)
        let db = GraphDatabase()
        let labels = ["Material", "Product", "Enterprise", "Region"]
        let keys = ["name", "capacity", "share", "founded", "aliases", "note", "x y"]
        try db.write { tx in
            var nodes: [NodeID] = []
            for _ in 0..<(1 + random.int(25)) {
                var properties: [String: Value] = [:]
                for _ in 0..<random.int(5) { properties[keys[random.int(keys.count)]] = random.value() }
                let nodeLabels = random.int(5) == 0 ? [] : Array(Set((0...random.int(2)).map { _ in labels[random.int(4)] }))
                let provenance = random.int(3) == 0 ? Provenance(source: "article-\(random.int(5)).md", line: Int64(random.int(90))) : .none
                nodes.append(try tx.createNode(labels: nodeLabels, properties: properties, provenance: provenance))
            }
            if random.int(4) == 0, nodes.count > 1, let doomed = nodes.popLast() { try tx.deleteNode(doomed) }
            for _ in 0..<random.int(40) {
                var properties: [String: Value] = [:]
                for _ in 0..<random.int(3) { properties[["weight", "since", "note", "undirected"][random.int(4)]] = random.value() }
                try tx.createEdge(["FEEDS", "PRODUCES", "LOCATED_IN"][random.int(3)], from: nodes[random.int(nodes.count)],
                                  to: nodes[random.int(nodes.count)], properties: properties)
            }
        }
        return db
    }

    func testRandomGraphsSurviveExportAndImport() throws {
        for seed in 1...150 as ClosedRange<UInt64> {
            let original = try randomGraph(seed: seed)
            let first = try original.graphML()
            let copy = GraphDatabase()
            let summary = try copy.importGraphML(text: first)
            XCTAssertEqual(summary.nodes, try original.snapshot.nodeCount, "seed \(seed)")
            XCTAssertEqual(try Self.canonicalDump(copy), try Self.canonicalDump(original), "seed \(seed)")
            XCTAssertEqual(try copy.graphML(), first, "seed \(seed): a second export differs")
        }
    }

    func testRoundTripThroughFilesAndWithoutIndentation() throws {
        let original = try randomGraph(seed: 99)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(UUID()).graphml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try original.exportGraphML(to: path, options: GraphExportOptions(indent: false))
        let copy = GraphDatabase()
        try copy.importGraphML(from: path)
        XCTAssertEqual(try Self.canonicalDump(copy), try Self.canonicalDump(original))
    }

    func testNotANumberSurvives() throws {
        let db = GraphDatabase()
        try db.write { try $0.createNode(labels: ["Figure"], properties: ["value": .double(.nan), "values": [.double(.nan)]]) }
        let copy = GraphDatabase()
        try copy.importGraphML(text: try db.graphML())
        let snapshot = try copy.snapshot
        let node = try XCTUnwrap(snapshot.node(snapshot.nodeIDs()[0]))
        XCTAssertTrue(node["value"].doubleValue?.isNaN == true)
        XCTAssertTrue(node["values"].listValue?.first?.doubleValue?.isNaN == true)
    }

    func testMixedTypesOfOneProperty() throws {
        let db = GraphDatabase()
        try db.write { tx in
            try tx.createNode(properties: ["v": 1])
            try tx.createNode(properties: ["v": 1.5])
            try tx.createNode(properties: ["v": "one"])
        }
        let text = try db.graphML()
        XCTAssertTrue(text.contains("chaingraph:ANY"))
        let copy = GraphDatabase()
        try copy.importGraphML(text: text)
        XCTAssertEqual(try Self.canonicalDump(copy), try Self.canonicalDump(db))
    }
}
