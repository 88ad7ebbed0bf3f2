/// Export: a last pass over a layered drawing that moves real nodes along their columns where
/// that makes fewer of the straight lines between node centres cross.
///
/// The ordering counts crossings between neighbouring columns, with a long edge passing
/// through a point in each column; a viewer that draws edges straight (Gephi, which gets
/// only positions; NetworkX or igraph plots of the coordinates) draws the line from one
/// centre to the other, which can cross edges the points avoided. Each real node in turn
/// tries the heights that make one of its edges level (its neighbours' heights) and keeps
/// the one with the fewest crossings of straight lines if that is fewer than now; the boxes
/// above or below it in its column move just enough to keep their distance and their order,
/// and their edges are counted too. Nothing changes order, so the drawing stays free of
/// overlaps.
///
/// The work grows with the lines a move touches times the lines over the gaps they span:
/// a node tries its ``heightsTried`` nearest heights, and a try that would bring the pairs
/// of lines compared past ``budget`` is skipped (so a hub with thousands of edges cannot
/// stall an export).
struct StraightLineRefinement {
    /// Pairs of lines compared in one refinement, at most (about a third of a second in a
    /// release build).
    static let budget = 30_000_000
    /// How many heights a node tries, nearest first.
    static let heightsTried = 32

    /// A straight edge between two real nodes, from the left one to the right one.
    private struct Line {
        var left: Int
        var right: Int
        /// The columns of its ends.
        var leftColumn: Int
        var rightColumn: Int
        /// The horizontal centres of its ends.
        var start: Double
        var end: Double
    }

    private let graph: LayerGraph
    private let realCount: Int
    private let columnCentres: [Double]
    private let separation: (Int, Int) -> Double
    private var lines: [Line] = []
    /// The lines of each real node.
    private var linesOf: [[Int]]
    /// The lines passing over each gap between neighbouring columns.
    private var linesOverGap: [[Int]]
    private let position: [Int]
    /// Each node's centre along its column.
    private(set) var centres: [Double]
    /// The centres with the moves under consideration made.
    private var movedCentres: [Double]
    /// Pairs of lines compared so far (counted before comparing: the lines over each gap a
    /// moved line spans).
    private(set) var comparedPairs = 0
    /// Marks of the lines counted in one count (``stamp`` marks the current one).
    private var touchedStamp: [Int]
    private var stamp = 0

    /// Prepares the refinement of `centres` for `graph` (its first `realCount` nodes real)
    /// whose columns are centred at `columnCentres`; `edges` are the real edges.
    init(graph: LayerGraph, realCount: Int, edges: [(from: Int, to: Int)], centres: [Double],
         columnCentres: [Double], separation: @escaping (Int, Int) -> Double) {
        self.graph = graph
        self.realCount = realCount
        self.columnCentres = columnCentres
        self.separation = separation
        self.centres = centres
        movedCentres = centres
        linesOf = Array(repeating: [], count: realCount)
        linesOverGap = Array(repeating: [], count: max(0, columnCentres.count - 1))
        touchedStamp = Array(repeating: 0, count: edges.count)
        position = graph.positions(in: graph.orders)
        for edge in edges where graph.layer[edge.from] != graph.layer[edge.to] {
            let (left, right) = graph.layer[edge.from] < graph.layer[edge.to] ? (edge.from, edge.to) : (edge.to, edge.from)
            let (leftColumn, rightColumn) = (graph.layer[left], graph.layer[right])
            let index = lines.count
            lines.append(Line(left: left, right: right, leftColumn: leftColumn, rightColumn: rightColumn,
                              start: columnCentres[leftColumn], end: columnCentres[rightColumn]))
            linesOf[left].append(index)
            linesOf[right].append(index)
            for gap in leftColumn..<rightColumn { linesOverGap[gap].append(index) }
        }
    }

    /// Runs up to `passes` passes over the real nodes, column by column; stops after a pass
    /// that changes nothing, or where the pairs compared reach ``budget`` (within a pass too).
    mutating func refine(passes: Int = 3) {
        for _ in 0..<passes {
            var improved = false
            for nodes in graph.orders {
                for node in nodes where node < realCount && comparedPairs < Self.budget && improve(node) { improved = true }
            }
            if !improved || comparedPairs >= Self.budget { break }
        }
    }

    /// Moves `node` to the neighbour's height that removes the most crossings, if any does.
    /// The ``heightsTried`` nearest heights are tried, while the budget lasts.
    private mutating func improve(_ node: Int) -> Bool {
        let current = centres[node]
        var heights = Set<Double>()
        for line in linesOf[node] {
            let other = lines[line].left == node ? lines[line].right : lines[line].left
            if centres[other] != current { heights.insert(centres[other]) }
        }
        let targets = heights.sorted { (abs($0 - current), $0) < (abs($1 - current), $1) }.prefix(Self.heightsTried)
        var best: (gain: Int, moves: [(node: Int, centre: Double)])? = nil
        for target in targets {
            let moves = column(of: node, with: target)
            guard let gain = crossingsRemoved(by: moves) else { continue }
            if gain > (best?.gain ?? 0) { best = (gain, moves) }
        }
        guard let best else { return false }
        for move in best.moves {
            centres[move.node] = move.centre
            movedCentres[move.node] = move.centre
        }
        return true
    }

    /// The nodes of `node`'s column that move, and where to, when it goes to `target` and
    /// the others keep their order and distance.
    private func column(of node: Int, with target: Double) -> [(node: Int, centre: Double)] {
        let nodes = graph.orders[graph.layer[node]], rank = position[node]
        var moves = [(node: node, centre: target)]
        var previous = (node: node, centre: target)
        for index in stride(from: rank - 1, through: 0, by: -1) {
            let above = nodes[index], limit = previous.centre - separation(above, previous.node)
            guard centres[above] > limit else { break }
            moves.append((above, limit))
            previous = (above, limit)
        }
        previous = (node, target)
        for index in (rank + 1)..<nodes.count {
            let below = nodes[index], limit = previous.centre + separation(previous.node, below)
            guard centres[below] < limit else { break }
            moves.append((below, limit))
            previous = (below, limit)
        }
        return moves
    }

    /// How many fewer crossings the lines of the moved real nodes have (with every line,
    /// each pair once) once `moves` are made; nil when comparing them would pass the budget.
    private mutating func crossingsRemoved(by moves: [(node: Int, centre: Double)]) -> Int? {
        stamp += 1
        var touched: [Int] = []
        var pairs = 0
        for move in moves where move.node < realCount {
            for line in linesOf[move.node] where touchedStamp[line] != stamp {
                touchedStamp[line] = stamp
                touched.append(line)
                for gap in lines[line].leftColumn..<lines[line].rightColumn { pairs += linesOverGap[gap].count }
            }
        }
        // Finding the lines counts too, so that skipped moves still spend the budget.
        comparedPairs = min(Self.budget, comparedPairs + touched.count)
        guard comparedPairs + pairs <= Self.budget else { return nil }
        comparedPairs += pairs
        for move in moves { movedCentres[move.node] = move.centre }
        defer { for move in moves { movedCentres[move.node] = centres[move.node] } }
        var removed = 0
        for line in touched {
            let first = lines[line]
            for gap in first.leftColumn..<first.rightColumn {
                for other in linesOverGap[gap] where other != line {
                    // Each pair once: at the first gap both pass over; pairs of touched lines once.
                    let second = lines[other]
                    guard max(first.leftColumn, second.leftColumn) == gap,
                          touchedStamp[other] != stamp || other > line else { continue }
                    if cross(first, second, centres) { removed += 1 }
                    if cross(first, second, movedCentres) { removed -= 1 }
                }
            }
        }
        return removed
    }

    /// Whether two straight lines cross with their ends at `centres` (lines sharing a node
    /// do not).
    private func cross(_ first: Line, _ second: Line, _ centres: [Double]) -> Bool {
        if first.left == second.left || first.left == second.right || first.right == second.left
            || first.right == second.right { return false }
        let start = max(first.start, second.start), end = min(first.end, second.end)
        guard start < end else { return false }
        func height(_ line: Line, at x: Double) -> Double {
            let from = centres[line.left], to = centres[line.right]
            return from + (to - from) * (x - line.start) / (line.end - line.start)
        }
        let before = height(first, at: start) - height(second, at: start)
        let after = height(first, at: end) - height(second, at: end)
        return (before > 1e-9 && after < -1e-9) || (before < -1e-9 && after > 1e-9)
    }
}
