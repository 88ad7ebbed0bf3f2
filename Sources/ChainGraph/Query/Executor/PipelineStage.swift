/// Executor: one operator of a push pipeline. Rows flow from the first clause's stage
/// to the sink one at a time: a stage receives a row in ``consume(_:)``, does its work,
/// and hands each row it produces to ``next``. ``finish()`` tells a stage its input has
/// ended; a blocking stage (sort, aggregation, eager) produces its rows then.
///
/// A stage that needs no more input (a LIMIT that is reached) throws ``PipelineStop``:
/// everything upstream unwinds, and ``Pipeline/run(from:)`` finishes the stages after it.
class PipelineStage {
    /// Where this stage's rows go; set when the pipeline is built.
    var next: PipelineStage!
    /// Where the clause this stage runs starts in the statement text (for errors).
    let position: Int

    init(position: Int) {
        self.position = position
    }

    /// Takes one input row.
    func consume(_ row: Bindings) throws {
        try next.consume(row)
    }

    /// Takes the end of the input.
    func finish() throws {
        try next.finish()
    }
}

/// Executor: thrown by a stage that needs no more input; carries the stage, so that
/// the pipeline finishes what comes after it. It never leaves the thread that runs the
/// pipeline (``Pipeline/run(from:)`` catches it), hence unchecked.
struct PipelineStop: Error, @unchecked Sendable {
    let stage: PipelineStage
}

/// Executor: drives a built pipeline from one empty row to its end.
enum Pipeline {
    /// Pushes one empty row into `head`, then its end, and finishes the stages after any
    /// stage that stopped early.
    static func run(from head: PipelineStage) throws {
        var resume: () throws -> Void = {
            try head.consume([:])
            try head.finish()
        }
        while true {
            do {
                try resume()
                return
            } catch let stop as PipelineStop {
                resume = { try stop.stage.next.finish() }
            }
        }
    }
}

/// Executor: the last stage — takes the rows of the query (or of one part of a UNION).
final class SinkStage: PipelineStage {
    private let receive: (Bindings) throws -> Void

    init(position: Int, receive: @escaping (Bindings) throws -> Void) {
        self.receive = receive
        super.init(position: position)
    }

    override func consume(_ row: Bindings) throws {
        try receive(row)
    }

    override func finish() throws {}
}

/// Executor: holds every row until its input ends, then passes them on; stands before
/// updating clauses (and after them), so that a write sees every row of the clause
/// before it and a read after it sees every write.
final class EagerStage: PipelineStage {
    private let context: ExecutionContext
    /// What to do with all rows at once (an updating clause); rows it returns go on.
    private let batch: ([Bindings]) throws -> [Bindings]
    private var rows: [Bindings] = []

    init(context: ExecutionContext, position: Int, batch: @escaping ([Bindings]) throws -> [Bindings]) {
        self.context = context
        self.batch = batch
        super.init(position: position)
    }

    override func consume(_ row: Bindings) throws {
        rows.append(row)
        try context.checkRowCount(rows.count)
    }

    override func finish() throws {
        let output = try context.running(clauseAt: position) { try batch(rows) }
        rows = []
        for row in output { try next.consume(row) }
        try next.finish()
    }
}

/// Executor: counts the rows and the time of the stage it stands before, for PROFILE.
/// Time is inclusive (it contains the stages after); the plan subtracts the next
/// stage's time to show each stage's own.
final class ProfilingStage: PipelineStage {
    private(set) var rows = 0
    private(set) var time = Duration.zero

    override func consume(_ row: Bindings) throws {
        rows += 1
        let started = ContinuousClock.now
        defer { time += ContinuousClock.now - started }
        try next.consume(row)
    }

    override func finish() throws {
        let started = ContinuousClock.now
        defer { time += ContinuousClock.now - started }
        try next.finish()
    }
}
