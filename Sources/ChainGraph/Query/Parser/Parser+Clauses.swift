extension Parser {
    mutating func singleQuery() throws -> SingleQuery {
        var clauses: [Clause] = []
        while true {
            let start = current.start
            if acceptKeyword("MATCH") {
                clauses.append(.match(try match(optional: false, start: start)))
            } else if acceptKeywords("OPTIONAL", "MATCH") {
                clauses.append(.match(try match(optional: true, start: start)))
            } else if acceptKeyword("UNWIND") {
                let list = try expression()
                try expectKeyword("AS")
                clauses.append(.unwind(list, variable: try name("a variable name"), position: start))
            } else if acceptKeyword("WITH") {
                clauses.append(.with(try projection(start: start, allowsWhere: true)))
            } else if acceptKeyword("RETURN") {
                clauses.append(.return(try projection(start: start, allowsWhere: false)))
            } else if acceptKeyword("CREATE") {
                clauses.append(.create(try patternList(), position: start))
            } else if acceptKeyword("MERGE") {
                clauses.append(.merge(try merge(start: start)))
            } else if acceptKeyword("SET") {
                clauses.append(.set(try setItems(), position: start))
            } else if acceptKeyword("REMOVE") {
                clauses.append(.remove(try removeItems(), position: start))
            } else if acceptKeyword("DELETE") {
                clauses.append(.delete(try expressionList(), detach: false, position: start))
            } else if acceptKeywords("DETACH", "DELETE") {
                clauses.append(.delete(try expressionList(), detach: true, position: start))
            } else if acceptKeyword("CALL") {
                clauses.append(.call(try procedureCall(start: start)))
            } else {
                break
            }
        }
        guard !clauses.isEmpty else {
            throw unexpected(expecting: "a clause (MATCH, RETURN, CREATE, …)")
        }
        let endsHere = current.kind == .end || current.isSymbol(";") || current.isKeyword("UNION")
        guard endsHere else { throw unexpected(expecting: "a clause, ';' or the end of the query") }
        return SingleQuery(clauses: clauses)
    }

    private mutating func match(optional: Bool, start: Int) throws -> Match {
        let patterns = try patternList()
        let predicate = acceptKeyword("WHERE") ? try expression() : nil
        return Match(optional: optional, patterns: patterns, predicate: predicate, position: start)
    }

    private mutating func merge(start: Int) throws -> Merge {
        let pattern = try patternPart()
        var onCreate: [SetItem] = [], onMatch: [SetItem] = []
        while current.isKeyword("ON") {
            if acceptKeywords("ON", "CREATE", "SET") {
                onCreate += try setItems()
            } else if acceptKeywords("ON", "MATCH", "SET") {
                onMatch += try setItems()
            } else {
                index += 1
                throw unexpected(expecting: "CREATE SET or MATCH SET after ON")
            }
        }
        return Merge(pattern: pattern, onCreate: onCreate, onMatch: onMatch, position: start)
    }

    mutating func patternList() throws -> [PatternPart] {
        var patterns = [try patternPart()]
        while accept(",") { patterns.append(try patternPart()) }
        return patterns
    }

    mutating func expressionList() throws -> [Expression] {
        var expressions = [try expression()]
        while accept(",") { expressions.append(try expression()) }
        return expressions
    }

    private mutating func projection(start: Int, allowsWhere: Bool) throws -> Projection {
        let distinct = acceptKeyword("DISTINCT")
        var includesExisting = false
        var items: [Projection.Item] = []
        if accept("*") {
            includesExisting = true
            if accept(",") { items = try projectionItems() }
        } else {
            items = try projectionItems()
        }
        var orderBy: [(expression: Expression, ascending: Bool)] = []
        if acceptKeywords("ORDER", "BY") {
            repeat {
                let key = try expression()
                var ascending = true
                if acceptKeyword("DESC") || acceptKeyword("DESCENDING") {
                    ascending = false
                } else if acceptKeyword("ASC") || acceptKeyword("ASCENDING") {
                    ascending = true
                }
                orderBy.append((key, ascending))
            } while accept(",")
        }
        let skip = acceptKeyword("SKIP") ? try expression() : nil
        let limit = acceptKeyword("LIMIT") ? try expression() : nil
        let predicate = allowsWhere && acceptKeyword("WHERE") ? try expression() : nil
        return Projection(distinct: distinct, includesExisting: includesExisting, items: items, orderBy: orderBy,
                          skip: skip, limit: limit, predicate: predicate, position: start)
    }

    private mutating func projectionItems() throws -> [Projection.Item] {
        var items: [Projection.Item] = []
        repeat {
            let expression = try self.expression()
            if acceptKeyword("AS") {
                let alias = try name("a name after AS")
                items.append(.init(expression: expression, alias: alias, name: alias))
            } else {
                items.append(.init(expression: expression, alias: nil, name: source.text(expression.start, expression.end)))
            }
        } while accept(",")
        return items
    }

    private mutating func setItems() throws -> [SetItem] {
        var items: [SetItem] = []
        repeat {
            let start = current.start
            if current.isIdentifier && (peek().isSymbol("=") || peek().isSymbol("+=")) {
                let variable = advance().text
                let merge = advance().isSymbol("+=")
                let value = try expression()
                items.append(merge ? .mergeProperties(variable: variable, value: value, position: start)
                                   : .replaceProperties(variable: variable, value: value, position: start))
            } else if current.isIdentifier && peek().isSymbol(":") {
                let variable = advance().text
                items.append(.labels(variable: variable, labels: try labelList(), position: start))
            } else {
                let target = try postfixExpression()
                guard case .property(let base, let key) = target.kind else {
                    throw error(.unexpectedSyntax, "SET needs a property (n.key = …), a map (n = {…}, n += {…}) or labels (n:Label)", at: start)
                }
                try expect("=")
                items.append(.property(target: base, key: key, value: try expression()))
            }
        } while accept(",")
        return items
    }

    private mutating func removeItems() throws -> [RemoveItem] {
        var items: [RemoveItem] = []
        repeat {
            let start = current.start
            if current.isIdentifier && peek().isSymbol(":") {
                let variable = advance().text
                items.append(.labels(variable: variable, labels: try labelList(), position: start))
            } else {
                let target = try postfixExpression()
                guard case .property(let base, let key) = target.kind else {
                    throw error(.unexpectedSyntax, "REMOVE needs a property (n.key) or labels (n:Label)", at: start)
                }
                items.append(.property(target: base, key: key))
            }
        } while accept(",")
        return items
    }

    mutating func labelList() throws -> [String] {
        var labels: [String] = []
        while accept(":") { labels.append(try name("a label")) }
        return labels
    }

    private mutating func procedureCall(start: Int) throws -> ProcedureCall {
        var name = try self.name("a procedure name")
        while accept(".") { name += "." + (try self.name("a procedure name")) }
        var arguments: [Expression] = []
        if accept("(") {
            if !accept(")") {
                arguments = try expressionList()
                try expect(")")
            }
        }
        var yields: [(name: String, alias: String?)] = []
        var predicate: Expression?
        if acceptKeyword("YIELD") {
            repeat {
                let field = try self.name("a field to yield")
                yields.append((field, acceptKeyword("AS") ? try self.name("a name after AS") : nil))
            } while accept(",")
            if acceptKeyword("WHERE") { predicate = try expression() }
        }
        return ProcedureCall(name: name, arguments: arguments, yields: yields, predicate: predicate, position: start)
    }
}
