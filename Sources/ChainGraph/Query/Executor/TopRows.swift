/// Executor: the first `capacity` elements of an order among those inserted, kept in a
/// binary heap whose root is the last of them, so that each insertion costs O(log capacity)
/// and memory never exceeds `capacity` elements. Ties keep insertion order.
struct TopRows<Element> {
    private struct Entry {
        var element: Element
        var arrival: Int
    }

    let capacity: Int
    /// Whether the first element comes before the second in the order.
    private let precedes: (Element, Element) -> Bool
    private var heap: [Entry] = []
    private var arrivals = 0

    init(capacity: Int, precedes: @escaping (Element, Element) -> Bool) {
        self.capacity = capacity
        self.precedes = precedes
    }

    var count: Int { heap.count }

    private func before(_ a: Entry, _ b: Entry) -> Bool {
        if precedes(a.element, b.element) { return true }
        if precedes(b.element, a.element) { return false }
        return a.arrival < b.arrival
    }

    /// Offers an element; it is kept when it is among the first `capacity` so far.
    mutating func insert(_ element: Element) {
        let entry = Entry(element: element, arrival: arrivals)
        arrivals += 1
        guard capacity > 0 else { return }
        if heap.count < capacity {
            heap.append(entry)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard before(heap[parent], heap[child]) else { break }
                heap.swapAt(parent, child)
                child = parent
            }
            return
        }
        guard before(entry, heap[0]) else { return }
        heap[0] = entry
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var last = parent
            if left < heap.count, before(heap[last], heap[left]) { last = left }
            if right < heap.count, before(heap[last], heap[right]) { last = right }
            if last == parent { break }
            heap.swapAt(parent, last)
            parent = last
        }
    }

    /// The kept elements, first first.
    func sorted() -> [Element] {
        heap.sorted(by: before).map(\.element)
    }
}
