/// The random query generator of the differential tests: queries of the ``ReferenceQuery``
/// grammar over graphs of `:A` and `:B` nodes with properties `i` (the node's number), `k`
/// (0–2 or missing) and `s` ('x', 'y' or missing), and `R` and `S` relationships. The unit
/// tests compare the engine with a reference evaluator on such queries; `chaingraph spark
/// check --random` compares the engine with its Spark translation.
public enum RandomQueryGenerator {
    /// A node pattern for `variable`: a label (A or B) two times in five, a `{k: …}` map three times in twenty; bare for a node bound earlier.
    public static func makeNode(_ variable: String, _ random: inout SplitMixRandom, bare: Bool = false) -> ReferenceQuery.NodeSpec {
        if bare { return .init(variable: variable, label: nil, k: nil) }
        return .init(variable: variable, label: [nil, nil, nil, "A", "B"][random.next(5)], k: random.next(20) < 3 ? random.next(3) : nil)
    }

    /// A step to `node`: any direction, a type (R or S) half the time, a length range `*m..n` (m ≤ 2) a third of the time.
    public static func makeStep(_ node: ReferenceQuery.NodeSpec, _ random: inout SplitMixRandom) -> ReferenceQuery.Step {
        let direction: ReferenceQuery.Direction = [.outgoing, .incoming, .either][random.next(3)]
        var range: (Int, Int)?
        if random.next(3) == 0 {
            let minimum = random.next(3)
            range = (minimum, max(1, minimum + random.next(3)))
        }
        return .init(type: [nil, nil, "R", "S"][random.next(4)], direction: direction, range: range, node: node)
    }

    /// A WHERE condition over `variables`: comparisons of `k`, `i`, `s`, ids and nulls, nested under NOT, AND and OR up to depth 2.
    public static func makeCondition(_ variables: [String], _ random: inout SplitMixRandom, depth: Int = 0) -> ReferenceQuery.Condition {
        func variable() -> String { variables[random.next(variables.count)] }
        if depth < 2 && random.next(3) == 0 {
            switch random.next(3) {
            case 0: return .not(makeCondition(variables, &random, depth: depth + 1))
            case 1: return .and(makeCondition(variables, &random, depth: depth + 1), makeCondition(variables, &random, depth: depth + 1))
            default: return .or(makeCondition(variables, &random, depth: depth + 1), makeCondition(variables, &random, depth: depth + 1))
            }
        }
        switch random.next(6) {
        case 0: return .propertyEquals(variable(), "k", random.next(3))
        case 1: return .propertyGreater(variable(), ["k", "i"][random.next(2)], random.next(4))
        case 2: return .sameProperty(variable(), variable(), "k")
        case 3: return .isNull(variable(), "k")
        case 4: return .idEquals(variable(), random.next(8))
        default: return .stringEquals(variable(), ["x", "y"][random.next(2)])
        }
    }

    /// One query: a first MATCH of one or two patterns, an optional WHERE, an optional second (OPTIONAL) MATCH, and one of six RETURN shapes.
    public static func makeQuery(_ random: inout SplitMixRandom) -> ReferenceQuery {
        var variables = ["a", "b"]
        var first = ReferenceQuery.Path(start: makeNode("a", &random), steps: [makeStep(makeNode("b", &random), &random)])
        if random.next(10) < 3 {
            first.steps.append(makeStep(makeNode("c", &random), &random))
            variables.append("c")
        }
        var patterns = [first]
        if random.next(4) == 0 {
            let start = variables[random.next(variables.count)]
            patterns.append(ReferenceQuery.Path(start: makeNode(start, &random, bare: true), steps: [makeStep(makeNode("e", &random), &random)]))
            variables.append("e")
        }
        let predicate = random.next(20) < 9 ? makeCondition(variables, &random) : nil
        var query = ReferenceQuery(patterns: patterns, predicate: predicate, projection: .countRows)
        if random.next(3) == 0 {
            let start = variables[random.next(variables.count)]
            var step = makeStep(makeNode("d", &random), &random)
            step.range = nil
            query.second = ReferenceQuery.Path(start: makeNode(start, &random, bare: true), steps: [step])
            query.secondIsOptional = random.next(2) == 0
            if random.next(3) == 0 { query.secondPredicate = makeCondition(["d", start], &random) }
            variables.append("d")
        }
        func some() -> [String] {
            let chosen = variables.filter { _ in random.next(2) == 0 }
            return chosen.isEmpty ? [variables[random.next(variables.count)]] : chosen
        }
        switch random.next(6) {
        case 0: query.projection = .identities(some())
        case 1: query.projection = .countRows
        case 2: query.projection = .distinctProperty(variables[random.next(variables.count)])
        case 3: query.projection = .countDistinct(variables[random.next(variables.count)])
        case 4: query.projection = .grouped(variables[random.next(variables.count)])
        default: query.projection = .ordered(some(), skip: random.next(3), limit: 1 + random.next(5))
        }
        return query
    }

    /// `count` queries from `seed`.
    public static func queries(count: Int, seed: UInt64) -> [String] {
        var random = SplitMixRandom(state: seed &* 7919)
        return (0..<count).map { _ in makeQuery(&random).text }
    }

    /// A CREATE statement for a random graph of the generator's vocabulary with `nodeCount`
    /// nodes (created in order, so that node `n` has id `n` in a new database) and about
    /// twice as many relationships, some parallel.
    public static func graphStatement(nodeCount: Int, seed: UInt64) -> String {
        var random = SplitMixRandom(state: seed &* 104_729)
        var parts: [String] = []
        for index in 0..<nodeCount {
            var labels = ""
            if random.next(2) == 0 { labels += ":A" }
            if random.next(5) < 2 { labels += ":B" }
            var properties = ["i: \(index)"]
            if random.next(4) != 0 { properties.append("k: \(random.next(3))") }
            let text = random.next(3)
            if text > 0 { properties.append("s: '\(text == 1 ? "x" : "y")'") }
            parts.append("(n\(index)\(labels) {\(properties.joined(separator: ", "))})")
        }
        for _ in 0..<(2 * nodeCount + random.next(nodeCount)) {
            let from = random.next(nodeCount)
            var to = random.next(nodeCount - 1)
            if to >= from { to += 1 }
            parts.append("(n\(from))-[:\(random.next(3) == 0 ? "S" : "R")]->(n\(to))")
        }
        return "CREATE " + parts.joined(separator: ", ")
    }
}

/// The deterministic random numbers of the generator (SplitMix64), so that a failure can be replayed.
public struct SplitMixRandom: Sendable {
    /// The generator's state.
    public var state: UInt64

    /// A generator starting at `state`.
    public init(state: UInt64) { self.state = state }

    /// A number in `0..<bound`.
    public mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
