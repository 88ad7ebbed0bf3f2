extension Parser {
    static let chainSeparators: Set<String> = ["→", "->", "—", "─", "–", "-"]

    /// `CHAIN [(:Label {…})] step (separator step)+ VIA Type [{…}] [SOURCE 'file'[, LINE n]]`
    /// where a step is `[(:Label {…})] 'name'` or `{ step, step, … }`.
    mutating func chainStatement() throws -> ChainStatement {
        let start = current.start
        try expectKeyword("CHAIN")
        var defaultLabels: [String] = []
        var defaultProperties: Expression?
        // A label group right after CHAIN is the default for every step; a step can still
        // name its own: `CHAIN (:Material) (:Product) 'first' → 'second' VIA FEEDS`.
        if current.isSymbol("(") { (defaultLabels, defaultProperties) = try chainLabelGroup() }
        var stages = [try chainStage()]
        while case .symbol(let symbol) = current.kind, Parser.chainSeparators.contains(symbol) {
            index += 1
            stages.append(try chainStage())
        }
        guard stages.count >= 2 else {
            throw unexpected(expecting: "a separator (→, ->, —, ─, –, -) and the next step of the chain")
        }
        try expectKeyword("VIA")
        let edgeType = try name("an edge type after VIA")
        let edgeProperties = current.isSymbol("{") ? try primary() : nil
        var source: String?, line: Int64?
        if acceptKeyword("SOURCE") {
            guard case .string(let file) = current.kind else { throw unexpected(expecting: "a quoted file name after SOURCE") }
            index += 1
            source = file
            if accept(",") || current.isKeyword("LINE") {
                try expectKeyword("LINE")
                guard case .integer(let number) = current.kind else { throw unexpected(expecting: "a line number after LINE") }
                index += 1
                line = number
            }
        }
        return ChainStatement(defaultLabels: defaultLabels, defaultProperties: defaultProperties, stages: stages,
                              edgeType: edgeType, edgeProperties: edgeProperties, source: source, line: line, position: start)
    }

    private mutating func chainLabelGroup() throws -> ([String], Expression?) {
        try expect("(")
        let labels = try labelList()
        let properties = current.isSymbol("{") ? try primary() : nil
        try expect(")")
        return (labels, properties)
    }

    private mutating func chainStage() throws -> [ChainStatement.Step] {
        if accept("{") {
            var steps = [try chainStep()]
            while accept(",") { steps.append(try chainStep()) }
            try expect("}")
            return steps
        }
        return [try chainStep()]
    }

    private mutating func chainStep() throws -> ChainStatement.Step {
        let start = current.start
        var labels: [String]?, properties: Expression?
        if current.isSymbol("(") {
            let group = try chainLabelGroup()
            labels = group.0.isEmpty ? nil : group.0
            properties = group.1
        }
        guard case .string(let name) = current.kind else { throw unexpected(expecting: "a quoted step name") }
        index += 1
        return ChainStatement.Step(labels: labels, properties: properties, name: name, position: start)
    }
}
