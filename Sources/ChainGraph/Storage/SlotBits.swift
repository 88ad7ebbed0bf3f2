/// A set of slots of one chunk (``ChunkedTable``), one bit each: which elements exist,
/// which hold a property. Grows as slots are added; a slot past its end is absent.
struct SlotBits: Sendable, Hashable {
    private var words: [UInt64] = []

    /// Whether `slot` is in the set.
    @inline(__always)
    func contains(_ slot: Int) -> Bool {
        let word = slot >> 6
        return word < words.count && words[word] & (1 << UInt64(slot & 63)) != 0
    }

    /// Adds `slot` when `isIn`, removes it otherwise.
    mutating func set(_ slot: Int, _ isIn: Bool) {
        let word = slot >> 6
        if isIn {
            while words.count <= word { words.append(0) }
            words[word] |= 1 << UInt64(slot & 63)
        } else if word < words.count {
            words[word] &= ~(1 << UInt64(slot & 63))
        }
    }

    /// Whether no slot is in the set.
    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    /// How many slots are in the set.
    var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
}
