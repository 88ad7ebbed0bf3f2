#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (`flock`) on a database file, held for as long as the
/// database is open for writing, so that a second writer, in this process or another,
/// gets a clear error instead of corrupting the file. The kernel drops the lock when
/// the holder dies, so a killed process never leaves the file locked.
final class FileLock {
    private var descriptor: Int32

    /// Opens (creating if needed) and locks `path`, waiting up to `wait` for another holder
    /// to let go (polling every 20 ms; nil fails at once).
    ///
    /// - Throws: `StorageError (DatabaseLocked)` when another holder keeps the lock,
    ///   `IOError (CannotOpen)` when the file cannot be opened.
    init(path: String, wait: Duration? = nil) throws {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ChainGraphError(.ioError, .cannotOpen, "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        let deadline = wait.map { ContinuousClock.now + $0 }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let reason = errno
            if reason == EWOULDBLOCK, let deadline, ContinuousClock.now < deadline {
                usleep(20_000)
                continue
            }
            close(descriptor)
            descriptor = -1
            if reason == EWOULDBLOCK {
                let waited = wait.map { " (waited \($0))" } ?? ""
                throw ChainGraphError.storage(.databaseLocked,
                    "\(path) is already open for writing by another process or connection\(waited); close it there first, "
                    + "wait for it (DatabaseConfiguration.busyTimeout, --wait SECONDS), or open this one read-only (--read-only)")
            }
            throw ChainGraphError(.ioError, .cannotLock, "cannot lock \(path): \(String(cString: strerror(reason)))")
        }
    }

    /// Releases the lock. SQLite must have closed the file first: closing any descriptor
    /// of a file drops the process's POSIX locks on it, SQLite's included.
    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
