/// Algorithms: distances of the nodes a traversal reached, sized to what it reached.
///
/// Starts as a hash map, so a small closure in a large graph costs what it visits, not
/// the graph's size; switches to a dense array (one `Int32` per node slot) once the
/// traversal has reached a 64th of the graph, where the array is the faster choice.
struct NodeDistances {
    private var sparse: [Int32: Int32] = [:]
    private var dense: [Int32] = []
    private var isDense = false
    private let capacity: Int
    private let switchPoint: Int

    init(capacity: Int) {
        self.capacity = capacity
        switchPoint = capacity < 4096 ? 0 : capacity / 64
        if switchPoint == 0 {
            dense = [Int32](repeating: -1, count: capacity)
            isDense = true
        }
    }

    /// The distance of `node`, −1 when it was not reached.
    subscript(node: Int) -> Int32 {
        isDense ? dense[node] : (sparse[Int32(node)] ?? -1)
    }

    /// Records the distance of a node reached for the first time.
    mutating func set(_ node: Int, _ distance: Int32) {
        if isDense {
            dense[node] = distance
            return
        }
        sparse[Int32(node)] = distance
        if sparse.count > switchPoint {
            dense = [Int32](repeating: -1, count: capacity)
            for (reached, value) in sparse { dense[Int(reached)] = value }
            sparse = [:]
            isDense = true
        }
    }
}
