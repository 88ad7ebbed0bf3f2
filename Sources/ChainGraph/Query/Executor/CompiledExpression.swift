/// Executor: an expression prepared once for all the rows one operator evaluates it on.
///
/// The shapes that rows evaluate most — a variable, a property of a variable (`b.id`), a
/// literal, a parameter — run without walking the syntax tree: the variable's slot is
/// found once per row layout and remembered (rows of one stage share their layout, see
/// ``Bindings``), and the property key's symbol once. Every other expression is evaluated
/// by ``Evaluator``, with the same results and errors.
final class CompiledExpression {
    /// The expression as written.
    let expression: Expression

    private enum Form {
        case literal(Value)
        case variable(String)
        case nodeProperty(variable: String, key: String)
        case general
    }

    private let form: Form
    /// The layout last seen and the variable's slot in it (held strongly, so that no other
    /// layout can take its address).
    private var cachedLayout: Bindings.Layout?
    private var cachedSlot: Int?
    /// The property key's symbol, once the graph has one (symbols are never taken back).
    private var keySymbol: Int32?

    /// `expression`, prepared.
    init(_ expression: Expression) {
        self.expression = expression
        switch expression.kind {
        case .literal(let value): form = .literal(value)
        case .variable(let name): form = .variable(name)
        case .property(let base, let key):
            if case .variable(let name) = base.kind { form = .nodeProperty(variable: name, key: key) } else { form = .general }
        default: form = .general
        }
    }

    /// The expression's value on `row`.
    func evaluate(_ row: Bindings, _ evaluator: Evaluator) throws -> Value {
        switch form {
        case .literal(let value):
            return value
        case .variable(let name):
            return slot(of: name, in: row).map { row.values[$0] } ?? .null
        case .nodeProperty(let name, let key):
            guard let slot = slot(of: name, in: row) else { return .null }
            let base = row.values[slot]
            if case .node(let node) = base {
                let graph = evaluator.context.graph
                if keySymbol == nil { keySymbol = graph.propertyKeys.id(of: key) }
                if let keySymbol, let stored = graph.nodeProperty(node.id.rawValue, keySymbol) { return stored ?? .null }
            }
            return try evaluator.property(of: base, key, at: expression)
        case .general:
            return try evaluator.evaluate(expression, row)
        }
    }

    /// The predicate's truth on `row`: true, false, or nil for null; other values are an error.
    func truth(_ row: Bindings, _ evaluator: Evaluator) throws -> Bool? {
        switch form {
        case .general: return try evaluator.truth(expression, row)
        default: return try evaluator.truth(of: try evaluate(row, evaluator), at: expression)
        }
    }

    private func slot(of name: String, in row: Bindings) -> Int? {
        if let cachedLayout, cachedLayout === row.layout { return cachedSlot }
        cachedLayout = row.layout
        cachedSlot = row.layout.slot(of: name)
        return cachedSlot
    }
}
