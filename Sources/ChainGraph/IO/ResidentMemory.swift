import Foundation

/// The process's resident memory, as the operating system counts it: what
/// ``QueryOptions/maximumMemory`` measures a running query's growth against.
enum ResidentMemory {
    /// Resident bytes now, or nil where the system does not say.
    ///
    /// On Linux this is one `pread` of `/proc/self/statm` on a descriptor kept open, read
    /// every thousand steps of a statement (``atStatementStart()`` at its start).
    static func current() -> Int? {
        let bytes = read()
        lastReading.value = bytes.map { ($0, ContinuousClock.now) }
        return bytes
    }

    /// Resident bytes as last read when that was less than a millisecond ago, else read now:
    /// the starting point of a statement. A short statement costs a few microseconds; one
    /// read of `/proc` costs about as much (measured with `perf` on Q5 of the benchmark: a
    /// tenth of the statement), so statements run back to back share one reading. What the
    /// process grew in that millisecond before the statement counts as its growth: at most
    /// what a millisecond's allocations make, far below any sensible limit.
    static func atStatementStart() -> Int? {
        if let (bytes, time) = lastReading.value, ContinuousClock.now - time < .milliseconds(1) { return bytes }
        return current()
    }

    /// The last reading and when it was taken.
    private static let lastReading = Locked<(Int, ContinuousClock.Instant)?>(nil)

    private static func read() -> Int? {
        #if os(Linux)
        guard statm >= 0 else { return nil }
        var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &buffer) { bytes -> Int? in
            // "size resident shared text lib data dt", in pages: the second number.
            let count = pread(statm, bytes.baseAddress, bytes.count, 0)
            guard count > 0 else { return nil }
            var index = 0, pages = 0, digits = 0
            while index < count && bytes[index] != UInt8(ascii: " ") { index += 1 }
            index += 1
            while index < count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                pages = pages &* 10 &+ Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
                digits += 1
            }
            return digits > 0 ? pages &* pageSize : nil
        }
        #elseif canImport(Darwin)
        var info = mach_task_basic_info()
        var size = mach_msg_type_number_t(MemoryLayout<mach_task_basic_info>.size / MemoryLayout<natural_t>.size)
        let result = withUnsafeMutablePointer(to: &info) {
            $0.withMemoryRebound(to: integer_t.self, capacity: Int(size)) {
                task_info(mach_task_self_, task_flavor_t(MACH_TASK_BASIC_INFO), $0, &size)
            }
        }
        return result == KERN_SUCCESS ? Int(info.resident_size) : nil
        #else
        return nil
        #endif
    }

    #if os(Linux)
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    private static let statm = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
    #endif
}
