import CLibEdit
import Foundation

/// The REPL's line input through libedit: Emacs key bindings, history with Up/Down and
/// Ctrl-R search, persistent history in `$XDG_STATE_HOME/chaingraph/history` (or
/// `~/.local/state/chaingraph/history`), and Tab completion through a ``Completer``.
final class LineEditor {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private var event = HistEvent()
    private let historyFile: String?

    /// The prompt libedit shows; read by the C prompt callback.
    nonisolated(unsafe) static var prompt: [CChar] = Array("chaingraph> ".utf8CString)
    /// The completer Tab calls; set by the REPL.
    nonisolated(unsafe) static var completer: Completer?
    /// Set when Ctrl-C ended the line being edited.
    nonisolated(unsafe) static var interrupted = false

    /// What reading a line gave.
    enum Input: Equatable {
        /// A line, without its newline.
        case line(String)
        /// Ctrl-C while editing: the caller drops the line and any unfinished statement.
        case interrupted
        /// End of input (Ctrl-D on an empty line).
        case end
    }

    init?(programName: String) {
        Self.useUTF8Locale()
        guard let editLine = cg_el_init(programName), let history = history_init() else { return nil }
        self.editLine = editLine
        self.history = history
        historyFile = Self.historyPath()
        cg_history_setsize(history, &event, 2000)
        cg_history_unique(history, &event, 1)
        cg_el_set_editor(editLine, "emacs")
        cg_el_set_history(editLine, history)
        // SIGINT is handled by the REPL's InterruptHandler, not by libedit; while a line is
        // edited, Ctrl-C is a key that ends it as interrupted (as in psql and cypher-shell).
        cg_el_set_signal(editLine, 0)
        cg_el_setty_edit(editLine, "-isig")
        cg_el_set_prompt(editLine) { _ in
            LineEditor.prompt.withUnsafeMutableBufferPointer { $0.baseAddress }
        }
        cg_el_add_function(editLine, "cg-complete", "Complete the word before the cursor") { editLine, _ in
            guard let editLine else { return UInt8(CC_ERROR) }
            return LineEditor.complete(editLine)
        }
        cg_el_bind(editLine, "^I", "cg-complete")
        cg_el_bind(editLine, "^R", "em-inc-search-prev")
        cg_el_add_function(editLine, "cg-interrupt", "Drop the line and the unfinished statement") { _, _ in
            LineEditor.interrupted = true
            return UInt8(CC_NEWLINE)
        }
        cg_el_bind(editLine, "^C", "cg-interrupt")
        if let historyFile { cg_history_load(history, &event, historyFile) }
    }

    /// libedit reads multibyte characters (Chinese names) only under a UTF-8 character
    /// locale: the environment's when it is one, else C.UTF-8 (a terminal without `LANG`
    /// set still sends UTF-8, and the seed graph is full of Chinese names).
    static func useUTF8Locale() {
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        if !chosen.uppercased().contains("UTF-8") && !chosen.uppercased().contains("UTF8") {
            for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, fallback) != nil { return }
        }
    }

    deinit {
        el_end(editLine)
        history_end(history)
    }

    /// Reads one line.
    func readLine(prompt: String) -> Input {
        LineEditor.prompt = Array(prompt.utf8CString)
        LineEditor.interrupted = false
        var count: Int32 = 0
        let line = el_gets(editLine, &count)
        if LineEditor.interrupted { return .interrupted }
        guard let line, count > 0 else { return .end }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    /// Adds a statement to the history and saves the history file.
    func remember(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        cg_history_enter(history, &event, entry)
        if let historyFile { cg_history_save(history, &event, historyFile) }
    }

    private static func historyPath() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["CHAINGRAPH_HISTORY"] { return explicit.isEmpty ? nil : explicit }
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.local/state" }
        guard let base else { return nil }
        let folder = base + "/chaingraph"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/history"
    }

    private static func complete(_ editLine: OpaquePointer) -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let completer else { return UInt8(CC_ERROR) }
        let length = info.cursor - info.buffer
        let before = String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: length), as: UTF8.self)
        let completion = completer.complete(before)
        if !completion.insertion.isEmpty {
            el_insertstr(editLine, completion.insertion)
        }
        if completion.candidates.count > 1 && completion.insertion.isEmpty {
            print("\n" + completion.candidates.prefix(60).joined(separator: "  "))
            return UInt8(CC_REDISPLAY)
        }
        return UInt8(completion.candidates.isEmpty ? CC_ERROR : CC_REFRESH)
    }
}
