#if canImport(Glibc)
import Glibc
#endif

/// Storage: charges glibc's deferred free-list work to the bulk write that caused it.
///
/// A write of hundreds of thousands of elements frees millions of small temporary
/// objects. glibc's malloc leaves freed chunks on an unsorted list and sorts at most
/// 10,000 of them per later allocation of a size it cannot serve at once, so the first
/// queries after a bulk load would pay for it. Allocating and freeing a few hundred blocks
/// of growing sizes right after the commit does that sorting once, inside the write that
/// created the garbage. Elsewhere than glibc this does nothing.
enum AllocatorSettling {
    /// The number of created or changed elements from which a write settles the allocator.
    static let threshold = 100_000

    static func settle(afterChanging count: Int) {
        #if canImport(Glibc)
        guard count >= threshold else { return }
        var blocks: [UnsafeMutableRawPointer?] = []
        blocks.reserveCapacity(200)
        for size in [2048, 8192, 32768, 65536, 131_072] {
            for _ in 0..<40 { blocks.append(malloc(size)) }
        }
        blocks.forEach { free($0) }
        #endif
    }
}
