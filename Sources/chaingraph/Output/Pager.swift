import Foundation

/// Shows text through a pager: `$PAGER` when set (run by `/bin/sh`), else `less -FRSX`
/// (quits at once when the text fits, keeps colours, does not wrap long lines). When no
/// pager can start, the text is printed.
enum Pager {
    static func show(_ text: String) {
        fflush(nil)
        let command = ProcessInfo.processInfo.environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -FRSX"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            print(text, terminator: "")
            return
        }
        // A pager that quits early (q in less) closes the pipe: the rest is not wanted, and
        // the write must fail rather than end the process with SIGPIPE.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        let handle = input.fileHandleForWriting
        writeAll(text, to: handle.fileDescriptor)
        try? handle.close()
        process.waitUntilExit()
    }
}
