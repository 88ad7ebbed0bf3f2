import ChainGraph
import Foundation

/// Runs openCypher TCK scenarios against fresh in-memory databases and compares results,
/// errors and side effects by the TCK's rules.
public struct TCKRunner {
    /// How a scenario ended.
    public enum Outcome: Equatable, Sendable {
        case passed
        case failed(String)
        case skipped(String)
    }

    /// One scenario's outcome.
    public struct ScenarioResult: Sendable {
        /// The feature file name without extension.
        public var feature: String
        /// The directory below `features/`.
        public var directory: String
        /// The scenario title (with the example number for outlines).
        public var scenario: String
        /// What happened.
        public var outcome: Outcome
    }

    /// The state the side-effect counters compare.
    struct GraphSignature {
        var nodes: Set<NodeID>
        var edges: Set<EdgeID>
        var labels: Set<String>
        var properties: Set<String>

        init(_ db: GraphDatabase) throws {
            let graph = try db.snapshot
            nodes = Set(graph.nodeIDs())
            edges = Set(graph.edgeIDs())
            var labels = Set<String>(), properties = Set<String>()
            for id in nodes {
                let node = graph.node(id)!
                labels.formUnion(node.labels)
                for (key, value) in node.properties { properties.insert("n\(id.rawValue).\(key)=\(TCKCanonical.text(value))") }
            }
            for id in edges {
                for (key, value) in graph.edge(id)!.properties {
                    properties.insert("r\(id.rawValue).\(key)=\(TCKCanonical.text(value))")
                }
            }
            self.labels = labels
            self.properties = properties
        }
    }

    /// Runs every scenario of every `.feature` file below `directory`.
    public static func run(directory: URL) throws -> [ScenarioResult] {
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "feature" }
            .sorted { $0.path < $1.path } ?? []
        var results: [ScenarioResult] = []
        for file in files {
            let feature = GherkinFeature(text: try String(contentsOf: file, encoding: .utf8))
            let relative = file.deletingLastPathComponent().path.replacingOccurrences(of: directory.path + "/", with: "")
            for scenario in feature.scenarios {
                let outcome = scenario.tags.contains("@ignore") ? .skipped("tagged @ignore upstream") : run(scenario)
                results.append(ScenarioResult(feature: file.deletingPathExtension().lastPathComponent, directory: relative,
                                              scenario: scenario.name, outcome: outcome))
            }
        }
        return results
    }

    static func run(_ scenario: GherkinFeature.Scenario) -> Outcome {
        let db = GraphDatabase()
        var parameters: [String: Value] = [:]
        var result: Result<ResultSet, Error>?
        var before: GraphSignature?
        do {
            for step in scenario.steps {
                let text = step.text
                if text.hasPrefix("an empty graph") || text.hasPrefix("any graph") {
                    continue
                } else if text.hasPrefix("having executed") {
                    try db.execute(step.docString ?? "")
                } else if text.hasPrefix("parameters are") {
                    for row in step.table { parameters[row[0]] = try TCKValueParser.parse(row[1]) }
                } else if text.hasPrefix("executing query") || text.hasPrefix("executing control query") {
                    before = try GraphSignature(db)
                    let query = step.docString ?? ""
                    result = Result { try db.execute(query, parameters: parameters, options: QueryOptions(maximumRows: 1_000_000)) }
                } else if text.hasPrefix("the result should be empty") {
                    let rows = try result!.get()
                    guard rows.count == 0 else { return .failed("expected no rows, got \(rows.count)") }
                } else if text.hasPrefix("the result should be") {
                    let ordered = text.contains("in order")
                    let unorderedLists = text.contains("ignoring element order for lists")
                    if let problem = compare(try result!.get(), step.table, ordered: ordered, unorderedLists: unorderedLists) {
                        return .failed(problem)
                    }
                } else if text.hasPrefix("no side effects") {
                    if let problem = try sideEffects(before!, db, expected: [:]) { return .failed(problem) }
                } else if text.hasPrefix("the side effects should be") {
                    var expected: [String: Int] = [:]
                    for row in step.table { expected[row[0]] = Int(row[1]) ?? 0 }
                    if let problem = try sideEffects(before!, db, expected: expected) { return .failed(problem) }
                } else if text.hasPrefix("a ") && text.contains(" should be raised at ") {
                    if let problem = checkError(text, result) { return .failed(problem) }
                } else {
                    return .skipped("unsupported step: \(text)")
                }
            }
        } catch {
            return .failed("\(error)")
        }
        return .passed
    }

    static func compare(_ result: ResultSet, _ table: [[String]], ordered: Bool, unorderedLists: Bool) -> String? {
        guard let header = table.first else { return "no expected table" }
        guard header == result.columns else { return "columns \(result.columns), expected \(header)" }
        let expected: [String]
        do {
            expected = try table.dropFirst().map { row in
                try row.map { TCKCanonical.text(try TCKValueParser.parse($0), unorderedLists: unorderedLists) }.joined(separator: " | ")
            }
        } catch {
            return "cannot read the expected table: \(error)"
        }
        let actual = result.rows.map { row in
            row.map { TCKCanonical.text($0, unorderedLists: unorderedLists) }.joined(separator: " | ")
        }
        let matches = ordered ? actual == expected : actual.sorted() == expected.sorted()
        return matches ? nil : "rows differ:\n  expected \(expected)\n  actual   \(actual)"
    }

    static func sideEffects(_ before: GraphSignature, _ db: GraphDatabase, expected: [String: Int]) throws -> String? {
        let after = try GraphSignature(db)
        let actual: [String: Int] = [
            "+nodes": after.nodes.subtracting(before.nodes).count, "-nodes": before.nodes.subtracting(after.nodes).count,
            "+relationships": after.edges.subtracting(before.edges).count,
            "-relationships": before.edges.subtracting(after.edges).count,
            "+labels": after.labels.subtracting(before.labels).count, "-labels": before.labels.subtracting(after.labels).count,
            "+properties": after.properties.subtracting(before.properties).count,
            "-properties": before.properties.subtracting(after.properties).count,
        ]
        let differing = actual.filter { $0.value != (expected[$0.key] ?? 0) }
        return differing.isEmpty ? nil : "side effects \(actual.filter { $0.value != 0 }), expected \(expected)"
    }

    static func checkError(_ step: String, _ result: Result<ResultSet, Error>?) -> String? {
        // "a SyntaxError should be raised at compile time: UndefinedVariable"
        let words = step.split(separator: " ")
        let type = String(words[1])
        let phase = step.components(separatedBy: " raised at ").last!.components(separatedBy: ":").first!
        let detail = step.components(separatedBy: ": ").last!.trimmingCharacters(in: .whitespaces)
        guard case .failure(let failure)? = result else { return "expected \(type) (\(detail)), but the query succeeded" }
        guard let error = failure as? ChainGraphError else { return "expected \(type), got \(failure)" }
        let kinds: [String: [ChainGraphError.Kind]] = [
            "SyntaxError": [.syntaxError], "SemanticError": [.semanticError], "TypeError": [.typeError],
            "ArgumentError": [.argumentError], "ConstraintVerificationFailed": [.constraintError],
            "EntityNotFound": [.entityNotFound], "ParameterMissing": [.semanticError],
        ]
        guard kinds[type]?.contains(error.kind) == true else { return "expected \(type) (\(detail)), got \(error)" }
        if detail != "*" && error.code != detail { return "expected \(type) (\(detail)), got \(error)" }
        if phase == "compile time" && error.phase != .compileTime { return "expected at compile time, got \(error) at runtime" }
        if phase == "runtime" && error.phase != .runtime { return "expected at runtime, got \(error) at compile time" }
        return nil
    }
}
