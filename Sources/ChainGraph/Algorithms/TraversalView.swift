/// Algorithms: the graph as the algorithms see it — dense node ids and the edges of a
/// chosen set of types, walked on the adjacency index.
struct TraversalView {
    let graph: GraphReader
    /// Edge-type symbols to follow; nil follows every type.
    let types: [Int32]?

    /// - Throws: in strict mode, `SemanticError (UnknownEdgeType)` for a type the schema does
    ///   not declare. In open mode an unknown type simply has no edges, as in MATCH.
    init(_ graph: GraphReader, types names: [String]?) throws {
        self.graph = graph
        guard let names, !names.isEmpty else {
            types = nil
            return
        }
        if graph.schema.isStrict, let unknown = names.first(where: { graph.schema.edgeType(named: $0) == nil }) {
            throw graph.schema.unknownEdgeType(unknown)
        }
        types = names.compactMap { graph.edgeTypes.id(of: $0) }
    }

    /// The number of node slots (ids run from 0 to this, with holes for deleted nodes).
    var capacity: Int { Int(graph.nodeIDLimit) }

    func exists(_ node: Int64) -> Bool { graph.nodeRecord(node) != nil }

    /// Calls `body` with each (edge, neighbour) pair leaving `node` in `direction`.
    func forEach(_ node: Int64, _ direction: Direction, _ body: (Int64, Int64) -> Void) {
        if let types {
            for type in types {
                graph.forEachEdge(of: node, type: type, direction: direction) { edge, neighbor in
                    body(edge, neighbor)
                    return true
                }
            }
        } else {
            graph.forEachEdge(of: node, type: nil, direction: direction) { edge, neighbor in
                body(edge, neighbor)
                return true
            }
        }
    }

    /// Calls `body` with the neighbour of each live edge of `node` in `lists` (from
    /// ``lists(_:)``): the CSR rows read directly, as the breadth-first search does.
    @inline(__always)
    func forEachNeighbor(of node: Int, in lists: [AdjacencyList], _ body: (Int) -> Void) {
        let graph = self.graph
        for index in lists.indices {
            // By index: `for list in lists` copies each list, retaining its arrays.
            lists[index].forEachLiveEntry(of: node, isAlive: { graph.isEdgeAlive($0) }) { body(Int($0.neighbor)) }
        }
    }

    func neighbors(_ node: Int64, _ direction: Direction) -> [Int64] {
        var result: [Int64] = []
        forEach(node, direction) { _, neighbor in result.append(neighbor) }
        return result
    }

    /// The adjacency lists a traversal in `direction` walks (both lists of each type for `.both`).
    func lists(_ direction: Direction) -> [AdjacencyList] {
        let typeIndexes = types.map { $0.map(Int.init) } ?? Array(0..<graph.adjacencyTypeCount)
        var result: [AdjacencyList] = []
        for type in typeIndexes where type < graph.adjacencyTypeCount {
            if direction != .incoming { result.append(graph.adjacency(ofType: type, .outgoing)) }
            if direction != .outgoing { result.append(graph.adjacency(ofType: type, .incoming)) }
        }
        return result
    }

    /// Breadth-first search from `starts`: the distance of every node (−1 where unreached)
    /// and the nodes reached, in discovery order (nearest first). Optionally avoids one node
    /// and stops at `maxDepth`.
    ///
    /// The hot loop reads the CSR rows directly, with a dense distance array.
    func breadthFirst(from starts: [Int64], _ direction: Direction, maxDepth: Int? = nil,
                      avoiding: Int64? = nil) -> (distance: NodeDistances, order: [Int32]) {
        let distance = NodeDistances(capacity: capacity)
        var order: [Int32] = []
        let lists = self.lists(direction)
        let graph = self.graph
        let alive = { (edge: UInt32) in graph.isEdgeAlive(edge) }
        let avoided = avoiding.map { Int32($0) } ?? -1
        let limit = maxDepth.map { Int32($0) } ?? Int32.max
        distance.withBuffers { stamps, distances, generation in
            for start in starts where start != avoiding && stamps[Int(start)] != generation {
                stamps[Int(start)] = generation
                distances[Int(start)] = 0
                order.append(Int32(start))
            }
            var head = 0
            while head < order.count {
                let node = Int(order[head])
                head += 1
                let depth = distances[node]
                if depth >= limit { continue }
                for index in lists.indices {
                    // By index: `for list in lists` copies each list, retaining its arrays.
                    lists[index].forEachLiveEntry(of: node, isAlive: alive) { entry in
                        let next = Int(entry.neighbor)
                        if stamps[next] != generation && Int32(next) != avoided {
                            stamps[next] = generation
                            distances[next] = depth + 1
                            order.append(Int32(next))
                        }
                    }
                }
            }
        }
        return (distance, order)
    }

    /// Breadth-first distances from `starts` (−1 where unreached).
    func distances(from starts: [Int64], _ direction: Direction, maxDepth: Int? = nil, avoiding: Int64? = nil) -> NodeDistances {
        breadthFirst(from: starts, direction, maxDepth: maxDepth, avoiding: avoiding).distance
    }

    /// The shortest path from `start` to `end` as edge ids, by bidirectional breadth-first
    /// search (expanding the smaller frontier one whole level at a time), within `maxLength`
    /// edges; nil when there is none. Memory and time follow the part of the graph explored,
    /// not the graph's size.
    func shortestPath(from start: Int64, to end: Int64, _ direction: Direction, maxLength: Int) -> [Int64]? {
        if start == end { return [] }
        let reverse: Direction = direction == .outgoing ? .incoming : direction == .incoming ? .outgoing : .both
        let forwardLists = lists(direction), backwardLists = lists(reverse)
        let graph = self.graph
        let alive = { (edge: UInt32) in graph.isEdgeAlive(edge) }
        // node -> (distance, previous node, edge to it); previous is -1 at the ends.
        var forward: [Int32: (Int32, Int32, UInt32)] = [Int32(start): (0, -1, 0)]
        var backward: [Int32: (Int32, Int32, UInt32)] = [Int32(end): (0, -1, 0)]
        var forwardFrontier = [Int32(start)], backwardFrontier = [Int32(end)]
        var forwardDepth: Int32 = 0, backwardDepth: Int32 = 0
        var meeting: (node: Int32, length: Int32)?
        while !forwardFrontier.isEmpty && !backwardFrontier.isEmpty && Int(forwardDepth + backwardDepth) < maxLength {
            let expandForward = forwardFrontier.count <= backwardFrontier.count
            var next: [Int32] = []
            if expandForward {
                forwardDepth += 1
                for node in forwardFrontier {
                    for list in forwardLists {
                        list.forEachLiveEntry(of: Int(node), isAlive: alive) { entry in
                            let neighbor = Int32(entry.neighbor)
                            guard forward[neighbor] == nil else { return }
                            forward[neighbor] = (forwardDepth, node, entry.edge)
                            next.append(neighbor)
                            if let other = backward[neighbor], meeting == nil || forwardDepth + other.0 < meeting!.length {
                                meeting = (neighbor, forwardDepth + other.0)
                            }
                        }
                    }
                }
                forwardFrontier = next
            } else {
                backwardDepth += 1
                for node in backwardFrontier {
                    for list in backwardLists {
                        list.forEachLiveEntry(of: Int(node), isAlive: alive) { entry in
                            let neighbor = Int32(entry.neighbor)
                            guard backward[neighbor] == nil else { return }
                            backward[neighbor] = (backwardDepth, node, entry.edge)
                            next.append(neighbor)
                            if let other = forward[neighbor], meeting == nil || backwardDepth + other.0 < meeting!.length {
                                meeting = (neighbor, backwardDepth + other.0)
                            }
                        }
                    }
                }
                backwardFrontier = next
            }
            if meeting != nil { break }
        }
        guard let meeting, Int(meeting.length) <= maxLength else { return nil }
        var head: [Int64] = [], node = meeting.node
        while let step = forward[node], step.1 >= 0 {
            head.append(Int64(step.2))
            node = step.1
        }
        var tail: [Int64] = []
        node = meeting.node
        while let step = backward[node], step.1 >= 0 {
            tail.append(Int64(step.2))
            node = step.1
        }
        return head.reversed() + tail
    }

    /// Nodes with no incoming edge of the followed types: the raw materials.
    func sources() -> [Int64] {
        var result: [Int64] = []
        for node in 0..<Int64(capacity) where exists(node) {
            var hasIncoming = false
            forEach(node, .incoming) { _, _ in hasIncoming = true }
            if !hasIncoming { result.append(node) }
        }
        return result
    }
}
