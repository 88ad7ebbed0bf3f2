/// One result slot per task of a `DispatchQueue.concurrentPerform`, each written by its own
/// task and read after all have finished.
///
/// The slots live in one allocation reached through a pointer, so tasks writing different
/// slots never access the same Swift variable (an array element assignment would: a
/// modifying access to the whole array, a race under the exclusivity rules).
final class ParallelSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    var count: Int { storage.count }

    /// Slot `index`: set by its task, read once every task is done.
    subscript(index: Int) -> Value? {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    /// The slots' values in order.
    var values: [Value?] { Array(storage) }
}
