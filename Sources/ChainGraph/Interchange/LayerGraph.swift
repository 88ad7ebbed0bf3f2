/// Export: the graph a ``LayeredLayout`` works on: acyclic, layered, with a point node
/// wherever an edge crosses a column, and the order of each layer.
struct LayerGraph {
    /// The layer (column) of each node; point nodes follow the real ones.
    var layer: [Int]
    /// The nodes each node's edges come from (in the acyclic, layered graph).
    var predecessors: [[Int]]
    /// The nodes each node's edges go to.
    var successors: [[Int]]
    /// Per input edge, the point nodes it passes through, from its source to its target.
    var chains: [[Int]]
    /// The nodes of each layer, top to bottom.
    var orders: [[Int]] = []

    init(nodeCount: Int, edges: [(from: Int, to: Int)]) {
        let reversed = Self.backEdges(nodeCount: nodeCount, edges: edges)
        var forward = [[Int]](repeating: [], count: nodeCount)
        var incoming = [[Int]](repeating: [], count: nodeCount)
        for (index, edge) in edges.enumerated() where edge.from != edge.to {
            let (from, to) = reversed[index] ? (edge.to, edge.from) : (edge.from, edge.to)
            forward[from].append(to)
            incoming[to].append(from)
        }
        layer = Self.layers(forward: forward, incoming: incoming)
        predecessors = [[Int]](repeating: [], count: nodeCount)
        successors = [[Int]](repeating: [], count: nodeCount)
        chains = []
        for (index, edge) in edges.enumerated() {
            guard edge.from != edge.to else {
                chains.append([])
                continue
            }
            let (from, to) = reversed[index] ? (edge.to, edge.from) : (edge.from, edge.to)
            var previous = from
            var chain: [Int] = []
            for column in (layer[from] + 1)..<max(layer[from] + 1, layer[to]) {
                let point = layer.count
                layer.append(column)
                predecessors.append([])
                successors.append([])
                successors[previous].append(point)
                predecessors[point].append(previous)
                chain.append(point)
                previous = point
            }
            successors[previous].append(to)
            predecessors[to].append(previous)
            chains.append(reversed[index] ? chain.reversed() : chain)
        }
    }

    /// Which edges a depth-first search (from nodes in index order) finds going back to a
    /// node on its stack: turned around, they leave the graph acyclic.
    private static func backEdges(nodeCount: Int, edges: [(from: Int, to: Int)]) -> [Bool] {
        var outgoing = [[(to: Int, edge: Int)]](repeating: [], count: nodeCount)
        for (index, edge) in edges.enumerated() where edge.from != edge.to { outgoing[edge.from].append((edge.to, index)) }
        var state = [UInt8](repeating: 0, count: nodeCount)  // 0 new, 1 on the stack, 2 done
        var reversed = [Bool](repeating: false, count: edges.count)
        for root in 0..<nodeCount where state[root] == 0 {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = stack.last {
                if top.next == outgoing[top.node].count {
                    state[top.node] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let (to, edge) = outgoing[top.node][top.next]
                switch state[to] {
                case 0:
                    state[to] = 1
                    stack.append((to, 0))
                case 1: reversed[edge] = true
                default: break
                }
            }
        }
        return reversed
    }

    /// Longest-path layers of an acyclic graph; a node that only feeds others then moves
    /// to the column before the first one it feeds.
    private static func layers(forward: [[Int]], incoming: [[Int]]) -> [Int] {
        let count = forward.count
        var layer = [Int](repeating: 0, count: count)
        var remaining = incoming.map(\.count)
        var ready = (0..<count).filter { remaining[$0] == 0 }.reversed() as [Int]
        var topological: [Int] = []
        while let node = ready.popLast() {
            topological.append(node)
            for next in forward[node] {
                layer[next] = max(layer[next], layer[node] + 1)
                remaining[next] -= 1
                if remaining[next] == 0 { ready.append(next) }
            }
        }
        // Shorter edges: a node with more edges out than in moves right as far as its
        // successors allow, one with more in than out left as far as its predecessors allow
        // (each move shortens the edges in total), until nothing moves — the gain network
        // simplex layering gets, for the common case, at a fraction of its cost.
        let last = layer.max() ?? 0
        for _ in 0..<8 {
            var moved = false
            for node in topological.reversed() {
                let inward = incoming[node].count, outward = forward[node].count
                guard inward != outward else { continue }
                let low = incoming[node].map { layer[$0] + 1 }.max() ?? 0
                let high = forward[node].map { layer[$0] - 1 }.min() ?? last
                let target = outward > inward ? high : low
                if target != layer[node] && low <= high {
                    layer[node] = target
                    moved = true
                }
            }
            if !moved { break }
        }
        return layer
    }

    /// Where the ordering of the layers starts from.
    enum StartingOrder: CaseIterable {
        /// The nodes as numbered.
        case numbered
        /// Breadth-first over edges either way from the nodes without predecessors, as dot
        /// starts, so that neighbours start near each other.
        case breadthFirstFromSources
        /// The same from the nodes without successors.
        case breadthFirstFromSinks
    }

    /// Orders each layer by median sweeps, down then up, each followed by transposition,
    /// from each of `starts`, keeping the order with the fewest crossings seen.
    mutating func order(sweeps: Int, starts: [StartingOrder] = StartingOrder.allCases) {
        let layerCount = (layer.max() ?? -1) + 1
        var best: [[Int]] = []
        var fewest = Int.max
        for start in starts {
            switch start {
            case .numbered: orders = numberedOrder(layerCount)
            case .breadthFirstFromSources: orders = breadthFirstOrder(layerCount, fromSinks: false)
            case .breadthFirstFromSinks: orders = breadthFirstOrder(layerCount, fromSinks: true)
            }
            let count = sweep(sweeps)
            if count < fewest {
                fewest = count
                best = orders
            }
            if fewest == 0 { break }
        }
        orders = best
    }

    /// Each layer's nodes in the order of their numbers.
    private func numberedOrder(_ layerCount: Int) -> [[Int]] {
        var result = [[Int]](repeating: [], count: layerCount)
        for node in layer.indices { result[layer[node]].append(node) }
        return result
    }

    /// Each layer's nodes in the order a breadth-first search over edges either way finds
    /// them, started from the nodes without predecessors (with `fromSinks`, without
    /// successors) in the order of their numbers.
    private func breadthFirstOrder(_ layerCount: Int, fromSinks: Bool) -> [[Int]] {
        var result = [[Int]](repeating: [], count: layerCount)
        var seen = [Bool](repeating: false, count: layer.count)
        var queue: [Int] = []
        func visit(_ node: Int) {
            guard !seen[node] else { return }
            seen[node] = true
            queue.append(node)
            result[layer[node]].append(node)
        }
        let roots = layer.indices.filter { (fromSinks ? successors[$0] : predecessors[$0]).isEmpty } + Array(layer.indices)
        for root in roots where !seen[root] {
            visit(root)
            var head = queue.count - 1
            while head < queue.count {
                let node = queue[head]
                head += 1
                for next in successors[node] { visit(next) }
                for previous in predecessors[node] { visit(previous) }
            }
        }
        return result
    }

    /// Median sweeps from the current ``orders``; leaves the best order seen in ``orders``
    /// and returns its crossings.
    private mutating func sweep(_ sweeps: Int) -> Int {
        var best = orders
        var fewest = crossings(orders)
        var position = [Double](repeating: 0, count: layer.count)
        func number(_ layers: [[Int]]) {
            for nodes in layers { for (index, node) in nodes.enumerated() { position[node] = Double(index) } }
        }
        for sweep in 0..<sweeps where fewest > 0 {
            number(orders)
            let downward = sweep.isMultiple(of: 2)
            let sequence = downward ? Array(orders.indices.dropFirst()) : Array(orders.indices.dropLast().reversed())
            for index in sequence {
                let keys = orders[index].map { node -> Double in
                    let neighbours = (downward ? predecessors[node] : successors[node]).map { position[$0] }.sorted()
                    guard !neighbours.isEmpty else { return position[node] }
                    // The median (of the two middle ones for an even count), as dot orders.
                    let middle = neighbours.count / 2
                    return neighbours.count % 2 == 1 ? neighbours[middle] : (neighbours[middle - 1] + neighbours[middle]) / 2
                }
                orders[index] = zip(orders[index], keys).enumerated()
                    .sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element.0)
                for (rank, node) in orders[index].enumerated() { position[node] = Double(rank) }
            }
            // Every other sweep, neighbours that cross as often either way swap too (as dot's
            // transpose does), which moves the order off a plateau.
            transpose(&position, swappingTies: !downward)
            let count = crossings(orders)
            if count < fewest {
                fewest = count
                best = orders
            }
        }
        orders = best
        if fewest > 0 {
            number(orders)
            transpose(&position, swappingTies: false)
            let count = crossings(orders)
            if count < fewest { return count }
            orders = best
        }
        return fewest
    }

    /// Swaps neighbours in a layer while that removes crossings with both adjacent layers
    /// (dot's "transpose"), a few passes at most; with `swappingTies`, also neighbours whose
    /// swap leaves their crossings as they are (but not none).
    private mutating func transpose(_ position: inout [Double], swappingTies: Bool) {
        for _ in 0..<4 {
            var improved = false
            for index in orders.indices {
                var rank = 0
                while rank + 1 < orders[index].count {
                    let upper = orders[index][rank], lower = orders[index][rank + 1]
                    let now = pairCrossings(upper, lower, position), swapped = pairCrossings(lower, upper, position)
                    if swapped < now || (swappingTies && now > 0 && swapped == now) {
                        orders[index].swapAt(rank, rank + 1)
                        position[upper] = Double(rank + 1)
                        position[lower] = Double(rank)
                        if swapped < now { improved = true }
                    }
                    rank += 1
                }
            }
            if !improved { break }
        }
    }

    /// Crossings between the edges of `upper` and of `lower` (in that order, neighbours in
    /// one layer) with both adjacent layers.
    private func pairCrossings(_ upper: Int, _ lower: Int, _ position: [Double]) -> Int {
        var count = 0
        for neighbours in [(predecessors[upper], predecessors[lower]), (successors[upper], successors[lower])] {
            for first in neighbours.0 {
                for second in neighbours.1 where position[first] > position[second] { count += 1 }
            }
        }
        return count
    }

    /// Each node's position in its layer of `layers` (orders of this graph's nodes).
    func positions(in layers: [[Int]]) -> [Int] {
        var position = [Int](repeating: 0, count: layer.count)
        for nodes in layers { for (index, node) in nodes.enumerated() { position[node] = index } }
        return position
    }

    /// Edge crossings between neighbouring layers of `layers`: inversions of the edges'
    /// target positions once sorted by source position.
    func crossings(_ layers: [[Int]]) -> Int {
        let position = positions(in: layers)
        var total = 0
        for nodes in layers {
            var ends: [(Int, Int)] = []
            for node in nodes { for next in successors[node] { ends.append((position[node], position[next])) } }
            ends.sort { $0 < $1 }
            var targets = ends.map(\.1)
            total += Self.inversions(&targets)
        }
        return total
    }

    /// Sorts `values` and returns how many pairs were out of order (merge sort).
    private static func inversions(_ values: inout [Int]) -> Int {
        guard values.count > 1 else { return 0 }
        var buffer = values
        var count = 0
        var width = 1
        while width < values.count {
            var start = 0
            while start < values.count {
                let middle = min(start + width, values.count), end = min(start + 2 * width, values.count)
                var left = start, right = middle, out = start
                while left < middle && right < end {
                    if values[left] <= values[right] {
                        buffer[out] = values[left]; left += 1
                    } else {
                        buffer[out] = values[right]; right += 1
                        count += middle - left
                    }
                    out += 1
                }
                while left < middle { buffer[out] = values[left]; left += 1; out += 1 }
                while right < end { buffer[out] = values[right]; right += 1; out += 1 }
                start += 2 * width
            }
            swap(&values, &buffer)
            width *= 2
        }
        return count
    }
}
