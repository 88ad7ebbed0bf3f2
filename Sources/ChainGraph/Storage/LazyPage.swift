import Foundation
import Synchronization

/// The size of a page of the paged containers (``PagedArray``, ``ChunkedTable``): 1,024
/// elements, a power of two so that an index splits into page and slot by shifting.
enum StoragePage {
    static let shift = 10
    static let size = 1 << shift
    static let mask = size - 1
}

/// One page of a paged container (``PagedArray``, ``ChunkedTable``): its content, present
/// from the start or decoded on first access.
///
/// A lazy page (from the graph image) holds a decoder instead of its content; the first
/// access from any thread runs it under the page's lock and publishes the result with a
/// releasing store, so every thread decodes nothing or sees the decoded page. Containers
/// mutate a page only when they hold the sole reference to it (copying it first
/// otherwise), which is what lets snapshots share pages.
final class LazyPage<Content: Sendable>: @unchecked Sendable {
    // Written once by `materialize` (under `lock`), or mutated only when uniquely
    // referenced: sharing is safe. Behind a pointer rather than a stored property so that
    // reads borrow it in place: yielding a class's stored property of a large struct
    // copied it (retaining every array of a chunk) on each read.
    private let storage: UnsafeMutablePointer<Content>
    private let isReady: Atomic<Bool>
    // A lazy page's decoder, and the lock its first readers take (nil for other pages).
    // NSLock rather than Mutex: ThreadSanitizer sees through pthread locks.
    private var pending: (@Sendable () -> Content)?
    private let lock: NSLock?

    /// A page holding `content`.
    init(_ content: Content) {
        storage = UnsafeMutablePointer<Content>.allocate(capacity: 1)
        storage.initialize(to: content)
        isReady = Atomic(true)
        pending = nil
        lock = nil
    }

    /// A page whose content `decode` produces when first needed; `placeholder` stands in
    /// until then and is never read.
    init(placeholder: Content, lazy decode: @escaping @Sendable () -> Content) {
        storage = UnsafeMutablePointer<Content>.allocate(capacity: 1)
        storage.initialize(to: placeholder)
        isReady = Atomic(false)
        pending = decode
        lock = NSLock()
    }

    /// The page's content, decoded first if the page is lazy.
    var content: Content {
        _read {
            if !isReady.load(ordering: .acquiring) { materialize() }
            yield storage.pointee
        }
        _modify {
            if !isReady.load(ordering: .acquiring) { materialize() }
            yield &storage.pointee
        }
    }

    /// The content's address, decoded first if the page is lazy: for reading in place while
    /// the caller keeps the page alive (``ChunkedTable/subscript(chunkOf:)``).
    var contentAddress: UnsafePointer<Content> {
        if !isReady.load(ordering: .acquiring) { materialize() }
        return UnsafePointer(storage)
    }

    deinit {
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    @inline(never)
    private func materialize() {
        guard let lock else { return }
        lock.lock()
        defer { lock.unlock() }
        guard !isReady.load(ordering: .acquiring), let decode = pending else { return }
        storage.pointee = decode()
        pending = nil
        isReady.store(true, ordering: .releasing)
    }
}
