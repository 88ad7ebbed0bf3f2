/// One property key's values for the elements of one chunk of a ``ChunkedTable``: a typed
/// array when every value has one of the common storable types (`INT64` — in 32 bits
/// while every value fits —, `DOUBLE`, `BOOL`, `STRING`), an array of ``Value`` otherwise.
///
/// This is what keeps a million nodes small and a scan fast: a `DOUBLE` property costs
/// 8 bytes per element in one array instead of a tagged value in a list allocated per
/// element, and a scan for `m.name = 'x'` reads one contiguous array of strings. The
/// arrays are as long as the last slot that ever held a value; ``present`` says which
/// slots hold one now.
struct PropertyColumn: Sendable {
    /// Which array holds the values.
    enum Kind: Sendable, Hashable {
        /// Integers that all fit in 32 bits (widened to ``int`` when one does not).
        case int32
        case int, double, bool, string, mixed
    }

    private(set) var kind: Kind
    private(set) var present = SlotBits()
    private var int32s: [Int32] = []
    private var ints: [Int64] = []
    private var doubles: [Double] = []
    private var bools: [Bool] = []
    private var strings: [String] = []
    private var values: [Value] = []

    /// An empty column typed for values like `first`.
    init(for first: Value) {
        kind = Self.kind(of: first)
    }

    private static func kind(of value: Value) -> Kind {
        switch value {
        case .int(let number): Int32(exactly: number) == nil ? .int : .int32
        case .double: .double
        case .bool: .bool
        case .string: .string
        default: .mixed
        }
    }

    /// The value at `slot`, nil when it has none.
    @inline(__always)
    func value(at slot: Int) -> Value? {
        guard present.contains(slot) else { return nil }
        switch kind {
        case .int32: return .int(Int64(int32s[slot]))
        case .int: return .int(ints[slot])
        case .double: return .double(doubles[slot])
        case .bool: return .bool(bools[slot])
        case .string: return .string(strings[slot])
        case .mixed: return values[slot]
        }
    }

    /// Sets the value at `slot`; nil removes it.
    mutating func set(_ slot: Int, _ value: Value?) {
        guard let value else {
            guard present.contains(slot) else { return }
            present.set(slot, false)
            // Ids are never reused: a removed string or list is let go now, not kept in its slot.
            if kind == .string { strings[slot] = "" }
            if kind == .mixed { values[slot] = .null }
            return
        }
        switch (kind, value) {
        case (.int32, .int(let number)):
            if let small = Int32(exactly: number) {
                Self.store(small, at: slot, in: &int32s, filler: 0)
            } else {
                ints = int32s.map(Int64.init)
                int32s = []
                kind = .int
                Self.store(number, at: slot, in: &ints, filler: 0)
            }
        case (.int, .int(let number)): Self.store(number, at: slot, in: &ints, filler: 0)
        case (.double, .double(let number)): Self.store(number, at: slot, in: &doubles, filler: 0)
        case (.bool, .bool(let flag)): Self.store(flag, at: slot, in: &bools, filler: false)
        case (.string, .string(let text)): Self.store(text, at: slot, in: &strings, filler: "")
        default:
            if kind != .mixed { becomeMixed() }
            Self.store(value, at: slot, in: &values, filler: .null)
        }
        present.set(slot, true)
    }

    private static func store<Element>(_ element: Element, at slot: Int, in array: inout [Element], filler: Element) {
        if slot < array.count {
            array[slot] = element
        } else {
            while array.count < slot { array.appendInChunk(filler) }
            array.appendInChunk(element)
        }
    }

    private mutating func becomeMixed() {
        let length = [int32s.count, ints.count, doubles.count, bools.count, strings.count].max() ?? 0
        var converted: [Value] = []
        converted.reserveCapacity(length)
        for slot in 0..<length { converted.append(value(at: slot) ?? .null) }
        values = converted
        int32s = []
        ints = []
        doubles = []
        bools = []
        strings = []
        kind = .mixed
    }

    /// Whether no slot holds a value.
    var isEmpty: Bool { present.isEmpty }

    /// Whether the value at `slot` equals `target` by Cypher's `=` (false when absent, and
    /// when the comparison is null). Compares typed arrays without building values.
    @inline(__always)
    func equals(_ target: Value, at slot: Int) -> Bool {
        guard present.contains(slot) else { return false }
        switch (kind, target) {
        case (.string, .string(let text)): return strings[slot] == text
        case (.int32, .int(let number)): return Int64(int32s[slot]) == number
        case (.int, .int(let number)): return ints[slot] == number
        default: return Value.cypherEquals(value(at: slot)!, target) == true
        }
    }
}
