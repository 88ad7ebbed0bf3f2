/// CSV: the ids one import has read in one id space (`:ID(Material)`), and the node and
/// node type each names.
///
/// Ids are text, compared as written (`7` and `07` are two ids). Most files number their
/// rows, so ids in canonical decimal form (`0`, or no leading zero) get fast paths: while
/// they come as `k, k+1, k+2, …` naming consecutive new nodes of one type (a numbered
/// file), the space is one arithmetic run and a lookup touches no memory; ids that break
/// the run but are not far past the count go to a dense array indexed by their value;
/// other decimal ids to an integer map, anything else to a string map. A relationship
/// row's two lookups then cost no hashing.
final class CSVIDSpace {
    /// A node this space names, and its type's label symbol (-1 unless it has exactly one label).
    struct Entry {
        var node: Int64
        var label: Int32
    }

    /// Ids `runStart ..< runStart + runCount` name nodes `runNode ...` of type `runLabel`.
    private var runStart: Int64 = 0, runCount: Int64 = 0, runNode: Int64 = 0, runLabel: Int32 = -1
    /// Whether ids have left the run (then `dense` holds the run's ids too).
    private var isRunBroken = false
    private var dense: [Entry] = []
    private var integers: [Int64: Entry] = [:]
    private var strings: [String: Entry] = [:]
    private(set) var count = 0

    private static let absent = Entry(node: -1, label: -1)

    /// The entry for the id in `bytes`, if read.
    func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard let number = Self.canonicalInteger(bytes) else { return strings[String(decoding: bytes, as: UTF8.self)] }
        if !isRunBroken {
            let offset = number &- runStart
            return offset >= 0 && offset < runCount ? Entry(node: runNode + offset, label: runLabel) : nil
        }
        if number < dense.count {
            let found = dense[Int(number)]
            return found.node >= 0 ? found : nil
        }
        return integers[number]
    }

    /// Records an id; false when the space has it already.
    func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ entry: Entry) -> Bool {
        guard let number = Self.canonicalInteger(bytes) else {
            let text = String(decoding: bytes, as: UTF8.self)
            guard strings[text] == nil else { return false }
            strings[text] = entry
            count += 1
            return true
        }
        if !isRunBroken {
            if runCount == 0 { (runStart, runNode, runLabel) = (number, entry.node, entry.label) }
            if number == runStart + runCount && entry.node == runNode + runCount && entry.label == runLabel {
                runCount += 1
                count += 1
                return true
            }
            if self.entry(bytes) != nil { return false }
            breakRun()
        }
        if number < dense.count {
            guard dense[Int(number)].node < 0 else { return false }
            dense[Int(number)] = entry
        } else if number < 4 * Int64(count) + 4096 && integers.isEmpty {
            dense.append(contentsOf: repeatElement(Self.absent, count: Int(number) - dense.count))
            dense.append(entry)
        } else {
            guard integers[number] == nil else { return false }
            integers[number] = entry
        }
        count += 1
        return true
    }

    /// Moves the run's ids into the dense array (or the integer map when it starts far out).
    private func breakRun() {
        isRunBroken = true
        guard runCount > 0 else { return }
        if runStart + runCount < 4 * runCount + 4096 && integers.isEmpty {
            dense = Array(repeating: Self.absent, count: Int(runStart + runCount))
            for offset in 0..<runCount { dense[Int(runStart + offset)] = Entry(node: runNode + offset, label: runLabel) }
        } else {
            for offset in 0..<runCount { integers[runStart + offset] = Entry(node: runNode + offset, label: runLabel) }
        }
    }

    /// The value of a decimal id without sign, leading zeros or white space, below 10¹⁸.
    private static func canonicalInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard !bytes.isEmpty, bytes.count <= 18, bytes[0] != UInt8(ascii: "0") || bytes.count == 1 else { return nil }
        var value: Int64 = 0
        for byte in bytes {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int64(digit)
        }
        return value
    }
}
