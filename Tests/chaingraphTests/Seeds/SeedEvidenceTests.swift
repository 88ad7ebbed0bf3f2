import ChainGraph
import XCTest
@testable import chaingraph

/// Every node and edge of the seed graph points at the span of the article that states it
/// (`evidence`, read back through `provenance()`), and the span really states it.
final class SeedEvidenceTests: XCTestCase {
    private var repository: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized }

    /// The five articles, from `../shared/seeds` beside the repository. Without them the test
    /// is skipped, except in CI (`CI=true`), where it fails.
    private func articles() throws -> EvidenceChecker {
        let folder = repository.appendingPathComponent("../shared/seeds").standardized
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path), !names.isEmpty else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                XCTFail("the seed articles are missing at \(folder.path); CI must have ../shared beside its clone")
            }
            throw XCTSkip("the seed articles are not at \(folder.path)")
        }
        var files: [String: [UInt8]] = [:]
        for name in names where name.hasSuffix(".txt") {
            files[name] = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
        }
        return EvidenceChecker(articles: files)
    }

    private func seedGraph() throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.executeScript(try SeedGraph.bundleText(from: try XCTUnwrap(SeedGraph.repositorySeeds)), file: "seed-graph.cypher")
        return db
    }

    func testEveryNodeAndEdgeHasASpanOfItsArticleThatStatesIt() throws {
        let checker = try articles()
        let db = try seedGraph()
        let nodes = try db.execute("MATCH (n) RETURN n, provenance(n) ORDER BY n.name").rows
        let edges = try db.execute("MATCH (a)-[r]->(b) RETURN a, r, b, provenance(r) ORDER BY a.name, type(r), b.name").rows
        var violations: [String] = []
        var spans = 0
        for row in nodes {
            guard case .node(let node) = row[0] else { continue }
            violations += checker.violations(ofNode: node, provenance: row[1])
            spans += row[1].listValue?.count ?? 0
        }
        for row in edges {
            guard case .node(let from) = row[0], case .edge(let edge) = row[1], case .node(let to) = row[2] else { continue }
            violations += checker.violations(ofEdge: edge, from: from, to: to, provenance: row[3])
            spans += row[3].listValue?.count ?? 0
        }
        XCTAssertEqual(violations, [])
        XCTAssertGreaterThan(nodes.count, 130)
        XCTAssertGreaterThan(edges.count, 200)
        XCTAssertGreaterThanOrEqual(spans, nodes.count + edges.count)
    }

    func testChineseNamesAreTheArticlesOwn() throws {
        let checker = try articles()
        let rows = try seedGraph().execute("MATCH (n) WHERE n.name_zh IS NOT NULL RETURN n.name, n.name_zh, n.sources").rows
        XCTAssertFalse(rows.isEmpty)
        for row in rows {
            let sources = row[2].listValue?.compactMap(\.stringValue) ?? []
            XCTAssertTrue(sources.contains { checker.text(of: $0).contains(row[1].stringValue!) },
                          "\(row[0]): its name_zh \(row[1]) is in none of its articles \(sources)")
        }
    }

    /// The checker itself: each kind of bad span is caught.
    func testTheCheckerRefusesSpansThatDoNotStateTheFact() throws {
        let article = Array("Title line\n\nIn 2011 Luzhou made 15.2 billion yuan. Juhua Group leads the alliance.\n".utf8)
        let checker = EvidenceChecker(articles: ["a.txt": article])
        let juhua = Node(id: NodeID(1), labels: ["Enterprise"], properties: ["name": "Juhua Group", "sources": ["a.txt"]])
        func span(_ line: Int64, _ start: Int64, _ end: Int64, _ file: String = "a.txt") -> Value {
            .list([.map(["source": .string(file), "line": .int(line), "start": .int(start), "end": .int(end)])])
        }
        let good = checker.locate("Juhua Group leads the alliance.", in: "a.txt")!
        XCTAssertEqual(checker.violations(ofNode: juhua, provenance: span(3, good.start, good.end)), [])
        XCTAssertFalse(checker.violations(ofNode: juhua, provenance: .list([])).isEmpty, "no span")
        XCTAssertFalse(checker.violations(ofNode: juhua, provenance: span(3, 12, 50)).isEmpty, "a span without the name")
        XCTAssertFalse(checker.violations(ofNode: juhua, provenance: span(2, good.start, good.end)).isEmpty, "the wrong line")
        XCTAssertFalse(checker.violations(ofNode: juhua, provenance: span(3, good.start, 4000)).isEmpty, "past the end of the file")
        XCTAssertFalse(checker.violations(ofNode: juhua, provenance: span(3, good.start, good.end, "b.txt")).isEmpty, "another file")
        let figure = Node(id: NodeID(2), labels: ["Figure"], properties: ["name": "output", "value": 15.2e9, "sources": ["a.txt"]])
        let sentence = checker.locate("In 2011 Luzhou made 15.2 billion yuan.", in: "a.txt")!
        XCTAssertEqual(checker.violations(ofNode: figure, provenance: span(3, sentence.start, sentence.end)), [])
        XCTAssertFalse(checker.violations(ofNode: figure, provenance: span(3, good.start, good.end)).isEmpty, "a span without the figure")
        let long = Array(("x\n" + String(repeating: "Juhua Group. ", count: 40) + "\n").utf8)
        let longChecker = EvidenceChecker(articles: ["a.txt": long])
        XCTAssertFalse(longChecker.violations(ofNode: juhua, provenance: span(2, 2, 2 + 40 * 13)).isEmpty, "more than 400 bytes")
    }
}

/// Checks seed evidence against the articles: each span lies on its line of its file, is at
/// most ``limit`` bytes (a sentence or a clause), and holds what the fact states — a node's
/// name, Chinese name or an alias; a figure's or goal's numbers (its year when it has none);
/// for an article node, its own file and its year; for an edge, a name of one of its ends
/// (and the numbers on the edge). Nodes have one span per article they come from (`sources`),
/// edges one from their `source` article.
struct EvidenceChecker {
    let articles: [String: [UInt8]]
    let limit = 400

    func text(of file: String) -> String { articles[file].map { String(decoding: $0, as: UTF8.self) } ?? "" }

    /// Where `sentence` stands in `file` (tests of the checker).
    func locate(_ sentence: String, in file: String) -> (start: Int64, end: Int64)? {
        guard let bytes = articles[file] else { return nil }
        let needle = Array(sentence.utf8)
        guard let index = (0...(bytes.count - needle.count)).first(where: { Array(bytes[$0..<$0 + needle.count]) == needle }) else { return nil }
        return (Int64(index), Int64(index + needle.count))
    }

    func violations(ofNode node: Node, provenance: Value) -> [String] {
        let name = node.properties["name"]?.stringValue ?? "node \(node.id)"
        let spans = provenance.listValue?.compactMap(\.mapValue) ?? []
        let sources = Set(node.properties["sources"]?.listValue?.compactMap(\.stringValue) ?? [])
        var found: [String] = []
        if spans.isEmpty { return ["\(name): no evidence"] }
        let files = spans.compactMap { $0["source"]?.stringValue }
        if Set(files) != sources || files.count != sources.count {
            found.append("\(name): spans from \(files.sorted()), articles \(sources.sorted()): one span per article")
        }
        for span in spans {
            switch spanText(span) {
            case .failure(let problem): found.append("\(name): \(problem)")
            case .success(let text):
                if let missing = missingFact(of: node, in: text, file: span["source"]?.stringValue ?? "") {
                    found.append("\(name): the span \(locator(span)) does not hold \(missing)")
                }
            }
        }
        return found
    }

    func violations(ofEdge edge: Edge, from: Node, to: Node, provenance: Value) -> [String] {
        let name = "(\(from.properties["name"]?.stringValue ?? "?"))-[:\(edge.type)]->(\(to.properties["name"]?.stringValue ?? "?"))"
        let spans = provenance.listValue?.compactMap(\.mapValue) ?? []
        guard let source = edge.properties["source"]?.stringValue else { return ["\(name): no source"] }
        guard spans.count == 1, spans[0]["source"]?.stringValue == source else {
            return ["\(name): \(spans.count) spans; one from its article \(source) expected"]
        }
        switch spanText(spans[0]) {
        case .failure(let problem): return ["\(name): \(problem)"]
        case .success(let text):
            let normalized = Self.normalized(text)
            if missingFact(of: from, in: text, file: source) != nil && missingFact(of: to, in: text, file: source) != nil {
                return ["\(name): the span \(locator(spans[0])) names neither end"]
            }
            for (key, value) in edge.properties {
                guard let number = value.doubleValue, key != "source" else { continue }
                if !Self.renderings(of: number).contains(where: normalized.contains) {
                    return ["\(name): the span \(locator(spans[0])) does not hold its \(key) \(number)"]
                }
            }
            return []
        }
    }

    private func locator(_ span: [String: Value]) -> String {
        "\(span["source"]?.stringValue ?? "?"):\(span["line"]?.intValue ?? 0):\(span["start"]?.intValue ?? 0)-\(span["end"]?.intValue ?? 0)"
    }

    /// The text of a span, or what is wrong with it.
    private func spanText(_ span: [String: Value]) -> Result<String, SpanProblem> {
        guard let file = span["source"]?.stringValue, let bytes = articles[file] else {
            return .failure(SpanProblem("\(locator(span)): no such article"))
        }
        guard let line = span["line"]?.intValue, let start = span["start"]?.intValue, let end = span["end"]?.intValue else {
            return .failure(SpanProblem("\(locator(span)): not a span (line, start and end are needed)"))
        }
        guard start >= 0, start < end, end <= Int64(bytes.count) else {
            return .failure(SpanProblem("\(locator(span)): outside the article's \(bytes.count) bytes"))
        }
        guard end - start <= Int64(limit) else { return .failure(SpanProblem("\(locator(span)): longer than \(limit) bytes")) }
        let before = bytes[..<Int(start)].filter { $0 == UInt8(ascii: "\n") }.count + 1
        let inside = bytes[Int(start)..<Int(end)]
        guard before == line, !inside.contains(UInt8(ascii: "\n")) else {
            return .failure(SpanProblem("\(locator(span)): not on line \(line) (it starts on line \(before))"))
        }
        return .success(String(decoding: inside, as: UTF8.self))
    }

    /// What `node` states that `text` does not hold, or nil when it holds it.
    private func missingFact(of node: Node, in text: String, file: String) -> String? {
        let normalized = Self.normalized(text)
        if node.labels.contains("Article") {
            guard node.properties["name"]?.stringValue == file else { return "a span of the article itself" }
            if case .date(let date)? = node.properties["date"], !text.contains(String(date.description.prefix(4))) {
                return "its date \(date)"
            }
            return nil
        }
        if node.labels.contains("Figure") || node.labels.contains("Target") {
            var groups: [(String, [String])] = ["value", "growth_percent", "minimum", "maximum", "consecutive_years"].compactMap { key in
                node.properties[key]?.doubleValue.map { (key, Self.renderings(of: $0)) }
            }
            if groups.isEmpty, let year = node.properties["year"]?.intValue { groups = [("year", [String(year)])] }
            if !groups.isEmpty {
                return groups.first { !$0.1.contains(where: normalized.contains) }.map { "its \($0.0)" }
            }
        }
        if node.labels.contains("Event"), let attendees = node.properties["attendees"]?.intValue, !normalized.contains(String(attendees)) {
            return "its \(attendees) attendees"
        }
        return Self.names(of: node).contains(where: normalized.contains) ? nil : "a name of it"
    }

    /// A node's names, aliases and Chinese name, normalized.
    static func names(of node: Node) -> [String] {
        var names = [node.properties["name"], node.properties["name_zh"]].compactMap { $0?.stringValue }
        names += node.properties["aliases"]?.listValue?.compactMap(\.stringValue) ?? []
        return names.map(normalized)
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// How an article may write `number`: in units, thousands, 万, 亿 or billions (with and
    /// without thousands separators), and 千亿 or 百亿 for 10¹¹ and 10¹⁰.
    static func renderings(of number: Double) -> [String] {
        var found: Set<String> = []
        for scale in [1.0, 1e3, 1e4, 1e8, 1e9] {
            let scaled = number / scale
            guard scaled >= 1, abs(scaled * 1000 - (scaled * 1000).rounded()) < 1e-6 else { continue }
            var text = String(format: "%.3f", scaled)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            found.insert(text)
            if scaled >= 1000, scaled == scaled.rounded() {
                let formatter = NumberFormatter()
                formatter.numberStyle = .decimal
                formatter.groupingSeparator = ","
                formatter.usesGroupingSeparator = true
                if let grouped = formatter.string(from: NSNumber(value: Int64(scaled))) { found.insert(grouped) }
            }
        }
        if number == 1e11 { found.insert("千亿") }
        if number == 1e10 { found.insert("百亿") }
        return found.sorted()
    }
}

/// Why a span cannot be read.
struct SpanProblem: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
