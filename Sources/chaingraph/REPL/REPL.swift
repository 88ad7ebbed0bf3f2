import ArgumentParser
import ChainGraph
import Foundation

/// The interactive loop: libedit input, Ctrl-C cancelling the running statement or, at
/// the prompt, dropping the line and the unfinished statement (an unclosed string too),
/// Ctrl-D leaving.
struct REPL {
    let session: REPLSession

    func run(loaded: String) throws {
        guard let editor = LineEditor(programName: "chaingraph") else {
            printError("cannot start line editing on this terminal")
            throw ExitCode(1)
        }
        let database = session.database
        LineEditor.completer = Completer(
            labels: { (try? database.snapshot)?.labelNames ?? [] },
            edgeTypes: { (try? database.snapshot)?.edgeTypeNames ?? [] },
            properties: { (try? database.snapshot)?.propertyNames ?? [] },
            entityNames: { Self.entityNames(database) })
        let running = session.cancellation
        let interrupts = InterruptHandler {
            if !running.cancel() { FileHandle.standardOutput.write(Data("\n(Ctrl-D or :quit leaves)\n".utf8)) }
        }
        defer { interrupts.stop() }
        print(session.banner(loaded: loaded))
        while !session.finished {
            let line: String
            switch editor.readLine(prompt: session.prompt) {
            case .line(let text): line = text
            case .interrupted:
                session.discardPending()
                print("^C")
                continue
            case .end:
                print()
                return
            }
            let (output, statements) = session.handle(line: line)
            for statement in statements { editor.remember(statement) }
            if session.usesPager && session.terminal.outputIsTerminal
                && output.reduce(0, { $0 + ($1 == "\n" ? 1 : 0) }) > session.terminal.height - 2 {
                Pager.show(output)
            } else if !output.isEmpty {
                print(output, terminator: "")
            }
        }
    }

    /// Names and aliases of nodes, for completion inside quotes (first 50,000 nodes).
    static func entityNames(_ database: GraphDatabase) -> [String] {
        guard let result = try? database.execute(
            "MATCH (n) WHERE n.name IS NOT NULL RETURN n.name AS name, n.aliases AS aliases LIMIT 50000") else { return [] }
        var names: [String] = []
        for row in result.rows {
            if case .string(let name) = row[0] { names.append(name) }
            if case .list(let aliases) = row[1] { names += aliases.compactMap(\.stringValue) }
        }
        return names
    }
}

/// Turns SIGINT into a call on a dedicated thread instead of ending the process.
///
/// SIGINT is blocked in the calling thread (and so in threads it starts later); one
/// thread waits for it with `sigwait` and runs the handler in normal thread context,
/// where it may touch Swift objects (a signal handler may not).
final class InterruptHandler: @unchecked Sendable {
    private let thread: Thread

    init(_ onInterrupt: @escaping @Sendable () -> Void) {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let blocked = set
        thread = Thread {
            var waited = blocked
            while true {
                var received: Int32 = 0
                guard sigwait(&waited, &received) == 0 else { continue }
                if Thread.current.isCancelled { return }
                onInterrupt()
            }
        }
        thread.name = "chaingraph.interrupt"
        thread.start()
    }

    func stop() {
        thread.cancel()
    }
}
