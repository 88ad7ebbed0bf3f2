/// Writes an AST as an indented tree with line:column positions, for golden-file tests and
/// for looking at what the parser understood.
struct ASTDump {
    let source: SourceText
    private(set) var lines: [String] = []

    init(source: SourceText) { self.source = source }

    static func dump(_ statement: ParsedStatement, _ text: String) -> String {
        var dumper = ASTDump(source: SourceText(text))
        dumper.statement(statement)
        return dumper.lines.joined(separator: "\n") + "\n"
    }

    private mutating func line(_ depth: Int, _ text: String, at offset: Int? = nil) {
        let position = offset.map { " @\(source.position($0).line):\(source.position($0).column)" } ?? ""
        lines.append(String(repeating: "  ", count: depth) + text + position)
    }

    private mutating func statement(_ statement: ParsedStatement) {
        switch statement {
        case .query(let query): self.query(query, 0)
        case .explain(let query): line(0, "Explain"); self.query(query, 1)
        case .profile(let query): line(0, "Profile"); self.query(query, 1)
        case .chain(let chain):
            line(0, "Chain VIA \(chain.edgeType)" + chain.defaultLabels.map { " :" + $0 }.joined()
                 + (chain.source.map { " SOURCE '\($0)'" } ?? "") + (chain.line.map { " LINE \($0)" } ?? ""), at: chain.position)
            for stage in chain.stages {
                line(1, "Stage " + stage.map { step in
                    (step.labels.map { $0.map { ":" + $0 }.joined() + " " } ?? "") + "'\(step.name)'"
                }.joined(separator: " | "), at: stage[0].position)
            }
        case .copy(let copy):
            line(0, "Copy \(copy.type)", at: copy.position)
            expression(copy.path, 1)
        case .interchange(let interchange):
            let verb = interchange.operation == .export ? "Export" : "Import"
            line(0, "\(verb) \(interchange.format.rawValue) PROFILE \(interchange.profile.rawValue)"
                 + (interchange.types.isEmpty ? "" : " TYPES " + interchange.types.joined(separator: ", ")), at: interchange.position)
            expression(interchange.path, 1)
            if let query = interchange.query { self.query(query, 1) }
        case .schema(let command):
            switch command {
            case .createNodeType(let type, let ifNotExists): line(0, type.ddl + (ifNotExists ? " IF NOT EXISTS" : ""))
            case .createEdgeType(let type, let ifNotExists): line(0, type.ddl + (ifNotExists ? " IF NOT EXISTS" : ""))
            case .dropType(let name, let ifExists): line(0, "DROP TYPE \(name)" + (ifExists ? " IF EXISTS" : ""))
            case .addProperty(let type, let property): line(0, "ALTER TYPE \(type) ADD \(property.ddl)")
            case .showTypes: line(0, "SHOW TYPES")
            case .showProcedures: line(0, "SHOW PROCEDURES")
            case .showFunctions: line(0, "SHOW FUNCTIONS")
            case .createIndex(let index, let ifNotExists): line(0, index.ddl + (ifNotExists ? " IF NOT EXISTS" : ""))
            case .dropIndex(let name, let ifExists): line(0, "DROP INDEX \(name)" + (ifExists ? " IF EXISTS" : ""))
            case .showIndexes: line(0, "SHOW INDEXES")
            }
        }
    }

    private mutating func query(_ query: Query, _ depth: Int) {
        for (index, part) in query.parts.enumerated() {
            if index > 0 { line(depth, query.unionAll[index - 1] ? "UnionAll" : "Union") }
            line(depth, "SingleQuery")
            for clause in part.clauses { self.clause(clause, depth + 1) }
        }
    }

    private mutating func clause(_ clause: Clause, _ depth: Int) {
        switch clause {
        case .match(let match):
            line(depth, match.optional ? "OptionalMatch" : "Match", at: match.position)
            for pattern in match.patterns { self.pattern(pattern, depth + 1) }
            if let predicate = match.predicate { line(depth + 1, "Where"); expression(predicate, depth + 2) }
        case .unwind(let list, let variable, let position):
            line(depth, "Unwind AS \(variable)", at: position)
            expression(list, depth + 1)
        case .with(let projection): self.projection("With", projection, depth)
        case .return(let projection): self.projection("Return", projection, depth)
        case .create(let patterns, let position):
            line(depth, "Create", at: position)
            for pattern in patterns { self.pattern(pattern, depth + 1) }
        case .merge(let merge):
            line(depth, "Merge (on create: \(merge.onCreate.count), on match: \(merge.onMatch.count))", at: merge.position)
            pattern(merge.pattern, depth + 1)
        case .set(let items, let position): line(depth, "Set \(items.count) item(s)", at: position)
        case .remove(let items, let position): line(depth, "Remove \(items.count) item(s)", at: position)
        case .delete(let targets, let detach, let position):
            line(depth, detach ? "DetachDelete" : "Delete", at: position)
            for target in targets { expression(target, depth + 1) }
        case .call(let call): line(depth, "Call \(call.name)", at: call.position)
        }
    }

    private mutating func projection(_ name: String, _ projection: Projection, _ depth: Int) {
        line(depth, name + (projection.distinct ? " DISTINCT" : "") + (projection.includesExisting ? " *" : ""), at: projection.position)
        for item in projection.items {
            line(depth + 1, "Item \"\(item.name)\"")
            expression(item.expression, depth + 2)
        }
        for (key, ascending) in projection.orderBy {
            line(depth + 1, ascending ? "OrderBy ASC" : "OrderBy DESC")
            expression(key, depth + 2)
        }
        if let skip = projection.skip { line(depth + 1, "Skip"); expression(skip, depth + 2) }
        if let limit = projection.limit { line(depth + 1, "Limit"); expression(limit, depth + 2) }
        if let predicate = projection.predicate { line(depth + 1, "Where"); expression(predicate, depth + 2) }
    }

    private mutating func pattern(_ pattern: PatternPart, _ depth: Int) {
        func node(_ node: NodePattern) -> String {
            "(" + (node.variable ?? "") + node.labels.map { ":" + $0 }.joined() + (node.properties == nil ? "" : " {…}") + ")"
        }
        var text = (pattern.pathVariable.map { "\($0) = " } ?? "") + node(pattern.start)
        for (relationship, next) in pattern.steps {
            let types = relationship.types.isEmpty ? "" : ":" + relationship.types.joined(separator: "|")
            let length = relationship.length.map { "*\($0.min.map(String.init) ?? "")..\($0.max.map(String.init) ?? "")" } ?? ""
            let body = "[" + (relationship.variable ?? "") + types + length + "]"
            switch relationship.direction {
            case .outgoing: text += "-" + body + "->"
            case .incoming: text += "<-" + body + "-"
            case .both: text += "-" + body + "-"
            }
            text += node(next)
        }
        let shortest = pattern.shortest == .none ? "" : pattern.shortest == .shortest ? "shortestPath " : "allShortestPaths "
        line(depth, "Pattern " + shortest + text, at: pattern.start.start)
        for properties in pattern.expressions { expression(properties, depth + 1) }
    }

    private mutating func expression(_ expression: Expression, _ depth: Int) {
        let label: String
        switch expression.kind {
        case .literal(let value): label = "Literal \(value)"
        case .parameter(let name): label = "Parameter $\(name)"
        case .variable(let name): label = "Variable \(name)"
        case .property(_, let key): label = "Property .\(key)"
        case .subscriptAccess: label = "Subscript"
        case .slice: label = "Slice"
        case .list: label = "List"
        case .map(let entries): label = "Map {" + entries.map(\.key).joined(separator: ", ") + "}"
        case .mapProjection(let variable, _): label = "MapProjection \(variable)"
        case .unary(let op, _): label = "Unary \(op.rawValue)"
        case .binary(let op, _, _): label = "Binary \(op.rawValue)"
        case .comparison(_, let rest): label = "Comparison " + rest.map(\.0.rawValue).joined(separator: " ")
        case .isNull(_, let negated): label = negated ? "IsNotNull" : "IsNull"
        case .hasLabels(_, let labels): label = "HasLabels " + labels.map { ":" + $0 }.joined()
        case .function(let name, let distinct, _): label = "Function \(name)" + (distinct ? " DISTINCT" : "")
        case .countStar: label = "CountStar"
        case .caseExpression: label = "Case"
        case .listComprehension(let variable, _, _, _): label = "ListComprehension \(variable)"
        case .patternComprehension: label = "PatternComprehension"
        case .quantifier(let quantifier, let variable, _, _): label = "Quantifier \(quantifier.rawValue) \(variable)"
        case .reduce(let accumulator, _, let variable, _, _): label = "Reduce \(accumulator), \(variable)"
        case .patternPredicate: label = "PatternPredicate"
        }
        line(depth, label, at: expression.start)
        for child in expression.children { self.expression(child, depth + 1) }
    }
}
