import Foundation

/// A row of variable bindings while a query runs.
typealias Row = [String: Value]

/// Everything one running statement shares: the graph it reads (and the transaction it
/// writes through), parameters, limits and cancellation, and what it has deleted.
final class ExecutionContext {
    private(set) var state: GraphState
    let transaction: WriteTransaction?
    let parameters: [String: Value]
    let source: SourceText
    let options: QueryOptions
    var deletedNodes = Set<Int64>()
    var deletedEdges = Set<Int64>()
    /// Nodes and edges as they were when deleted, so results can still show them.
    var deletedNodeValues: [Int64: Node] = [:]
    var deletedEdgeValues: [Int64: Edge] = [:]
    /// Where the clause that is running starts: limit errors point at it.
    var clauseOffset = 0
    private var checks = 0
    /// Time, memory and cancellation, as for every statement.
    private let limits: OperationLimits

    init(state: GraphState, transaction: WriteTransaction?, parameters: [String: Value], source: SourceText,
         options: QueryOptions) {
        self.state = state
        self.transaction = transaction
        self.parameters = parameters
        self.source = source
        self.options = options
        limits = OperationLimits(options, subject: "query",
                                 memoryAdvice: "; add a LIMIT, aggregate earlier, or raise QueryOptions.maximumMemory")
    }

    /// Re-reads the graph after a write through the transaction.
    func refresh() {
        if let transaction { state = transaction.state }
    }

    func writer(at offset: Int) throws -> WriteTransaction {
        guard let transaction else {
            throw ChainGraphError(.semanticError, "ReadOnlyQuery", "this query cannot write", at: source.position(offset))
        }
        return transaction
    }

    var functionContext: FunctionContext {
        FunctionContext(state: state, deletedNodes: deletedNodes, deletedEdges: deletedEdges,
                        maximumValueBytes: options.maximumMemory)
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

    func checkRowCount(_ count: Int) throws {
        if count > options.maximumRows {
            throw limitError("TooManyRows",
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
    private func limitError(_ code: String, _ message: String) -> ChainGraphError {
        error(.limitExceeded, code, message, at: clauseOffset)
    }

    static func megabytes(_ bytes: Int) -> Int { (bytes + (1 << 19)) >> 20 }

    func error(_ kind: ChainGraphError.Kind, _ code: String, _ message: String, at offset: Int) -> ChainGraphError {
        ChainGraphError(kind, code, message, at: source.position(offset), phase: .runtime)
    }

    /// A lightweight node value: identity only; labels and properties are read from the
    /// graph when used, and filled in when results are returned.
    func nodeReference(_ id: Int64) -> Value { .node(Node(id: NodeID(id), labels: [], properties: [:])) }

    func edgeReference(_ id: Int64) -> Value {
        guard let record = state.edgeRecord(id) else { return deletedEdgeValues[id].map { .edge($0) } ?? .null }
        return .edge(Edge(id: EdgeID(id), type: state.edgeTypes.name(of: record.type), from: NodeID(record.from),
                          to: NodeID(record.to), properties: [:]))
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
        state.node(id.rawValue) ?? deletedNodeValues[id.rawValue] ?? Node(id: id, labels: [], properties: [:])
    }

    func fullEdge(_ edge: Edge) -> Edge {
        state.edge(edge.id.rawValue) ?? deletedEdgeValues[edge.id.rawValue] ?? edge
    }
}

/// Limits and controls for one query.
public struct QueryOptions: Sendable {
    /// The most rows any stage of the query may hold; past it the query stops with
    /// `LimitExceeded (TooManyRows)` and changes nothing.
    public var maximumRows: Int
    /// How long the query may run before it stops with `LimitExceeded (Timeout)`.
    public var timeout: Duration?
    /// A handle another thread can use to stop the query.
    public var cancellation: CancellationHandle?
    /// How many relationships a variable-length pattern without an upper bound (`*`, `*2..`)
    /// may walk; a longer trail stops the query with `LimitExceeded (PathTooLong)`.
    public var maximumPathLength: Int
    /// How many bytes the process's resident memory may grow while the query runs, or nil for
    /// no limit; past it the query stops with `LimitExceeded (MemoryLimit)` and changes nothing.
    /// A single value that alone would be larger (a string or list being built) is refused
    /// before it is allocated. Growth is measured every 1,024 steps of the query, for the
    /// whole process: other threads' allocations during the query count too.
    public var maximumMemory: Int?
    /// How many backtracking states one regular-expression match (`=~`) may save before it
    /// stops with `LimitExceeded (RegexTooComplex)` (checked every 10,000; the default of
    /// 100,000,000 is a few seconds of catastrophic backtracking).
    public var maximumRegexBacktracking: Int

    /// A quarter of the machine's physical memory, and at least 1 GiB.
    public static let defaultMaximumMemory = max(1 << 30, Int(clamping: ProcessInfo.processInfo.physicalMemory / 4))

    /// Options with a 10,000,000-row limit, unbounded patterns capped at 100 hops, memory
    /// growth capped at ``defaultMaximumMemory``, and no time limit.
    public init(maximumRows: Int = 10_000_000, timeout: Duration? = nil, cancellation: CancellationHandle? = nil,
                maximumPathLength: Int = 100, maximumMemory: Int? = QueryOptions.defaultMaximumMemory,
                maximumRegexBacktracking: Int = 100_000_000) {
        self.maximumRows = maximumRows
        self.timeout = timeout
        self.cancellation = cancellation
        self.maximumPathLength = maximumPathLength
        self.maximumMemory = maximumMemory
        self.maximumRegexBacktracking = maximumRegexBacktracking
    }
}

/// Cancels a running query from another thread: the query stops at its next check with
/// `LimitExceeded (Cancelled)` and its transaction is rolled back.
public final class CancellationHandle: Sendable {
    private let flag = Locked(false)

    /// A handle that has not been cancelled.
    public init() {}

    /// Asks the query to stop.
    public func cancel() { flag.value = true }

    /// Whether ``cancel()`` was called.
    public var isCancelled: Bool { flag.value }
}
