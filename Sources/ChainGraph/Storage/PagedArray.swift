/// A growable array split into fixed-size pages that copies only the pages a
/// mutation touches.
///
/// Snapshots of the graph share pages: a write transaction that changes ten nodes
/// of a million copies ten pages, not the whole array. This is what makes readers'
/// snapshots cheap while a writer works.
///
/// - Complexity: reading is O(1); the first write to a shared page copies that page
///   (1,024 elements); copying the array copies one reference per page.
struct PagedArray<Element: Sendable>: Sendable {
    /// One page of elements.
    typealias Page = LazyPage<[Element]>

    static var pageShift: Int { StoragePage.shift }
    static var pageMask: Int { StoragePage.mask }

    private var pages: [Page] = []
    private(set) var count = 0

    init() {}

    /// An array of `count` copies of `value`.
    init(repeating value: Element, count: Int) {
        self.init()
        reserve(count, filler: value)
    }

    subscript(index: Int) -> Element {
        get {
            pages[index >> Self.pageShift].content[index & Self.pageMask]
        }
        set {
            precondition(index >= 0 && index < count, "PagedArray index \(index) out of range 0..<\(count)")
            let pageIndex = index >> Self.pageShift
            makeUnique(pageIndex)
            pages[pageIndex].content[index & Self.pageMask] = newValue
        }
        // In place: `array[i].append(x)` must not copy the element out and back (for an
        // array element that made every append copy the whole array).
        _modify {
            precondition(index >= 0 && index < count, "PagedArray index \(index) out of range 0..<\(count)")
            let pageIndex = index >> Self.pageShift
            makeUnique(pageIndex)
            yield &pages[pageIndex].content[index & Self.pageMask]
        }
    }

    mutating func append(_ element: Element) {
        if count & Self.pageMask == 0 {
            var items: [Element] = []
            items.reserveCapacity(StoragePage.size)
            pages.append(Page(items))
        }
        let pageIndex = pages.count - 1
        makeUnique(pageIndex)
        pages[pageIndex].content.append(element)
        count += 1
    }

    /// Grows the array to at least `newCount` elements, filling with `filler`.
    mutating func reserve(_ newCount: Int, filler: Element) {
        while count < newCount { append(filler) }
    }

    private mutating func makeUnique(_ pageIndex: Int) {
        if !isKnownUniquelyReferenced(&pages[pageIndex]) {
            let copy = Page(pages[pageIndex].content)
            copy.content.reserveCapacity(StoragePage.size)
            pages[pageIndex] = copy
        }
    }
}
