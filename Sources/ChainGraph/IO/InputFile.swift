import Foundation

/// A file an import reads: a regular file, or a FIFO or character device read as its
/// bytes come. Waiting on a stream checks the statement's limits every 100 ms, so a time
/// limit or a cancellation ends an import from a FIFO nobody writes to.
final class InputFile {
    let path: String
    private var descriptor: Int32
    private let isStream: Bool
    private let limits: OperationLimits

    /// Opens `path` for reading; a directory or socket is refused.
    init(path: String, limits: OperationLimits = .none) throws {
        self.path = path
        self.limits = limits
        // Non-blocking, so that opening a FIFO does not wait for a writer.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ChainGraphError(.ioError, .cannotOpenFile, "cannot read '\(path)': \(String(cString: strerror(errno)))")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            close(descriptor)
            throw ChainGraphError(.ioError, .cannotOpenFile, "cannot read '\(path)'")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
            isStream = false
        case S_IFIFO, S_IFCHR:
            isStream = true
        case S_IFDIR:
            close(descriptor)
            throw ChainGraphError(.ioError, .cannotOpenFile, "'\(path)' is a directory, not a file to read")
        default:
            close(descriptor)
            throw ChainGraphError(.ioError, .cannotOpenFile, "'\(path)' is neither a file, a FIFO nor a character device")
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Reads up to `count` bytes into `buffer`; 0 at the end of the file.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        while true {
            if isStream { try waitUntilReadable() }
            let got = Foundation.read(descriptor, buffer, count)
            if got >= 0 { return got }
            if errno == EINTR || errno == EAGAIN { continue }
            throw ChainGraphError(.ioError, .readFailed, "reading '\(path)' failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Fills as much of `count` bytes as the file has (fewer only at its end).
    func readFully(upTo count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = try bytes.withUnsafeMutableBytes { try read(into: $0.baseAddress! + filled, count: count - filled) }
            if got == 0 { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Waits until the stream has bytes, or its writer has gone (a FIFO that never had a
    /// writer reports neither: the wait goes on, with the limits checked).
    private func waitUntilReadable() throws {
        while true {
            var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, 100)
            if ready > 0 { return }
            if ready < 0 && errno != EINTR {
                throw ChainGraphError(.ioError, .readFailed, "reading '\(path)' failed: \(String(cString: strerror(errno)))")
            }
            try limits.checkNow()
        }
    }
}
