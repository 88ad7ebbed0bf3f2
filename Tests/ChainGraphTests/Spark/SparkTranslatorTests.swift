@testable import ChainGraph
import Foundation
import XCTest

/// The translation of Cypher into Spark jobs, without Spark: what is refused and where, and
/// the shape of the steps for the constructs the differential suite (Tests/Spark) runs.
final class SparkTranslatorTests: XCTestCase {
    private let manifest = try! JSONDecoder().decode(LakeManifest.self, from: Data("""
        {"format": "chaingraph-lake", "version": 1, "ids": "source", "flowTypes": ["FEEDS"],
         "nodes": {"count": 3, "labelSets": {"Material": 2, "Enterprise": 1, "Enterprise:Supplier": 1},
                   "properties": {"id": "bigint", "name": "string"}},
         "edges": {"count": 2, "types": {"FEEDS": 1, "PRODUCES": 1}, "properties": {"qty": "double"}}}
        """.utf8))

    private func job(_ text: String, _ parameters: [String: Value] = [:]) throws -> SparkJob {
        try SparkTranslator.translate(text, parameters: parameters, manifest: manifest)
    }

    private func refusal(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> ChainGraphError? {
        do {
            _ = try job(text)
            XCTFail("translated: \(text)", file: file, line: line)
            return nil
        } catch let error as ChainGraphError {
            return error
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return nil
        }
    }

    func testUpdatesAreRefusedAtTheirClause() {
        let error = refusal("MATCH (m:Material)\nCREATE (n:Copy)")
        XCTAssertEqual(error?.detail, .notSupportedOnSpark)
        XCTAssertEqual(error?.position?.line, 2)
        XCTAssertEqual(error?.position?.column, 1)
        XCTAssertEqual(error?.phase, .compileTime)
    }

    func testAnUnboundedVariableLengthOutsideAClosureIsRefusedAtTheRelationship() {
        let error = refusal("MATCH (a)-[:FEEDS*]->(b) RETURN a.id, b.id")
        XCTAssertEqual(error?.detail, .notSupportedOnSpark)
        XCTAssertEqual(error?.position?.column, 10)
        XCTAssertTrue(error?.message.contains("upper bound") ?? false, error?.message ?? "")
    }

    func testExpressionsOutsideTheSubsetAreRefusedWhereTheyAre() {
        let error = refusal("MATCH (m:Material) RETURN [x IN range(1, 3) | x * 2] AS doubled")
        XCTAssertEqual(error?.position?.column, 27)
        XCTAssertTrue(error?.message.contains("list comprehension") ?? false)
        XCTAssertEqual(refusal("CALL chains(1, 2)")?.detail, .notSupportedOnSpark)
    }

    func testBinderErrorsAreTheEmbeddedEnginesErrors() {
        let error = refusal("MATCH (m:Material) RETURN n.name")
        XCTAssertEqual(error?.detail, .undefinedVariable)
        XCTAssertEqual(error?.position?.column, 27)
    }

    func testAClosureBecomesABreadthFirstStepFromTheAnchor() throws {
        let lines = try job("MATCH (a:Material {id: $id})-[:FEEDS*1..30]->(b:Material) RETURN count(DISTINCT b.id)",
                            ["id": 871]).explained
        XCTAssertTrue(lines[0].contains("__label IN ('Material')") && lines[0].contains("= 871L"), lines[0])
        XCTAssertTrue(lines[1].contains("CLOSURE direction=out") && lines[1].contains("max=30 min=1"), lines[1])
        XCTAssertTrue(lines[1].contains("FEEDS"), lines[1])
        XCTAssertTrue(lines.last!.contains("count(DISTINCT"), lines.last!)
    }

    func testAClosureAnchoredAtItsFarEndWalksBackwards() throws {
        let lines = try job("MATCH (a:Material)-[:FEEDS*1..30]->(b:Material {id: 5}) RETURN count(DISTINCT a.id)").explained
        XCTAssertTrue(lines[1].contains("CLOSURE direction=in"), lines[1])
    }

    func testLabelsBecomeTheirPartitions() throws {
        let select = try job("MATCH (e:Enterprise) RETURN e.name").explained[0]
        XCTAssertTrue(select.contains("__label IN ('Enterprise', 'Enterprise:Supplier')"), select)
        let none = try job("MATCH (e:Nowhere) RETURN e.name").explained[0]
        XCTAssertTrue(none.contains("FALSE"), none)
    }

    func testChineseNamesAndQuotesAreQuotedForSpark() throws {
        let chinese = try JSONDecoder().decode(LakeManifest.self, from: Data("""
            {"format": "chaingraph-lake", "version": 1, "ids": "source", "flowTypes": [],
             "nodes": {"count": 1, "labelSets": {"材料": 1}, "properties": {"名称": "string", "odd`name": "string"}},
             "edges": {"count": 0, "types": {}, "properties": {}}}
            """.utf8))
        let select = try SparkTranslator.translate("MATCH (m:材料) WHERE m.名称 = '碳纤维\\'' RETURN m.`odd``name`", manifest: chinese)
            .explained[0]
        XCTAssertTrue(select.contains("__label IN ('材料')"), select)
        XCTAssertTrue(select.contains("= '碳纤维\\''"), select)
        XCTAssertTrue(select.contains("`odd``name`"), select)
    }

    func testRelationshipsOfOneClauseAreDistinctWhenTheirTypesCanMeet() throws {
        let same = try job("MATCH (a)-[:FEEDS]->(b)-[:FEEDS]->(c) RETURN count(*)").explained[0]
        XCTAssertTrue(same.range(of: #"e\d+\.__id <> e\d+\.__id"#, options: .regularExpression) != nil, same)
        let disjoint = try job("MATCH (a)-[:FEEDS]->(b)<-[:PRODUCES]-(c) RETURN count(*)").explained[0]
        XCTAssertNil(disjoint.range(of: "__id <>"), disjoint)
    }

    func testABoundedVariableLengthIsUnrolledIntoOneSelectPerLength() throws {
        let select = try job("MATCH (a:Material)-[:FEEDS*0..2]-(b) RETURN a.id, b.id").explained[0]
        XCTAssertEqual(select.components(separatedBy: " UNION ALL ").count, 3, select)
        XCTAssertTrue(select.contains("cg_edges_both"), select)
    }

    func testAnEmptyLengthRangeKeepsTheColumnsAndHasNoRows() throws {
        let select = try job("MATCH (a:Material)-[:FEEDS*3..2]->(b) RETURN a.id, b.id").explained[0]
        XCTAssertTrue(select.contains("WHERE FALSE"), select)
        XCTAssertTrue(select.contains("AS c2_id"), select)
    }

    func testOptionalMatchIsALeftJoinOnTheBoundVariables() throws {
        let lines = try job("MATCH (a:Material) OPTIONAL MATCH (a)-[:FEEDS]->(b) RETURN a.id, b.id").explained
        XCTAssertTrue(lines[1].contains("LEFT JOIN") && lines[1].range(of: #"\.k_c\d+ = p\.c\d+_id"#, options: .regularExpression) != nil,
                      lines[1])
    }

    func testOrderingPutsNullsWhereCypherDoes() throws {
        let result = try job("MATCH (m:Material) RETURN m.name AS name ORDER BY name, m.id DESC LIMIT 3").resultSQL
        XCTAssertTrue(result.contains("ORDER BY `name` ASC NULLS LAST, p.c1_p0 DESC NULLS FIRST LIMIT 3"), result)
    }

    func testLimitsAndProcedureArgumentsTakeParametersAndAMissingOneIsNamed() throws {
        XCTAssertTrue(try job("MATCH (m:Material) RETURN m.id LIMIT $n", ["n": 2]).resultSQL.contains(" LIMIT 2)"))
        XCTAssertEqual(refusal("MATCH (m:Material) RETURN m.id LIMIT $n")?.detail, .parameterMissing)
        XCTAssertEqual(refusal("MATCH (m:Material) RETURN m.id LIMIT -1")?.detail, .negativeIntegerArgument, "the binder's own error")
        let missing = refusal("MATCH (m:Material {id: 1}) CALL downstream(m, $types) YIELD node RETURN node")
        XCTAssertEqual(missing?.detail, .parameterMissing)
        XCTAssertEqual(missing?.position?.column, 47)
    }

    func testIntegerDivisionAndCrossTypeComparisonKeepCypherMeaning() throws {
        let result = try job("MATCH (m:Material) WHERE m.name = 3 RETURN m.id / 2 AS half").explained.joined()
        XCTAssertTrue(result.contains("div 2L"), result)
        XCTAssertTrue(result.contains("ELSE FALSE END"), result)
    }

    func testProceduresTakeTheLakesFlowTypesWhenACallNamesNone() throws {
        let lines = try job("MATCH (m:Material {id: 1}) CALL downstream(m, null, {maxDepth: 2}) YIELD node, depth RETURN node.name, depth").explained
        let step = lines.first { $0.contains("PROCEDURE") }!
        XCTAssertTrue(step.contains("name=downstream") && step.contains("FEEDS") && step.contains("maxDepth=2"), step)
        XCTAssertEqual(refusal("MATCH (m) CALL downstream(m, 'FEEDS', 3) YIELD node RETURN node")?.detail, .notSupportedOnSpark)
    }

    func testTheJobIsOneLineOfJSON() throws {
        let line = try job("MATCH (a:Material {id: 1})-[:FEEDS*1..4]->(b:Material) RETURN count(*)").jsonLine()
        XCTAssertFalse(line.contains("\n"))
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        let steps = object?["steps"] as? [[String: Any]] ?? []
        XCTAssertEqual(steps.compactMap { $0["op"] as? String }.filter { $0 == "pathcount" }.count, 1)
        XCTAssertEqual(object?["columns"] as? [String], ["count(*)"])
    }
}

/// Values as the runner sends them.
final class SparkWireValueTests: XCTestCase {
    private func decode(_ json: String) throws -> Value {
        try JSONDecoder().decode(SparkWireValue.self, from: Data(json.utf8)).value
    }

    func testDoublesStayDoublesAndIntegersIntegers() throws {
        XCTAssertEqual(try decode(#"{"d": "1.0"}"#), .double(1))
        XCTAssertEqual(try decode("1"), .int(1))
        XCTAssertEqual(try decode("true"), .bool(true))
        XCTAssertEqual(try decode(#"[1, null, "x"]"#), .list([.int(1), .null, .string("x")]))
        XCTAssertTrue(try decode(#"{"d": "NaN"}"#).description.lowercased().contains("nan"))
    }

    func testStructsBecomeNodesAndRelationships() throws {
        let node = try decode(#"{"m": {"id": 7, "labels": ["Material"], "properties": {"m": {"name": "PAN", "tier": null}}}}"#)
        XCTAssertEqual(node, .node(Node(id: NodeID(7), labels: ["Material"], properties: ["name": "PAN"])))
        let edge = try decode(#"{"m": {"id": 3, "type": "FEEDS", "src": 1, "dst": 2, "properties": {"m": {"qty": {"d": "2.5"}}}}}"#)
        XCTAssertEqual(edge, .edge(Edge(id: EdgeID(3), type: "FEEDS", from: NodeID(1), to: NodeID(2), properties: ["qty": .double(2.5)])))
        XCTAssertEqual(try decode(#"{"m": {"a": 1}}"#), .map(["a": .int(1)]))
    }
}
