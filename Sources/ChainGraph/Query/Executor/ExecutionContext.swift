import Foundation

/// Everything one running statement shares: the graph it reads (and the writer it
/// writes through), parameters, limits and cancellation, and what it has deleted.
final class ExecutionContext {
    private(set) var graph: GraphReader
    let writer: GraphWriter?
    let parameters: [String: Value]
    let source: SourceText
    let options: QueryOptions
    /// Notices for the user, in the order given, each once.
    private(set) var notices: [String] = []
    var deletedNodes = Set<Int64>()
    var deletedEdges = Set<Int64>()
    /// Nodes and edges as they were when deleted, so results can still show them.
    var deletedNodeValues: [Int64: Node] = [:]
    var deletedEdgeValues: [Int64: Edge] = [:]
    /// Where the clause that is running starts: limit errors point at it.
    var clauseOffset = 0
    /// Node records a scan looked at, and lookups in a property index (for PROFILE).
    var nodesScanned = 0
    var indexLookups = 0
    private var checks = 0
    /// When the statement started (the clock of `datetime()` and its siblings).
    let statementTime = Date()
    /// Time, memory and cancellation, as for every statement.
    private let limits: OperationLimits

    init(graph: GraphReader, writer: GraphWriter?, parameters: [String: Value], source: SourceText,
         options: QueryOptions) {
        self.graph = graph
        self.writer = writer
        self.parameters = parameters
        self.source = source
        self.options = options
        limits = OperationLimits(options, subject: "query",
                                 memoryAdvice: "; add a LIMIT, aggregate earlier, or raise QueryOptions.maximumMemory")
    }

    /// Runs `body` with the clause at `offset` as the running clause (limit errors point
    /// at it), then restores the one before.
    func running<Result>(clauseAt offset: Int, _ body: () throws -> Result) rethrows -> Result {
        let saved = clauseOffset
        clauseOffset = offset
        defer { clauseOffset = saved }
        return try body()
    }

    /// Re-reads the graph after a write through the writer.
    func refresh() {
        if let writer { graph = writer.reader }
    }

    func writer(at offset: Int) throws -> GraphWriter {
        guard let writer else {
            throw ChainGraphError(.semanticError, .readOnlyQuery, "this query cannot write", at: source.position(offset))
        }
        return writer
    }

    var functionContext: FunctionContext {
        FunctionContext(graph: graph, deletedNodes: deletedNodes, deletedEdges: deletedEdges,
                        maximumValueBytes: options.maximumMemory, statementTime: statementTime)
    }

    /// Stops the query when it is cancelled or past its time limit; called in long loops.
    func checkLimits() throws {
        checks &+= 1
        guard checks & 0x3FF == 0 else { return }
        try checkLimitsNow()
    }

    /// The time limit, the memory limit and the cancellation handle, checked now
    /// (``checkLimits()`` checks them every 1,024 calls).
    func checkLimitsNow() throws {
        try limits.checkNow(at: source.position(clauseOffset))
    }

    /// Adds a notice (once, however many rows give it).
    func notify(_ notice: String) {
        if !notices.contains(notice) { notices.append(notice) }
    }

    func checkRowCount(_ count: Int) throws {
        if count > options.maximumRows {
            throw limitError(.tooManyRows,
                             "the query produced more than \(options.maximumRows) intermediate rows; add a LIMIT or raise QueryOptions.maximumRows")
        }
    }

    /// Refuses a value of about `bytes` before it is built when it alone would pass the
    /// memory limit (a string doubled in a `reduce`, a `replace` that multiplies its input).
    func checkNewValue(bytes: Int, _ what: String, at offset: Int) throws {
        guard var failure = FunctionContext.oversizedValue(bytes: bytes, what, limit: options.maximumMemory) else { return }
        failure.position = source.position(offset)
        throw failure
    }

    /// A limit error at the clause that was running.
    private func limitError(_ code: ErrorCode, _ message: String) -> ChainGraphError {
        error(.limitExceeded, code, message, at: clauseOffset)
    }

    static func megabytes(_ bytes: Int) -> Int { (bytes + (1 << 19)) >> 20 }

    func error(_ kind: ChainGraphError.Kind, _ code: ErrorCode, _ message: String, at offset: Int) -> ChainGraphError {
        ChainGraphError(kind, code, message, at: source.position(offset), phase: .runtime)
    }

    /// A lightweight node value: identity only; labels and properties are read from the
    /// graph when used, and filled in when results are returned.
    func nodeReference(_ id: Int64) -> Value { .node(Node(id: NodeID(id), labels: [], properties: [:])) }

    func edgeReference(_ id: Int64) -> Value {
        guard let shape = graph.edgeShape(id) else { return deletedEdgeValues[id].map { .edge($0) } ?? .null }
        return .edge(Edge(id: EdgeID(id), type: graph.edgeTypes.name(of: shape.type), from: NodeID(shape.from),
                          to: NodeID(shape.to), properties: [:]))
    }

    /// A value with every node, edge and path filled in from the graph as it is now.
    func materialize(_ value: Value) -> Value {
        switch value {
        case .node(let node): return .node(fullNode(node.id))
        case .edge(let edge): return .edge(fullEdge(edge))
        case .path(let path):
            return .path(Path(nodes: path.nodes.map { fullNode($0.id) }, edges: path.edges.map { fullEdge($0) }))
        case .list(let items): return .list(items.map(materialize))
        case .map(let entries): return .map(entries.mapValues(materialize))
        default: return value
        }
    }

    func fullNode(_ id: NodeID) -> Node {
        graph.node(id.rawValue) ?? deletedNodeValues[id.rawValue] ?? Node(id: id, labels: [], properties: [:])
    }

    func fullEdge(_ edge: Edge) -> Edge {
        graph.edge(edge.id.rawValue) ?? deletedEdgeValues[edge.id.rawValue] ?? edge
    }
}
