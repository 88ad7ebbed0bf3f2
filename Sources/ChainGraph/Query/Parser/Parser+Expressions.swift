extension Parser {
    mutating func expression() throws -> Expression {
        try nest()
        defer { unnest() }
        return try orExpression()
    }

    /// Mutating so that `previousEnd` is read after the arguments (which parse the operands) ran.
    private mutating func make(_ kind: Expression.Kind, from start: Int) -> Expression {
        Expression(kind: kind, start: start, end: previousEnd)
    }

    private mutating func orExpression() throws -> Expression {
        var left = try xorExpression()
        while acceptKeyword("OR") { left = make(.binary(.or, left, try xorExpression()), from: left.start) }
        return left
    }

    private mutating func xorExpression() throws -> Expression {
        var left = try andExpression()
        while acceptKeyword("XOR") { left = make(.binary(.xor, left, try andExpression()), from: left.start) }
        return left
    }

    private mutating func andExpression() throws -> Expression {
        var left = try notExpression()
        while acceptKeyword("AND") { left = make(.binary(.and, left, try notExpression()), from: left.start) }
        return left
    }

    private mutating func notExpression() throws -> Expression {
        let start = current.start
        if acceptKeyword("NOT") {
            try nest()
            defer { unnest() }
            return make(.unary(.not, try notExpression()), from: start)
        }
        return try comparisonExpression()
    }

    private mutating func comparisonExpression() throws -> Expression {
        let first = try predicateExpression()
        var rest: [(ComparisonOperator, Expression)] = []
        while case .symbol(let symbol) = current.kind,
              let comparison = ComparisonOperator(rawValue: symbol == "!=" ? "<>" : symbol) {
            index += 1
            rest.append((comparison, try predicateExpression()))
        }
        return rest.isEmpty ? first : make(.comparison(first: first, rest: rest), from: first.start)
    }

    /// `STARTS WITH`, `ENDS WITH`, `CONTAINS`, `=~`, `IN`, `IS [NOT] NULL`.
    private mutating func predicateExpression() throws -> Expression {
        var left = try additiveExpression()
        while true {
            if acceptKeywords("STARTS", "WITH") {
                left = make(.binary(.startsWith, left, try additiveExpression()), from: left.start)
            } else if acceptKeywords("ENDS", "WITH") {
                left = make(.binary(.endsWith, left, try additiveExpression()), from: left.start)
            } else if acceptKeyword("CONTAINS") {
                left = make(.binary(.contains, left, try additiveExpression()), from: left.start)
            } else if accept("=~") {
                left = make(.binary(.regexMatch, left, try additiveExpression()), from: left.start)
            } else if acceptKeyword("IN") {
                left = make(.binary(.in, left, try additiveExpression()), from: left.start)
            } else if acceptKeywords("IS", "NULL") {
                left = make(.isNull(left, negated: false), from: left.start)
            } else if acceptKeywords("IS", "NOT", "NULL") {
                left = make(.isNull(left, negated: true), from: left.start)
            } else {
                return left
            }
        }
    }

    private mutating func additiveExpression() throws -> Expression {
        var left = try multiplicativeExpression()
        while current.isSymbol("+") || current.isSymbol("-") {
            let op: BinaryOperator = advance().isSymbol("+") ? .add : .subtract
            left = make(.binary(op, left, try multiplicativeExpression()), from: left.start)
        }
        return left
    }

    private mutating func multiplicativeExpression() throws -> Expression {
        var left = try powerExpression()
        while current.isSymbol("*") || current.isSymbol("/") || current.isSymbol("%") {
            let symbol = advance().text
            let op: BinaryOperator = symbol == "*" ? .multiply : symbol == "/" ? .divide : .modulo
            left = make(.binary(op, left, try powerExpression()), from: left.start)
        }
        return left
    }

    private mutating func powerExpression() throws -> Expression {
        var left = try unaryExpression()
        while accept("^") { left = make(.binary(.power, left, try unaryExpression()), from: left.start) }
        return left
    }

    private mutating func unaryExpression() throws -> Expression {
        let start = current.start
        if current.isSymbol("-") || current.isSymbol("+") {
            let minus = advance().isSymbol("-")
            if minus, let literal = try negatedIntegerLiteral(start: start) { return literal }
            try nest()
            defer { unnest() }
            let operand = try unaryExpression()
            return make(.unary(minus ? .minus : .plus, operand), from: start)
        }
        return try postfixExpression()
    }

    /// `-9223372036854775808` and friends: the literal's magnitude may only fit when negated.
    private mutating func negatedIntegerLiteral(start: Int) throws -> Expression? {
        switch current.kind {
        case .integer(let value) where !peek().isSymbol(".") && !peek().isSymbol("["):
            index += 1
            return make(.literal(.int(-value)), from: start)
        case .oversizedInteger:
            let token = advance()
            if Parser.magnitude(of: token.text) == UInt64(Int64.max) + 1 {
                return make(.literal(.int(.min)), from: start)
            }
            throw error(.integerOverflow, "integer literal -\(token.text) does not fit in 64 bits", at: start)
        default:
            return nil
        }
    }

    static func magnitude(of text: String) -> UInt64? {
        let lower = text.lowercased()
        if lower.hasPrefix("0x") { return UInt64(lower.dropFirst(2), radix: 16) }
        if lower.hasPrefix("0o") { return UInt64(lower.dropFirst(2), radix: 8) }
        return UInt64(lower)
    }

    mutating func postfixExpression() throws -> Expression {
        var base = try primary()
        while true {
            if current.isSymbol("."), peek().isIdentifier {
                index += 1
                let key = advance().text
                base = make(.property(base, key), from: base.start)
            } else if accept("[") {
                if accept("..") {
                    let upper = current.isSymbol("]") ? nil : try expression()
                    try expect("]")
                    base = make(.slice(base, nil, upper), from: base.start)
                    continue
                }
                let first = try expression()
                if accept("..") {
                    let upper = current.isSymbol("]") ? nil : try expression()
                    try expect("]")
                    base = make(.slice(base, first, upper), from: base.start)
                } else {
                    try expect("]")
                    base = make(.subscriptAccess(base, first), from: base.start)
                }
            } else if current.isSymbol(":"), peek().isIdentifier {
                base = make(.hasLabels(base, try labelList()), from: base.start)
            } else {
                return base
            }
        }
    }

    mutating func primary() throws -> Expression {
        let start = current.start
        let token = current
        switch token.kind {
        case .integer(let value):
            index += 1
            return make(.literal(.int(value)), from: start)
        case .oversizedInteger:
            throw error(.integerOverflow, "integer literal \(token.text) does not fit in 64 bits", at: start)
        case .malformedNumber:
            throw error(.invalidNumberLiteral, "invalid number literal '\(token.text)'", at: start)
        case .float(let value):
            index += 1
            return make(.literal(.double(value)), from: start)
        case .string(let value):
            index += 1
            return make(.literal(.string(value)), from: start)
        case .parameter(let name):
            index += 1
            return make(.parameter(name), from: start)
        case .symbol("["):
            return try listOrComprehension()
        case .symbol("{"):
            return make(.map(try mapEntries()), from: start)
        case .symbol("("):
            return try parenthesized()
        case .identifier:
            return try identifierExpression()
        default:
            throw unexpected(expecting: "an expression")
        }
    }

    mutating func mapEntries() throws -> [(key: String, value: Expression)] {
        try expect("{")
        var entries: [(key: String, value: Expression)] = []
        if accept("}") { return entries }
        repeat {
            let key = try name("a map key")
            try expect(":")
            entries.append((key, try expression()))
        } while accept(",")
        try expect("}")
        return entries
    }

    private mutating func parenthesized() throws -> Expression {
        let start = current.start
        if let pattern = expressionPattern() {
            return make(.patternPredicate(pattern), from: start)
        }
        try expect("(")
        let inner = try expression()
        try expect(")")
        return Expression(kind: inner.kind, start: start, end: previousEnd)
    }

    private mutating func listOrComprehension() throws -> Expression {
        let start = current.start
        try expect("[")
        try nest()
        defer { unnest() }
        // [x IN list WHERE … | …]
        if current.isIdentifier && peek().isKeyword("IN") {
            let variable = advance().text
            index += 1
            let source = try expression()
            let predicate = acceptKeyword("WHERE") ? try expression() : nil
            let projection = accept("|") ? try expression() : nil
            try expect("]")
            return make(.listComprehension(variable: variable, source: source, predicate: predicate, projection: projection),
                        from: start)
        }
        // [p = (a)-->(b) WHERE … | …]
        let saved = (index, depth)
        var pathVariable: String?
        if current.isIdentifier && peek().isSymbol("=") {
            pathVariable = advance().text
            index += 1
        }
        if current.isSymbol("("), let pattern = expressionPattern(), current.isKeyword("WHERE") || current.isSymbol("|") {
            let predicate = acceptKeyword("WHERE") ? try expression() : nil
            try expect("|")
            let projection = try expression()
            try expect("]")
            return make(.patternComprehension(path: pathVariable, pattern: pattern, predicate: predicate, projection: projection),
                        from: start)
        }
        (index, depth) = saved
        var items: [Expression] = []
        if !accept("]") {
            items = try expressionList()
            try expect("]")
        }
        return make(.list(items), from: start)
    }

    private mutating func identifierExpression() throws -> Expression {
        let start = current.start
        let token = current
        if token.kind == .identifier(quoted: false) {
            switch token.text.uppercased() {
            case "TRUE": index += 1; return make(.literal(.bool(true)), from: start)
            case "FALSE": index += 1; return make(.literal(.bool(false)), from: start)
            case "NULL": index += 1; return make(.literal(.null), from: start)
            case "CASE": index += 1; return try caseExpression(start: start)
            default: break
            }
        }
        // Function call: name(...) or namespace.name(...)
        var lookahead = 1
        while peek(lookahead).isSymbol("."), peek(lookahead + 1).isIdentifier { lookahead += 2 }
        if token.kind == .identifier(quoted: false) && peek(lookahead).isSymbol("(") {
            var name = advance().text
            while current.isSymbol(".") {
                index += 1
                name += "." + advance().text
            }
            return try functionCall(name: name, start: start)
        }
        index += 1
        if current.isSymbol("{") {
            return try mapProjection(variable: token.text, start: start)
        }
        return make(.variable(token.text), from: start)
    }

    private mutating func mapProjection(variable: String, start: Int) throws -> Expression {
        try expect("{")
        var items: [MapProjectionItem] = []
        if !accept("}") {
            repeat {
                if accept(".") {
                    if accept("*") { items.append(.allProperties) } else { items.append(.property(try name("a property"))) }
                } else {
                    let key = try name("a map projection entry")
                    if accept(":") { items.append(.entry(key, try expression())) } else { items.append(.variable(key)) }
                }
            } while accept(",")
            try expect("}")
        }
        return make(.mapProjection(variable: variable, items: items), from: start)
    }

    private mutating func caseExpression(start: Int) throws -> Expression {
        let subject = current.isKeyword("WHEN") ? nil : try expression()
        var branches: [(when: Expression, then: Expression)] = []
        while acceptKeyword("WHEN") {
            let condition = try expression()
            try expectKeyword("THEN")
            branches.append((condition, try expression()))
        }
        guard !branches.isEmpty else { throw unexpected(expecting: "WHEN") }
        let otherwise = acceptKeyword("ELSE") ? try expression() : nil
        try expectKeyword("END")
        return make(.caseExpression(subject: subject, branches: branches, otherwise: otherwise), from: start)
    }

    private mutating func functionCall(name: String, start: Int) throws -> Expression {
        try expect("(")
        let lower = name.lowercased()
        if lower == "count" && current.isSymbol("*") && peek().isSymbol(")") {
            index += 2
            return make(.countStar, from: start)
        }
        if let quantifier = Quantifier(rawValue: lower), current.isIdentifier, peek().isKeyword("IN") {
            let variable = advance().text
            index += 1
            let source = try expression()
            let predicate = acceptKeyword("WHERE") ? try expression() : nil
            try expect(")")
            return make(.quantifier(quantifier, variable: variable, source: source, predicate: predicate), from: start)
        }
        if lower == "reduce" {
            let accumulator = try self.name("an accumulator name")
            try expect("=")
            let initial = try expression()
            try expect(",")
            let variable = try self.name("a variable name")
            try expectKeyword("IN")
            let source = try expression()
            try expect("|")
            let body = try expression()
            try expect(")")
            return make(.reduce(accumulator: accumulator, initial: initial, variable: variable, source: source, body: body),
                        from: start)
        }
        if lower == "exists", current.isSymbol("(") {
            let saved = (index, depth)
            if let pattern = expressionPattern(), accept(")") {
                return make(.patternPredicate(pattern), from: start)
            }
            (index, depth) = saved
        }
        let distinct = acceptKeyword("DISTINCT")
        var arguments: [Expression] = []
        if !accept(")") {
            arguments = try expressionList()
            try expect(")")
        }
        return make(.function(name: name, distinct: distinct, arguments: arguments), from: start)
    }
}
