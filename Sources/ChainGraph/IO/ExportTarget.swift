import Foundation

/// Where an export writes, chosen so that an export never destroys data:
///
/// - a regular file (new or existing) is written to a temporary file in the same directory,
///   flushed to disk and renamed over the target only when the export succeeds; a failed
///   export leaves the old file as it was and no fragment;
/// - an existing file is refused when its mode has no owner-write bit or its owner is not
///   the effective user (root included): `IOError (TargetProtected)`;
/// - a ChainGraph database or its `-wal`, `-shm` or `-image` is refused
///   (`IOError (TargetIsDatabase)`): the open database's files by identity (device and
///   inode), any other by content (SQLite's header with ChainGraph's application id, an
///   SQLite WAL, a graph image) or, for `-shm`, by the database beside it;
/// - a FIFO or character device (`/dev/null`, `/dev/stdout`) is written in place, never
///   replaced; waiting for a FIFO's reader and writing into a full pipe check the
///   statement's limits, so a time limit or cancellation interrupts them;
/// - anything else (a directory, a socket, a block device) is refused.
///
/// Write errors are reported; ENOSPC says "disk full" (`IOError (DiskFull)`).
final class ExportTarget {
    /// The path the export names.
    let path: String
    private var descriptor: Int32
    /// The temporary file renamed over ``finalPath`` on commit; nil when writing in place.
    private let temporaryPath: String?
    private let finalPath: String
    private let limits: OperationLimits
    private var finished = false
    /// Bytes written since the limits were last checked.
    private var unchecked = 0
    /// The first write error, kept for the writer that called through C (libxml2).
    private(set) var writeError: ChainGraphError?

    /// Opens `path` for an export. `database` is the open database's file, if any: its
    /// files are refused by identity.
    init(path: String, database: String? = nil, limits: OperationLimits = .none) throws {
        self.path = path
        self.limits = limits
        var status = stat()
        guard !path.isEmpty else { throw Self.failure(.cannotOpenFile, "cannot write to an empty file name") }
        if lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw Self.failure(.cannotOpenFile, "'\(path)' is a link to nothing; give the file itself")
            }
            finalPath = String(cString: resolved)
            free(resolved)
        } else {
            finalPath = path
        }
        guard stat(finalPath, &status) == 0 else {
            guard errno == ENOENT else { throw Self.systemFailure("cannot open '\(path)' for writing", errno, code: .cannotOpenFile) }
            try Self.refuseDatabaseName(finalPath, database: database)
            (descriptor, temporaryPath) = try Self.temporaryFile(beside: finalPath, mode: nil)
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            try Self.refuseDatabase(finalPath, status: status, database: database)
            guard status.st_uid == geteuid() else {
                throw Self.failure(.targetProtected, "'\(path)' belongs to another user (uid \(status.st_uid)); it was left as it is")
            }
            guard status.st_mode & S_IWUSR != 0 else {
                throw Self.failure(.targetProtected, "'\(path)' is read-only (mode \(String(status.st_mode & 0o7777, radix: 8))); "
                                   + "it was left as it is")
            }
            (descriptor, temporaryPath) = try Self.temporaryFile(beside: finalPath, mode: status.st_mode & 0o7777)
        case S_IFIFO, S_IFCHR:
            descriptor = try Self.openInPlace(finalPath, isFIFO: status.st_mode & S_IFMT == S_IFIFO, limits: limits)
            temporaryPath = nil
        case S_IFDIR:
            throw Self.failure(.cannotOpenFile, "'\(path)' is a directory")
        default:
            throw Self.failure(.cannotOpenFile, "'\(path)' is neither a regular file, a FIFO nor a character device")
        }
    }

    deinit { if !finished { abandon() } }

    /// Writes all of `bytes`, waiting (with the limits checked) when a pipe is full. The first
    /// error is also kept in ``writeError``.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        do {
            try writeAll(bytes)
        } catch {
            writeError = writeError ?? (error as? ChainGraphError)
            throw error
        }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written > 0 {
                offset += written
                unchecked += written
                if unchecked >= 1 << 22 {
                    unchecked = 0
                    try limits.checkNow()
                }
            } else if written < 0 && errno == EINTR {
                continue
            } else if written < 0 && errno == EAGAIN {
                try waitUntilWritable()
            } else {
                throw written < 0 ? Self.systemFailure("writing '\(path)' failed", errno)
                                  : Self.failure(.writeFailed, "writing '\(path)' failed")
            }
        }
    }

    /// Flushes the file to disk and, for a regular file, renames it over the target.
    func commit() throws {
        guard !finished else { return }
        if let temporaryPath {
            guard fsync(descriptor) == 0 else { throw Self.systemFailure("flushing '\(path)' failed", errno) }
            guard close(descriptor) == 0 else {
                descriptor = -1
                throw Self.systemFailure("closing '\(path)' failed", errno)
            }
            descriptor = -1
            guard rename(temporaryPath, finalPath) == 0 else { throw Self.systemFailure("cannot replace '\(path)'", errno) }
            Self.syncDirectory(of: finalPath)
        } else {
            close(descriptor)
            descriptor = -1
        }
        finished = true
    }

    /// Gives the export up: the temporary file is removed, the target stays as it was.
    func abandon() {
        guard !finished else { return }
        finished = true
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        if let temporaryPath { unlink(temporaryPath) }
    }

    // MARK: Opening

    /// A new file `.<name>.chaingraph-<random>` beside `path`: created with mode 0666 under the
    /// process's umask (as the target itself would be), then given `mode` when replacing a file.
    private static func temporaryFile(beside path: String, mode: mode_t?) throws -> (Int32, String) {
        let url = URL(fileURLWithPath: path)
        let prefix = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".chaingraph-"
        while true {
            let temporary = prefix + String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor < 0 && errno == EEXIST { continue }
            guard descriptor >= 0 else { throw systemFailure("cannot create a file beside '\(path)'", errno, code: .cannotOpenFile) }
            if let mode { fchmod(descriptor, mode) }
            return (descriptor, temporary)
        }
    }

    private static func openInPlace(_ path: String, isFIFO: Bool, limits: OperationLimits) throws -> Int32 {
        while true {
            let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
            if descriptor >= 0 { return descriptor }
            // A FIFO without a reader: wait for one, as long as the limits allow.
            guard isFIFO, errno == ENXIO || errno == EINTR else { throw systemFailure("cannot open '\(path)' for writing", errno, code: .cannotOpenFile) }
            try limits.checkNow()
            usleep(10_000)
        }
    }

    private func waitUntilWritable() throws {
        while true {
            try limits.checkNow()
            var entry = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&entry, 1, 100)
            if ready > 0 || (ready < 0 && errno != EINTR) { return }
        }
    }

    // MARK: Refusing a database

    /// The suffixes of a database's companion files.
    private static let companionSuffixes = ["-wal", "-shm", "-journal", "-image"]

    private static func refuseDatabaseName(_ path: String, database: String?) throws {
        guard let given = database else { return }
        let path = absolute(path), database = absolute(given)
        if path == database || companionSuffixes.contains(where: { path == database + $0 }) {
            throw failure(.targetIsDatabase, "'\(path)' is the open database's file; it was left as it is")
        }
    }

    private static func refuseDatabase(_ path: String, status: stat, database: String?) throws {
        if let database {
            for candidate in [database] + companionSuffixes.map({ database + $0 }) {
                var other = stat()
                if stat(candidate, &other) == 0 && other.st_dev == status.st_dev && other.st_ino == status.st_ino {
                    throw failure(.targetIsDatabase, "'\(path)' is the open database's file (\(candidate)); it was left as it is")
                }
            }
        }
        if isChainGraphFile(path) {
            throw failure(.targetIsDatabase, "'\(path)' is a ChainGraph database or one of its files; it was left as it is")
        }
        if path.hasSuffix("-shm"), isChainGraphFile(String(path.dropLast(4))) {
            throw failure(.targetIsDatabase, "'\(path)' belongs to the ChainGraph database beside it; it was left as it is")
        }
    }

    /// Whether the file at `path` starts like a ChainGraph database, an SQLite WAL or a graph image.
    static func isChainGraphFile(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 72)) ?? Data())
        if header.count >= 4 && (header[0..<4] == [0x37, 0x7F, 0x06, 0x82] || header[0..<4] == [0x37, 0x7F, 0x06, 0x83]) {
            return true
        }
        if header.count >= GraphImage.magic.count && Array(header[0..<GraphImage.magic.count]) == GraphImage.magic { return true }
        guard header.count >= 72, Array(header[0..<16]) == Array("SQLite format 3\0".utf8) else { return false }
        let applicationID = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return Int32(bitPattern: applicationID) == StorageFormat.applicationID
    }

    /// `path` made absolute against the working directory, `.` and `..` resolved.
    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    // MARK: Errors

    private static func syncDirectory(of path: String) {
        let directory = open(URL(fileURLWithPath: path).deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }

    static func failure(_ code: ErrorCode, _ message: String) -> ChainGraphError {
        ChainGraphError(.ioError, code, message)
    }

    /// An error for `errno` (`code` unless ENOSPC or EDQUOT, which say "disk full").
    static func systemFailure(_ message: String, _ number: Int32, code: ErrorCode = .writeFailed) -> ChainGraphError {
        if number == ENOSPC || number == EDQUOT {
            return failure(.diskFull, "\(message): disk full")
        }
        return failure(code, "\(message): \(String(cString: strerror(number)))")
    }
}
