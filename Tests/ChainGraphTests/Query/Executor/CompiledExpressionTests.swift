@testable import ChainGraph
import XCTest

/// A compiled expression gives what the evaluator gives, on rows of changing layouts too.
final class CompiledExpressionTests: XCTestCase {
    private func context(_ db: GraphDatabase) throws -> ExecutionContext {
        ExecutionContext(graph: try db.snapshot.reader, writer: nil, parameters: [:], source: SourceText("RETURN 1"),
                         options: QueryOptions())
    }

    func testVariablesAndPropertiesFollowTheRowLayout() throws {
        let db = GraphDatabase()
        try db.execute("CREATE (:M {id: 7, name: 'x'})")
        let node = try db.execute("MATCH (m) RETURN m").scalar!
        let context = try self.context(db)
        let evaluator = Evaluator(context)
        let property = CompiledExpression(Expression(kind: .property(Expression(kind: .variable("m"), start: 0, end: 1), "id"), start: 0, end: 4))
        let variable = CompiledExpression(Expression(kind: .variable("m"), start: 0, end: 1))
        var rows: [Bindings] = [["m": node], ["a": .int(1), "m": node], ["a": .int(1)], ["m": .null]]
        rows[1]["b"] = .int(2)
        for row in rows + rows {
            XCTAssertEqual(try property.evaluate(row, evaluator), try evaluator.evaluate(property.expression, row))
            XCTAssertEqual(try variable.evaluate(row, evaluator), try evaluator.evaluate(variable.expression, row))
        }
        XCTAssertEqual(try property.evaluate(rows[0], evaluator), .int(7))
        XCTAssertEqual(try property.evaluate(rows[2], evaluator), .null)
    }

    func testAPropertyOfANonNodeIsTheEvaluatorsError() throws {
        let db = GraphDatabase()
        let evaluator = Evaluator(try context(db))
        let property = CompiledExpression(Expression(kind: .property(Expression(kind: .variable("n"), start: 0, end: 1), "k"), start: 0, end: 3))
        XCTAssertThrowsError(try property.evaluate(["n": .int(3)], evaluator)) { error in
            XCTAssertEqual((error as? ChainGraphError)?.kind, .typeError)
        }
        XCTAssertEqual(try property.evaluate(["n": .map(["k": .int(4)])], evaluator), .int(4))
    }

    func testTruthRefusesANonBoolean() throws {
        let evaluator = Evaluator(try context(GraphDatabase()))
        let literal = CompiledExpression(Expression(kind: .literal(.int(1)), start: 0, end: 1))
        XCTAssertThrowsError(try literal.truth([:], evaluator))
        XCTAssertEqual(try CompiledExpression(Expression(kind: .literal(.null), start: 0, end: 1)).truth([:], evaluator), nil)
    }
}
