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

    static var pageShift: Int { 10 }
    static var pageSize: Int { 1 << pageShift }
    static var pageMask: Int { pageSize - 1 }

    private var pages: [Page] = []
    private(set) var count = 0

    init() {}

    /// An array of `count` elements in lazy pages: page `i` holds what `decodePage(i)`
    /// returns (exactly the page's share of `count`) when it is first read.
    init(count: Int, decodePage: @escaping @Sendable (Int) -> [Element]) {
        self.count = count
        pages = (0..<(count + Self.pageSize - 1) / Self.pageSize).map { index in Page(placeholder: [], lazy: { decodePage(index) }) }
    }

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
            items.reserveCapacity(Self.pageSize)
            pages.append(Page(items))
        }
        let pageIndex = pages.count - 1
        makeUnique(pageIndex)
        pages[pageIndex].content.append(element)
        count += 1
    }

    /// Appends the elements of `other`: by sharing its pages when this array ends on a
    /// page boundary, one by one otherwise.
    mutating func append(contentsOf other: PagedArray) {
        if count & Self.pageMask == 0 {
            pages.append(contentsOf: other.pages)
            count += other.count
        } else {
            for index in 0..<other.count { append(other[index]) }
        }
    }

    /// Grows the array to at least `newCount` elements, filling with `filler`.
    mutating func reserve(_ newCount: Int, filler: Element) {
        while count < newCount { append(filler) }
    }

    private mutating func makeUnique(_ pageIndex: Int) {
        if !isKnownUniquelyReferenced(&pages[pageIndex]) {
            let copy = Page(pages[pageIndex].content)
            copy.content.reserveCapacity(Self.pageSize)
            pages[pageIndex] = copy
        }
    }
}

extension PagedArray {
    /// The result of `body` on the element at `index`, read in place: `body` borrows the
    /// element instead of receiving a copy (for a record, no reference counting).
    func read<Result>(_ index: Int, _ body: (Element) -> Result) -> Result {
        pages[index >> Self.pageShift].content.withUnsafeBufferPointer { body($0[index & Self.pageMask]) }
    }

    /// Calls `body` with each page's elements in `range`, in place: the index of the
    /// first one and a buffer over them. For scans: no copy of an element, one page at a time.
    func forEachPage(in range: Range<Int>, _ body: (Int, UnsafeBufferPointer<Element>) throws -> Void) rethrows {
        var start = range.lowerBound
        while start < range.upperBound {
            let pageIndex = start >> Self.pageShift
            let end = Swift.min(range.upperBound, (pageIndex + 1) << Self.pageShift)
            try pages[pageIndex].content.withUnsafeBufferPointer { buffer in
                let offset = start & Self.pageMask
                try body(start, UnsafeBufferPointer(rebasing: buffer[offset..<offset + (end - start)]))
            }
            start = end
        }
    }

    /// Whether the optional at `index` holds a value, read in place (no copy of it).
    func isPresent<Wrapped>(_ index: Int) -> Bool where Element == Wrapped? {
        pages[index >> Self.pageShift].content.withUnsafeBufferPointer { buffer in
            switch buffer[index & Self.pageMask] {
            case .some: true
            case .none: false
            }
        }
    }
}
